/**
 * {@code pcrfd bench}: the project's own Gx load driver (README "Performance", BENCHMARKS.md).
 *
 * <p>Each of N connections is a gateway with its own Origin-Host ({@code c<n>.<base>}; one
 * Origin-Host per connection as RFC 6733 §2.1 peers are, which also keeps End-to-End ids
 * unique per Origin-Host for the server's duplicate detection, §6.2). It opens with CER/CEA
 * and then runs Gx session lifecycles (TS 29.212 §4.5): CCR-I → {@code --updates N} CCR-U, each
 * reporting usage under Event-Trigger 33 (N = 2 unless told) → CCR-T with the final usage;
 * CC-Request-Number runs 0 to N+1 (RFC 4006 §8.2). Every session has its own Session-Id, IMSI
 * (001-01 + 10 digits) and UE IPv4 (10.0.0.0/8). A request is sent only after the previous
 * answer of its session, as a PCEF does.
 *
 * <pre>
 *  GxLoadDriver ── N × BenchConnection (one event loop each; no locks)
 *                    ├─ RequestTemplate ×(N+2): encoded once by the codec, patched per session
 *                    ├─ InFlightTable: Hop-by-Hop id → (session, step, start time)
 *                    ├─ AnswerReader: header and Result-Code read from the octets
 *                    └─ ConnectionStats: HdrHistogram (ns) + error counts, merged at the end
 * </pre>
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Own minimal client, not {@code DiameterNode}.</b> The driver shares the machine with
 *       the server it measures, so every microsecond it spends is taken from the server. A
 *       request here is a copy of pre-encoded octets with four patches (Hop-by-Hop, End-to-End,
 *       Session-Id and IMSI digits, UE IP), and an answer is read for its ids and Result-Code
 *       only, without building a message or validating a grammar; writes made while handling a
 *       batch of reads are flushed once. The base protocol around the traffic (CER/CEA,
 *       DWR/DWA, DPR/DPA) goes through the codec in full.</li>
 *   <li><b>Two pacing models, named in every report.</b> Closed loop ({@code --in-flight M},
 *       the default, M = 64): M requests are always outstanding; it finds the throughput the
 *       server sustains, but a stall of the server also stalls the clock (coordinated
 *       omission), so its tail latencies are optimistic. Open loop
 *       ({@code --sessions-per-second R}, or {@code --requests-per-second (N+2)R}): sessions start
 *       on a fixed schedule, and a session's
 *       CCR-I is timed from its <em>scheduled</em> start, so a stall shows in the latency of
 *       every request that should have been sent meanwhile. During the warm-up the open loop's
 *       rate rises linearly from 0, so a cold server (interpreted code) is not buried at once
 *       and the errors it would cause do not spoil the run. The later steps of a session are
 *       sent when the previous answer arrives, as a PCEF would; their latency runs from that
 *       moment.</li>
 *   <li><b>What counts.</b> Requests and latency: 2001 answers arriving inside the measured
 *       window (after {@code --warmup}, for {@code --duration}); every one is recorded in the
 *       histogram. Refusals: 3004 DIAMETER_TOO_BUSY answers (RFC 6733 §7.1.3), an overloaded
 *       server shedding load, counted and timed apart and not errors. Errors: over the whole
 *       run, warm-up included: answers whose Result-Code (or Experimental-Result-Code) is
 *       neither 2001 nor 3004, requests unanswered after {@code --timeout}, stray answers (also
 *       answers that came after their timeout), requests not sent because the open loop's table
 *       was full, requests lost with a dropped connection. Any error makes the report say so
 *       and the exit code 1. A session whose request failed or was refused is abandoned (no
 *       CCR-T), as its state is unknown; a gateway would try another PCRF.</li>
 *   <li><b>The end of a run.</b> After the window no session starts; those under way send
 *       their remaining CCR-U and CCR-T (answers after the window are checked for errors but
 *       not counted), so the server's store is left empty and its heap at the end shows what
 *       it keeps without sessions. Then every connection leaves with DPR
 *       (DO_NOT_WANT_TO_TALK_TO_YOU, RFC 6733 §5.4.3).</li>
 *   <li><b>CPU per request</b> is the CPU time (user + system) of a process over the window
 *       divided by the requests answered 2001 in it, read from {@code /proc/PID/stat}: the
 *       server's with {@code --server-pid}, and the driver's own. With {@code --server-pid} the
 *       server's resident memory is sampled from {@code /proc/PID/status} every 200 ms of the
 *       run (VmRSS) and its peak since start read at the end (VmHWM).</li>
 *   <li><b>Subscribers.</b> By default every session has its own IMSI, so per-subscriber state
 *       on the server (usage counters) grows with every session, as with a population larger
 *       than the run. {@code --subscribers N} takes IMSIs in turn from N subscribers instead,
 *       so that state stops growing once all N have been seen; Session-Ids and UE IPs stay
 *       distinct per session.</li>
 *   <li><b>Live progress.</b> Once a second the main thread asks each connection, on its own
 *       event loop (a task per connection per second, so recording stays lock-free), for its
 *       counts and its interval histogram of 2001 latencies, which is swapped for an empty one
 *       and handed back a second later (no allocation per second either). The merged {@link
 *       io.pcrfd.pcrf.bench.Second} is printed on standard error (the report on standard output
 *       stays clean): one status line rewritten in place when the console is a terminal, one
 *       line per second otherwise (a log keeps the series), nothing with {@code --quiet}. The
 *       seconds include the warm-up (labelled so), not the drain after the window.</li>
 *   <li><b>JSON report</b> ({@code --report FILE}): the text report's figures plus result codes
 *       and the series of seconds, for CI to keep and compare; {@code BenchJsonReport} lists the
 *       fields. Its directory is checked before the run, so a typo does not cost a run.</li>
 *   <li><b>How requests are packed into segments</b> ({@code --flush}). The driver's channels
 *       run with TCP_NODELAY, so each flush leaves at once. {@code per-read} (the default)
 *       flushes once per batch of answers read, so the requests that batch starts share
 *       segments, as a gateway with many sessions on one connection sends them;
 *       {@code per-request} flushes every request on its own, one request per segment, the
 *       worst case for a server's per-message I/O (a read, a wake-up and a write for each
 *       request). Comparing both shows how much of a server's CPU per request is I/O rather
 *       than request handling (BENCHMARKS.md, "Same-run comparison with jDiameter").</li>
 *   <li><b>Cold start</b> ({@code --cold-start}, README "Fast start in CI"): for a server that
 *       is just starting, as CI starts it. The driver first runs its own whole path (its
 *       connections, rate and templates) for half a second against a stub on 127.0.0.1 that
 *       answers everything 2001 ({@code DriverWarmup}), then says it is waiting, keeps trying to connect every 2 ms for up to 60 s (start it before
 *       the server), and from the CEAs on runs the open loop at its full rate at once: no ramp,
 *       the measured window is the first 10 s, the default rate 1,000 sessions/s (a seagull
 *       "call" is one session, so 4,000 requests/s with two CCR-U). The report adds how long the port took to
 *       accept, the CEA, the first CCA-I (its latency, and its arrival after the connection and
 *       on the wall clock, to set against the server's "listening" log line) and each second's
 *       p50, p99 and maximum; {@code config/bench/cold-start.sh} starts jar and driver that way.
 *       The connection-level figures are the driver's view; without its own warm-up they
 *       included its first use of Netty's connection code (about 11 ms from the TCP handshake to
 *       its CER, 6 ms from the last CEA to its first CCR-I on a 2-core machine).</li>
 *   <li><b>The session mix</b> ({@code --updates N}, 0 to 8). Two CCR-U per session by default,
 *       as the driver always sent, so earlier figures stay comparable. Many Gx load clients send
 *       only CCR-I then CCR-T ({@code --updates 0}), which costs a server more per request: the
 *       requests that create and delete a session outweigh the usage reports in between. Each
 *       CCR-U reports the same usage; the CCR-T keeps its final report whatever N is, so the
 *       usage path is exercised even without updates. N changes everything counted per session:
 *       the open loop's requests per second per session, the time left after the window for
 *       sessions under way (the request timeout times N+1), and which answer ends a session;
 *       the report and its JSON name the mix. At most 8: past that a session is mostly CCR-U,
 *       which 8 already shows, and the bound keeps a typo from turning a lifecycle benchmark
 *       into an update flood.</li>
 *   <li><b>Count-bounded runs</b> ({@code --sessions N}) start exactly N sessions and measure
 *       all of them; the tests use them.</li>
 * </ul>
 */
package io.pcrfd.pcrf.bench;
