/**
 * The values the store keeps: immutable records with plain field types (strings, numbers,
 * {@link java.time.Instant}, lists) so that they serialise to JSON through Jackson as they are
 * and the store never needs to know a Diameter encoding.
 *
 * <p>Where the values come from:
 * <ul>
 *   <li>{@link io.pcrfd.store.model.IpCanSession}: the Gx IP-CAN session of TS 29.212 §4.5.1
 *       (CCR-I/U/T), with its access information (ETSI ES 283 034 / TS 29.212 §5.3.x
 *       UE-Local-IP-Address, HeNB-Local-IP-Address, UDP-Source-Port, Logical-Access-ID),
 *       authorised QoS (QCI, APN-AMBR, ARP, MBR; TS 29.212 §5.3.17) and presence reporting
 *       area status (TS 29.212 §5.3.109).</li>
 *   <li>{@link io.pcrfd.store.model.LinkedSession}: subsessions on S9a, S9 (TS 29.215), Sy
 *       (TS 29.219), Rx (TS 29.214) and Sd (TS 29.212 §4b).</li>
 *   <li>{@link io.pcrfd.store.model.PendingTrigger}: a reverse-initiated establishment request
 *       waiting for the peer's CCR-I (TER/TEA of TS 29.215 §A.6.1.1.1).</li>
 *   <li>{@link io.pcrfd.store.model.SessionContext}: the session context an exposure API shows,
 *       keyed by APN + trafficId.</li>
 * </ul>
 *
 * <p>IP addresses are kept as the caller's textual form. Callers must use one canonical form
 * (what {@link java.net.InetAddress#getHostAddress()} prints; for an IPv6 prefix
 * {@code address/length}) because indexes compare strings.
 *
 * <p>Every stored record carries {@code expiresAt}: the store forgets it then, whether or not
 * anybody says goodbye.
 */
package io.pcrfd.store.model;
