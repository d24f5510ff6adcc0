/**
 * The Diameter peer layer (RFC 6733 §2, §5, §6; RFC 3539): a {@link
 * io.pcrfd.diameter.peer.DiameterNode} listens, dials its configured peers, runs the §5.6
 * peer state machine ({@code peer.fsm}) and the RFC 3539 watchdog ({@code peer.watchdog})
 * for each, exchanges capabilities ({@code peer.capabilities}), routes the requests it is
 * given ({@code peer.routing}) and hands received requests to a {@link
 * io.pcrfd.diameter.peer.Dispatcher}. TLS is in {@code peer.tls}.
 *
 * <pre>
 * socket ─ [TLS] ─ frames ─ admission ─ codec ─ Connection ──┬─ CER/CEA, DWA, DPR/DPA ─▶ Peer (state machine + watchdog)
 *                      │ 3004                                  ├─ DWR ─▶ DWA, on the connection's loop
 *                      ▼                                       ├─ requests ─▶ InboundRequests ─▶ Dispatcher ─▶ handler
 *                   socket                                     └─ answers ─▶ PendingRequests (by Hop-by-Hop id)
 * </pre>
 *
 * <h2>Threads</h2>
 * Each {@code Peer} is owned by one event loop: its state machine, watchdog and timers run
 * only there, without locks. A connection's own loop owns its pending table and in-flight
 * count; events that concern the peer are posted to the peer's loop. Connections we dial use
 * the peer's loop; accepted ones keep the loop that accepted them. Handlers run on the
 * connection's loop and must not block.
 *
 * <h2>Decisions where the RFCs leave room</h2>
 * <ul>
 *   <li>The per-message rows of §5.6 (Send-Message, Rcv-Message, Rcv-DWR, Rcv-DWA) take a
 *       fast path on the connection instead of going through the machine per message; the
 *       machine's rows for them exist and are tested.</li>
 *   <li>A CER from a peer that is already open is rejected (§5.6 R-Reject) unless it carries
 *       a new Origin-State-Id or the open connection is already closed: a restarted peer
 *       does not wait up to 3 Tw for the watchdog to clear its dead connection.</li>
 *   <li>Routing: a Destination-Host that names a peer goes to it when it is open and its
 *       watchdog is OKAY or REOPEN, otherwise the request fails at once (3002 semantics).
 *       Destination-Realm picks the best-priority OKAY peer, then REOPEN ones; SUSPECT and
 *       DOWN are never chosen. A realm no peer serves goes to the configured default routes
 *       (§2.7, {@code defaultRoute}) that share the request's application with us, the same
 *       way; a realm some peer serves never does. A realm-routed request whose connection drops
 *       before its answer is resent once, with the T bit, to another peer of the realm.</li>
 *   <li>End-to-End ids: 12 bits of boot time and 20 random bits, then incremented (§3); a
 *       request given with End-to-End 0 gets the next one.</li>
 *   <li>Duplicates: every request is looked up by (Origin-Host, End-to-End id) in a cache
 *       bounded in size and time (defaults 16 384 entries, 30 s); a duplicate gets the
 *       original answer with its own Hop-by-Hop id and never reaches the handler.</li>
 *   <li>Backpressure: at most {@code maxInFlightPerPeer} requests are handled at once per
 *       connection (3004 beyond, after decoding); our own sends are bounded the same way
 *       (TOO_BUSY); a connection whose outbound buffer passes 1 MiB stops reading until it
 *       drains below 256 KiB, and our sends on it are refused at once (TOO_BUSY, 3004)
 *       meanwhile. Overload is handled before decoding, see below.</li>
 *   <li>Allow-list: when enabled, only configured peers' Origin-Hosts are accepted (3010);
 *       when disabled any peer with an application in common is accepted and logged.</li>
 *   <li>TLS identity (§13.1): a TLS peer's certificate must name the Origin-Host it claims in
 *       CER/CEA, or its configured {@code tlsName}; a CER that does not fit gets 3010, a CEA
 *       that does not fit closes the connection ({@code TlsPeerIdentity}). It can be switched
 *       off for labs ({@link io.pcrfd.diameter.peer.TlsOptions#verifyPeerIdentity()}).</li>
 *   <li>One transport connection per peer (§2.1, §5.6): a request for a peer whose one
 *       connection is not usable is not moved to another connection to that host; it fails
 *       at once (Destination-Host) or goes to another peer of the realm.</li>
 *   <li>Tw below 6 s is refused by {@link io.pcrfd.diameter.peer.DiameterNode#create};
 *       tests use a package-private timing ({@code Timing.forTests()}) to run the watchdog in
 *       milliseconds, and end-to-end tests in other modules {@link
 *       io.pcrfd.diameter.peer.DiameterNode#createWithFastWatchdog} (no Tw floor, no jitter,
 *       standard handshake and reconnect timers).</li>
 *   <li>Event-loop threads are daemon threads: the daemon keeps its main thread alive and
 *       calls {@code shutdown()}.</li>
 *   <li>When answers leave (RFC 6733 §2.1, TCP): flushes are consolidated, so the answers
 *       written while handling one read batch (one drain of the admission queue, with admission
 *       control on) leave in one write at its end, not one write per answer; an answer that
 *       completes later on another thread is written on the connection's loop and flushed on
 *       the loop's next turn, without waiting for another read ({@code AnswerFlushTest}). An
 *       answer already complete when the handler returns is written on the spot, without a
 *       completion callback. Measured against jDiameter's server in the same run (BENCHMARKS.md,
 *       "Same-run comparison with jDiameter"), this layer costs about a third of jDiameter's
 *       CPU per request, with requests batched or one per TCP segment.</li>
 *   <li>A connection reads the clock once per read batch (when its first message arrives), not
 *       per message: that time is the watchdog's "traffic since the timer was set" (RFC 3539
 *       §3.4, Tw of seconds) and the duplicate cache's entry time (a TTL of seconds).</li>
 *   <li>Netty's buffer leak detector is off in a node unless {@code io.netty.leakDetection.level}
 *       is set on the command line ({@code LeakDetection}): at Netty's
 *       default level it records stack traces for sampled buffers and touches every buffer at
 *       every pipeline hop, a few percent of the event loops' CPU for a diagnostic.</li>
 * </ul>
 *
 * <h2>Overload</h2>
 * Requests are handled on the event loop that reads them (the in-memory store completes at
 * once), so a count of requests in flight stays near zero however far behind the node is: the
 * backlog waits in the sockets' receive buffers and the clients' send buffers, unseen, until
 * it is seconds old. Measured at 0.5, 1 and 3 times the sustainable rate (BENCHMARKS.md,
 * "Overload"): requests in flight (always 1) and the octets left in the frame decoder (under
 * one message) never move; the wait between a read and its handling and the event loop's lag
 * are young collections at every load and grow 2–3 times from 1x to 3x while what clients wait
 * grows 46 times (52 ms to 2.4 s); "every read fills its buffer" only says the load is at or
 * above capacity. So the node makes the backlog visible: {@link
 * io.pcrfd.diameter.peer.RequestAdmission} reads requests as soon as they arrive, stamps each
 * with the time it was read and queues it per connection; it hands them on for at most a tenth
 * of {@code maxQueueDelay} (0.1 to 1 ms) of handling at a time, after which the loop reads its
 * sockets again. The backlog then waits in that queue, where its age is known, and the socket
 * buffers stay near empty (2–4 ms of requests between young collections, measured at 3x).
 * <ul>
 *   <li>On arrival a request is answered 3004 DIAMETER_TOO_BUSY at once when its peer has
 *       {@code maxPendingPerPeer} requests queued or being handled, when the node has {@code
 *       maxPendingPerNode}, or, for a request that starts new work, when the oldest request
 *       queued on its connection has waited over {@code maxQueueDelay}. New work is read from
 *       the octets: a CC-Request-Type other than UPDATE or TERMINATION (RFC 4006 §8.3), or a
 *       command other than STR, RAR and ASR (RFC 6733 §8.3–§8.5). Sessions already admitted
 *       can thus finish: shedding their updates would orphan them until the inactivity
 *       audit.</li>
 *   <li>When its turn comes, a request that has waited over {@code maxRequestAge} since it
 *       was read is answered 3004 and its handler never runs: its client has given up, and
 *       handling it would create a session that nobody ends. It is answered rather than
 *       dropped: RFC 6733 §6.2 wants every request answered, the answer is cheap, and a
 *       client still waiting learns at once that it may retry elsewhere.</li>
 *   <li>The refusal is 3004 with the E bit (a protocol error, RFC 6733 §7.1.3: the client may
 *       retry on another peer), Session-Id, Origin-Host, Origin-Realm and an Error-Message,
 *       as PCRFs commonly answer. It is written from the request's octets ({@link
 *       io.pcrfd.diameter.peer.overload.TooBusyAnswers}): the header and the Session-Id are
 *       copied; the top-level AVP headers are walked, no value decoded but CC-Request-Type, to
 *       copy Proxy-Info (§6.2) and to see OC-Supported-Features; our own AVPs are encoded once
 *       per node.</li>
 *   <li>CER, DWR, DPR and every answer pass at once, never queued or refused, so the watchdog
 *       keeps an overloaded peer up and answers to our RARs are matched without delay.</li>
 *   <li>When the node is not overloaded the check costs 44 ns per request and allocates
 *       nothing (JMH, BENCHMARKS.md): one clock read per read batch and one per request
 *       handed on, a few counter updates, the node-wide count read once per 16 arrivals, a
 *       queue that is a ring of arrays.</li>
 *   <li>Young collections are not overload, but a request that waits through one is late all
 *       the same: after a pause longer than {@code maxQueueDelay} the new sessions that arrive
 *       while the queue catches up are refused (6–195 per 20 s closed-loop run in the
 *       benchmark). Requests of sessions under way are not, so a pause never orphans them.</li>
 *   <li>DOIC (RFC 7683): an answer to a request carrying OC-Supported-Features carries
 *       OC-Supported-Features with OLR_DEFAULT_ALGO (the loss algorithm, §6.1) and, while the
 *       node refuses requests and for one validity period after, an OC-OLR HOST_REPORT whose
 *       reduction is decided once a second ({@link
 *       io.pcrfd.diameter.peer.overload.Abatement}). A peer that did not announce support gets
 *       neither (§5.1); the M bit is clear on all of them (§7.1).</li>
 * </ul>
 */
package io.pcrfd.diameter.peer;
