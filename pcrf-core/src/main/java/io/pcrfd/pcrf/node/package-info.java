/**
 * The PCRF role as a running daemon: {@link io.pcrfd.pcrf.node.PcrfRoleRuntime} (registered in
 * {@code META-INF/services} for {@code pcrfd run}) starts a {@link io.pcrfd.pcrf.node.PcrfNode}
 * from a {@link io.pcrfd.pcrf.config.NodeConfig}.
 *
 * <pre>
 *  NodeConfig ─► PolicyHolder (policy.file or the embedded default)
 *             ─► ApplicationModules.resolve(PcrfModules.list) ─► advertised applications
 *             ─► DiameterOptions ─► DiameterNode ── Dispatcher (through the modules' filtered view)
 *             ─► Stores (memory + snapshot, or Redis)
 *             ─► modules, in list order: GxModule (Gx CCR ─► GxApplication; publishes GxPolicyPort
 *                and GxSessionEvents), S9Module (S9a/S9 CCR, S9 TER and RAR; takes both)
 *             ─► timer thread: the modules' timers (time-of-day, audit, trigger deadlines) and
 *                their node-event work (gateway-restart purge, then S9a/S9 unlinking)
 *             ─► AdminServer (REST, virtual threads) ─► NodeAdmin
 * </pre>
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Applications advertised</b> in CER/CEA are exactly those the {@code applications}
 *       switches turn on (see {@code io.pcrfd.pcrf.app}): Gx (16777238) always by default, S9a
 *       (16777319) and S9 (16777267) when the configuration uses them; vendor 10415, bare and in
 *       a Vendor-Specific-Application-Id.</li>
 *   <li><b>Names are resolved at start</b>: listen addresses, dialled peers and the REST address.
 *       An unknown name, a port in use or an unusable snapshot or Redis is one
 *       {@link io.pcrfd.pcrf.runtime.StartupException} line ("cannot listen for Diameter on
 *       0.0.0.0:3868: address already in use"); the policy file's mistakes are
 *       {@link io.pcrfd.pcrf.config.ConfigException}s like the configuration's own.</li>
 *   <li><b>A peer's realm</b>, when the file leaves it out, is the parent domain of its host
 *       ({@code pgw1.epc.example} → {@code epc.example}), else our realm; the CER replaces it.</li>
 *   <li><b>Host-IP-Address</b> (RFC 6733 §5.3.5) is each listen address, a wildcard standing for
 *       this host's non-loopback, non-link-local addresses.</li>
 *   <li><b>Origin-State-Id</b> ({@link io.pcrfd.pcrf.node.OriginStateIds}): RFC 6733 §8.16 has
 *       it grow when the node restarts <i>with loss of state</i>, and a peer that sees it grow
 *       ends the sessions it had with the node. So a start that kept the sessions (a snapshot
 *       loaded, a shared Redis) announces the value its previous run announced, which the store
 *       records ({@code Store.originStateId}); a start without them announces a new one, the
 *       start time in seconds. Requests a gateway sent while the PCRF was down failed on their
 *       own (no answer, 3002); they are no reason to make it drop sessions the PCRF still has.</li>
 *   <li><b>Snapshot</b> ({@code store.snapshot}): loaded once, then renamed to
 *       {@code NAME.loaded}, so a crash later in the run never brings back state that changed
 *       since; an unreadable one stops the start with one line, or with
 *       {@code ifUnreadable: start-empty} is renamed to {@code NAME.unreadable}
 *       ({@link io.pcrfd.pcrf.node.SnapshotStart}). A start that fails after the load closes the
 *       store, which writes the snapshot back.</li>
 *   <li><b>Threads</b>: Gx handlers run on the Diameter event loops and never block (the store
 *       is asynchronous). One platform timer thread runs the time-of-day pushes, the inactivity
 *       audit (every tenth of {@code gx.inactivityTimeout}, between 1 s and 60 s) and the purge
 *       of a restarted gateway's sessions, which the node announces by its Origin-State-Id.
 *       REST requests run on virtual threads.</li>
 *   <li><b>Shutdown</b> (SIGTERM): the REST server stops, the Diameter node stops accepting,
 *       lets requests in flight finish within its grace (5 s), sends DPR (REBOOTING) to every
 *       open peer and waits for the DPAs; then the timers stop and the store closes, which writes
 *       the in-memory snapshot (a write that fails is one error line, the stop still ends, and
 *       {@code pcrfd run} exits 1). A start that fails half way releases what it had taken. The
 *       grace given to {@code shutdown} ({@code pcrfd run --shutdown-grace}) bounds the whole
 *       Diameter stop (plus 10 s for the DPAs); the in-flight wait inside it is the node's own
 *       5 s, because {@code RoleRuntime.start} does not receive the CLI's grace.</li>
 *   <li><b>Warm-up before listening</b> ({@code startup.warmup}, README "Fast start in CI"):
 *       {@link io.pcrfd.pcrf.node.PcrfRoleRuntime} first drives a throwaway copy of the node
 *       over loopback ({@code Warmup}, {@code WarmupTraffic}; new gateways four at a time
 *       meanwhile, {@code WarmupPeers}), so that the first real peers and CCR-Is meet loaded
 *       classes and compiled code; the copy's store, counters, metrics and Origin-State-Id are
 *       its own and it writes nothing below ERROR (its lines are formatted, then dropped:
 *       {@code io.pcrfd.pcrf.runtime.WarmupLogging}). Decided: a real loopback
 *       connection rather than calling the handler, because the first request's cost is spread
 *       over the whole path (socket, frames, admission, codec, CER/CEA, dispatcher, handler,
 *       policy, store, answer, flush); time-bounded (500 ms of traffic by default), because a
 *       start should stay short and an AOT cache does the rest better. {@link
 *       io.pcrfd.pcrf.node.PcrfNode#start} itself does not warm up (tests, embedders).</li>
 *   <li>Reverse-initiated establishment plugs in as a
 *       {@link io.pcrfd.pcrf.gx.GxSessionListener} (Gx sessions that need a trigger) plus its
 *       S9a/S9 request handlers and the trigger deadline timer, all from
 *       {@link io.pcrfd.pcrf.establishment.EstablishmentModule}.</li>
 * </ul>
 */
package io.pcrfd.pcrf.node;
