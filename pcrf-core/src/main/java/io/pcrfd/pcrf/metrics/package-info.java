/**
 * {@code GET /metrics}: a node's metrics in the Prometheus text format, through Micrometer's
 * Prometheus registry ({@link io.pcrfd.pcrf.metrics.NodeMetrics}, one registry per node).
 *
 * <p>What is measured: Diameter requests and answers per application, command and result code,
 * both the requests the node answers and those it sends ({@link
 * io.pcrfd.pcrf.metrics.DiameterMetrics}), latency histograms for both, requests in flight,
 * requests sent that got no answer by reason, the peer layer ({@code PeerMetrics}: peers per
 * RFC 6733 state, configured peers open or not, watchdog transitions, 3004 refusals, timeouts),
 * store operation latency and failures ({@code MeteredStore}), and the JVM. Each role adds its
 * own (the PCRF's are in {@code io.pcrfd.pcrf.node.PcrfMetrics}). The README section "Metrics
 * and health" lists every name.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Names follow the Prometheus conventions: {@code pcrfd_} prefix, snake case, counters end in
 *       {@code _total}, durations are histograms in seconds; {@code promtool check metrics}
 *       accepts the whole output (tested). Micrometer's two names that do not are replaced or
 *       dropped ({@link io.pcrfd.pcrf.metrics.NodeMetrics}).</li>
 *   <li>Every label has a bounded set of values: application and command names come from the
 *       dictionary (anything else is {@code other}), result codes are capped per command
 *       ({@code ResultCodeCounters}), states and reasons are enums. No Session-Id, IMSI, UE
 *       address or peer host of a peer that merely connects: gateways are any number. Only the
 *       peers named in {@code diameter.peers} get a {@code peer} label ({@code
 *       pcrfd_diameter_peer_open}), because the configuration bounds them.</li>
 *   <li>Cost per request: meters are built once per (application, command) and found by a
 *       primitive key in an immutable table ({@code CommandMeters}). A Gx request answered from
 *       the in-memory store costs four atomic increments (request, latency bucket, latency sum,
 *       result code) and the dispatcher's two clock reads (kept: every request's latency, from
 *       dispatch to answer, is in the histogram, none sampled), plus one atomic increment per store
 *       call: a call whose result is there when it returns is counted in the first bucket without
 *       a clock read (timing it, even one call in N, would time the clock; its work is inside the
 *       request's own latency). Calls that complete later (Redis) are timed, every one. Every
 *       request and every store call is counted, none sampled. Requests in flight are the
 *       requests less those answered (and failed), worked out when scraped, not two more
 *       increments per request. Nothing allocates or looks meters up by tags on the request path.</li>
 *   <li>Those increments go to per-thread stripes ({@code StripedCounter}), never to a field two
 *       event loops share: a {@code LongAdder} (inside the Prometheus client's histogram and
 *       Micrometer's counters) keeps adding to one shared field until two updates collide, which
 *       event loops spaced microseconds apart seldom do, so its cache line moved between cores on
 *       nearly every update (the metrics were 2.3-5.7 % of the server's execution samples under
 *       {@code pcrfd bench}, most of it in adders; 1.0-1.6 % with stripes; BENCHMARKS.md,
 *       "Metrics"). Latencies are recorded by {@code LatencyHistogram}
 *       (per stripe, a count per bucket and the sum in nanoseconds), exported as the classic
 *       Prometheus histograms they always were; request and answer counts are Micrometer function
 *       counters reading the stripes; the rare ones (failures, store errors) and gauges are plain
 *       Micrometer meters in the same registry. {@code MetricsCostProbeTest} measures the cost.</li>
 *   <li>Latency of requests the node answers runs from the dispatcher to the answer; time spent
 *       queued before dispatch (admission control) is not in it. Requests the peer layer answers
 *       itself (3004 beyond the in-flight bound, duplicates, base commands) are counted by the
 *       node's counters ({@code pcrfd_diameter_too_busy_total}, ...), not per command.</li>
 *   <li>Buckets are the same for every latency, 100 µs to 10 s ({@code LatencyHistogram}).</li>
 * </ul>
 */
package io.pcrfd.pcrf.metrics;
