/**
 * The Diameter peer layer (RFC 6733 §2, §5, §6; RFC 3539): a {@link
 * io.pcrfd.diameter.peer.DiameterNode} listens, dials its configured peers, runs the §5.6
 * peer state machine ({@code peer.fsm}) and the RFC 3539 watchdog ({@code peer.watchdog})
 * for each, exchanges capabilities ({@code peer.capabilities}), routes the requests it is
 * given ({@code peer.routing}) and hands received requests to a {@link
 * io.pcrfd.diameter.peer.Dispatcher}. TLS is in {@code peer.tls}.
 *
 * <pre>
 * socket ─ [TLS] ─ frames ─ codec ─ Connection ──┬─ CER/CEA, DWA, DPR/DPA ─▶ Peer (state machine + watchdog)
 *                                                ├─ DWR ─▶ DWA, on the connection's loop
 *                                                ├─ requests ─▶ InboundRequests ─▶ Dispatcher ─▶ handler
 *                                                └─ answers ─▶ PendingRequests (by Hop-by-Hop id)
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
 *       DOWN are never chosen. A realm-routed request whose connection drops before its
 *       answer is resent once, with the T bit, to another peer of the realm.</li>
 *   <li>End-to-End ids: 12 bits of boot time and 20 random bits, then incremented (§3); a
 *       request given with End-to-End 0 gets the next one.</li>
 *   <li>Duplicates: every request is looked up by (Origin-Host, End-to-End id) in a cache
 *       bounded in size and time (defaults 16 384 entries, 30 s); a duplicate gets the
 *       original answer with its own Hop-by-Hop id and never reaches the handler.</li>
 *   <li>Backpressure: at most {@code maxInFlightPerPeer} requests are handled at once per
 *       connection (3004 beyond); our own sends are bounded the same way (TOO_BUSY); a
 *       connection whose outbound buffer passes 1 MiB stops reading until it drains below
 *       256 KiB, and our sends on it are refused at once (TOO_BUSY, 3004) meanwhile.</li>
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
 * </ul>
 */
package io.pcrfd.diameter.peer;
