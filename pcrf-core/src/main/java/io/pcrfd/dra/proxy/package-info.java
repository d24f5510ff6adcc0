/**
 * The Policy DRA's request flows and its proxy rules (RFC 6733 §6.1.9, §6.2.2, §6.7): loop
 * detection (3005), Route-Record, Hop-by-Hop ids restored in answers, End-to-End ids and
 * Proxy-Info kept; binding-capable CCR-Is ({@link io.pcrfd.dra.proxy.CapableInitial}); requests
 * routed by the session and binding records ({@link io.pcrfd.dra.proxy.SessionRouting}). Every
 * handler runs on the Diameter event loop and only chains asynchronous store calls and sends.
 */
package io.pcrfd.dra.proxy;
