/**
 * The same-run CPU comparison (BENCHMARKS.md, "Same-run comparison with jDiameter"): one driver,
 * {@code pcrfd bench}'s, against servers each started in a JVM of its own, so that each one's
 * CPU time per request can be read from {@code /proc/PID/stat}.
 *
 * <pre>
 *  SameRunComparisonTest (PCRFD_COMPARE=1) ── GxLoadDriver (this JVM, 1 thread)
 *      │  per round, per mix (--updates, PCRFD_COMPARE_UPDATES), per packing (--flush per-read |
 *      │  per-request), servers in alternating order
 *      ├─ ChildServer: pcrfd run (default policy)        ServerUnderTest.Kind.PCRFD
 *      ├─ ChildServer: PeerLayerGxServer (DiameterNode)  ServerUnderTest.Kind.PEER_LAYER
 *      ├─ ChildServer: JdiameterGxServer (jDiameter)     ServerUnderTest.Kind.JDIAMETER
 *      └─ ChildServer: otp_gx_server (Erlang/OTP)        ServerUnderTest.Kind.ERLANG (where installed)
 *  ComparisonTable: a row per run, medians per server, mix and packing, CPU ratio to jDiameter
 * </pre>
 *
 * Decisions: the trivial servers answer the same minimal CCA, so what they differ in is
 * their transport and peer layers; each server gets a fresh process per run, so no run
 * inherits another's heap or compiled code (the Erlang/OTP server runs with OTP's defaults,
 * scheduler busy-waiting included, as such a server is usually run); the order alternates
 * between rounds, so neither server always follows the other on a machine it heated; the mix is a loop of its own (2 CCR-U per
 * session unless told, so earlier tables stay comparable; 0 is CCR-I then CCR-T, what the
 * independent Gx load clients send) and each ratio to jDiameter is taken within one mix and
 * packing, since a mix changes what a request costs every server. It is a benchmark, not a
 * test: it asserts only that every run was error-free, and is skipped unless asked for, so the
 * normal test run never pays its minutes ({@code ComparisonTableTest} checks the table alone).
 */
package io.pcrfd.it.compare;
