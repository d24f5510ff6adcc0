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
 *       the in-memory store costs four adder increments (request, latency bucket, latency sum,
 *       result code) and the dispatcher's two clock reads, plus one adder increment per store
 *       call: a call whose result is there when it returns is counted in the first bucket without
 *       a clock read (timing it, even one call in N, would time the clock; its work is inside the
 *       request's own latency). Calls that complete later (Redis) are timed, every one. Every
 *       request and every store call is counted, none sampled. Requests in flight are the
 *       requests less those answered (and failed), worked out when scraped, not two more
 *       increments per request. Nothing allocates or looks meters up by tags on the request path.
 *       Latencies are recorded by {@code LatencyHistogram} (an adder per bucket and the sum in
 *       nanoseconds, exported as the classic Prometheus histogram they always were), not with the
 *       Prometheus client's {@code Histogram} (four atomic updates per observation and a striped
 *       scrape buffer) nor Micrometer timers (a clock read per record); counters and gauges are
 *       Micrometer's, in the same registry. Measured with {@code MetricsCostProbeTest}.</li>
 *   <li>Latency of requests the node answers runs from the dispatcher to the answer; time spent
 *       queued before dispatch (admission control) is not in it. Requests the peer layer answers
 *       itself (3004 beyond the in-flight bound, duplicates, base commands) are counted by the
 *       node's counters ({@code pcrfd_diameter_too_busy_total}, ...), not per command.</li>
 *   <li>Buckets are the same for every latency, 100 µs to 10 s ({@code LatencyHistogram}).</li>
 * </ul>
 */
package io.pcrfd.pcrf.metrics;
