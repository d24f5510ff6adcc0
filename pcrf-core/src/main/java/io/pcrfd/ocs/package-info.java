/**
 * The OCS role: a lab online charging system and simulator. It answers Sy (TS 29.219) with
 * policy counter statuses and Gy (RFC 4006, TS 32.299) with credit control over accounts of
 * several credit containers, and is driven by its REST API and {@code pcrfd ocs}.
 *
 * <p>Layout: {@link io.pcrfd.ocs.credit} (containers and charging intervals, no Diameter),
 * {@link io.pcrfd.ocs.counter} (policy counters), {@link io.pcrfd.ocs.account} (accounts and
 * change notifications), {@link io.pcrfd.ocs.sy} and {@link io.pcrfd.ocs.gy} (the applications
 * as modules), {@link io.pcrfd.ocs.cli} (the CLI); this package assembles the node and its REST
 * API. The OCS reaches the rest of pcrfd only through public APIs (the module contract, the
 * Diameter node, the configuration, the REST server), and nothing outside it names it: the role
 * and its CLI are found through {@code ServiceLoader}. Its configuration section ({@code ocs},
 * in {@code io.pcrfd.pcrf.config}) sits with the other roles' sections, since one file
 * describes one node.
 */
package io.pcrfd.ocs;
