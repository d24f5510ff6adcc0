package io.pcrfd.pcrf.node;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.diameter.peer.NodeOptions;
import io.pcrfd.pcrf.app.ApplicationModules;
import io.pcrfd.pcrf.app.DiameterApplicationModule;
import io.pcrfd.pcrf.app.ModuleContext;
import io.pcrfd.pcrf.app.ModulePorts;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.pcrf.config.ListenConfig;
import io.pcrfd.pcrf.config.PeerConfig;
import io.pcrfd.pcrf.health.Readiness;
import io.pcrfd.pcrf.metrics.DiameterMetrics;
import io.pcrfd.pcrf.metrics.NodeMetrics;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.console.LadderTap;
import io.pcrfd.pcrf.console.SessionLadders;
import io.pcrfd.pcrf.establishment.EstablishmentModule;
import io.pcrfd.pcrf.establishment.S9Module;
import io.pcrfd.pcrf.gx.GxApplication;
import io.pcrfd.pcrf.gx.GxModule;
import io.pcrfd.pcrf.policy.PolicySource;
import io.pcrfd.pcrf.rest.AdminApi;
import io.pcrfd.pcrf.rest.AdminServer;
import io.pcrfd.pcrf.runtime.RunningNode;
import io.pcrfd.pcrf.runtime.StartupException;
import io.pcrfd.store.Store;
import io.pcrfd.store.StoreException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running PCRF: the Diameter node with the role's application modules ({@link PcrfModules}: Gx,
 * then S9a/S9 with reverse-initiated establishment; CER/CEA advertise those the configuration
 * switches on) on its dispatcher, the store, the policy, the modules' timers and the admin REST
 * API, started in that order and stopped in the reverse one.
 *
 * <pre>{@code
 * try (PcrfNode pcrf = PcrfNode.start(config, NodeEnvironment.DEFAULTS)) {
 *     pcrf.diameterAddresses();   // bound sockets
 *     pcrf.awaitTermination();
 * }
 * }</pre>
 */
public final class PcrfNode implements RunningNode {
    private static final Logger LOG = LoggerFactory.getLogger(PcrfNode.class);
    /** On top of the grace: the DPA wait and closing the sockets. */
    private static final Duration SHUTDOWN_SLACK = Duration.ofSeconds(10);
    /**
     * Runs the V-PCRF's S9 CCR-I after its TEA is on the wire (EstablishmentModule): a virtual
     * thread starts after the handler returned, and never holds an event loop.
     */
    private static final Executor AFTER_ANSWER = Executors.newVirtualThreadPerTaskExecutor();

    private final NodeConfig config;
    private final Store store;
    private final ScheduledThreadPoolExecutor timer;
    private final DiameterNode node;
    private final ApplicationModules modules;
    private final NodeAdmin admin;
    private final NodeMetrics metrics;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch terminated = new CountDownLatch(1);
    private AdminServer rest;
    private volatile String stopFailure;

    private PcrfNode(NodeConfig config, Store store, ScheduledThreadPoolExecutor timer, DiameterNode node,
                     ApplicationModules modules, PolicyHolder policy, NodeMetrics metrics, SessionLadders ladders) {
        this.config = config;
        this.store = store;
        this.timer = timer;
        this.node = node;
        this.modules = modules;
        this.metrics = metrics;
        this.admin = new NodeAdmin(config, node, modules.module(GxModule.class).application(), store, policy,
                modules::counters, new NodeAdmin.Operations(new Readiness(node, config.diameter(), store), metrics, ladders));
    }

    /**
     * Starts a PCRF and returns once it serves.
     *
     * @throws io.pcrfd.pcrf.config.ConfigException when the policy file is bad
     * @throws StartupException when a socket, a name, the snapshot or Redis is not usable
     */
    public static PcrfNode start(NodeConfig config, NodeEnvironment env) {
        PolicyHolder policy = PolicyHolder.load(config.policy());
        Store store = Stores.open(config.store(), env.clock());
        try {
            return start(config, env, policy, store);
        } catch (RuntimeException e) {
            closeAfterFailedStart(store, e);
            throw e;
        }
    }

    /**
     * Closes the store of a start that failed. An in-memory store writes its snapshot again here:
     * the file it loaded was renamed, and a failed start must not lose that state.
     */
    private static void closeAfterFailedStart(Store store, RuntimeException failure) {
        try {
            store.close();
        } catch (StoreException e) {
            LOG.error("the store could not be closed after the failed start: {}", e.getMessage());
            failure.addSuppressed(e);
        }
    }

    private static PcrfNode start(NodeConfig config, NodeEnvironment env, PolicyHolder policy, Store store) {
        return start(config, env, policy, store, PcrfModules.list(env));
    }

    /** Starts a PCRF serving {@code list} (the role's {@link PcrfModules}, or a test's). */
    static PcrfNode start(NodeConfig config, NodeEnvironment env, PolicyHolder policy, Store store,
                          List<DiameterApplicationModule> list) {
        ApplicationModules modules = ApplicationModules.resolve(config, list);
        long originStateId = Stores.originStateId(store, config.diameter().originHost(), env.clock());
        NodeOptions options = DiameterOptions.from(config.diameter(), modules.advertised(), originStateId,
                env.ephemeralPorts());
        ScheduledThreadPoolExecutor timer = housekeepingTimer();
        Dictionary dictionary = EstablishmentModule.dictionary(config);
        NodeMetrics metrics = NodeMetrics.create();
        DiameterMetrics traffic = metrics.diameter(dictionary);
        Dispatcher dispatcher = new Dispatcher().observe(traffic);
        DiameterNode node = env.watchdogInterval().isZero() ? DiameterNode.create(dictionary, options, dispatcher)
                : DiameterNode.createWithFastWatchdog(dictionary,
                DiameterOptions.withWatchdogInterval(options, env.watchdogInterval()), dispatcher);
        // the applications see the store and the send function with their metrics around them
        Store metered = metrics.meter(store);
        SessionLadders ladders = SessionLadders.of(config.console().ladder(), env.clock());
        Function<DiameterMessage, CompletionStage<DiameterMessage>> send = LadderTap.install(ladders, dispatcher,
                traffic.outbound(node::send));
        ModulePorts ports = new ModulePorts();
        ports.provide(Store.class, metered);
        ports.provide(PolicySource.class, policy);
        modules.configure(new ModuleContext(config, dictionary, env.clock(), send, AFTER_ANSWER, timer,
                modules.handlers(dispatcher), ports));
        metrics.bindPeers(node, config.diameter().peers().stream().map(PeerConfig::host).toList());
        PcrfMetrics.bind(metrics, store, modules.module(GxModule.class).application(),
                modules.module(S9Module.class).establishment(), policy);
        modules.module(io.pcrfd.pcrf.sy.SyModule.class).bindMetrics(metrics.registry());
        PcrfNode pcrf = new PcrfNode(config, store, timer, node, modules, policy, metrics, ladders);
        try {
            pcrf.startModules();
            pcrf.startRest(env.ephemeralPorts());
            pcrf.startDiameter();
        } catch (RuntimeException e) {
            pcrf.abandon();
            throw e;
        }
        LOG.info("{}", pcrf.describe());
        return pcrf;
    }

    /**
     * The one housekeeping thread: time-of-day pushes, the audit, trigger retries, purges. A
     * cancelled task leaves its queue at once (a time-of-day instant no session waits for any
     * more would otherwise stay queued until that instant, up to a week away).
     */
    private static ScheduledThreadPoolExecutor housekeepingTimer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().name("pcrfd-timer").daemon().factory());
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /** The bound Diameter sockets, in the order of {@code diameter.listen}. */
    public List<InetSocketAddress> diameterAddresses() {
        return node.localAddresses();
    }

    /** The bound admin REST socket, or null when {@code rest.enabled} is false. */
    public InetSocketAddress restAddress() {
        return rest == null ? null : rest.address();
    }

    /** The node's Diameter side (peers, counters, sends), for embedders and tests. */
    public DiameterNode diameter() {
        return node;
    }

    /** The Gx application (sessions, RAR pusher, time-of-day scheduler). */
    public GxApplication gx() {
        return modules.module(GxModule.class).application();
    }

    /** Reverse-initiated establishment (triggers, S9a/S9 sessions, counters). */
    public EstablishmentModule establishment() {
        return modules.module(S9Module.class).establishment();
    }

    /** The applications this node serves, as advertised in CER/CEA ({@code applications} keys). */
    public List<String> applications() {
        return modules.servedKeys();
    }

    /** What the admin REST API calls, also usable in process. */
    public AdminApi admin() {
        return admin;
    }

    /** Tasks queued on the housekeeping timer (periodic tasks, time-of-day pushes); for leak tests. */
    int timerQueueSize() {
        return timer.getQueue().size();
    }

    @Override
    public String describe() {
        return "pcrfd " + version() + ": PCRF " + config.diameter().originHost() + " (realm "
                + config.diameter().originRealm() + ") listening for Diameter on " + listening()
                + "; " + (rest == null ? "admin REST off" : "admin REST on " + hostPort(config.rest().address(),
                rest.address().getPort())) + "; store: " + Stores.describe(config.store());
    }

    @Override
    public void shutdown(Duration grace) {
        if (!stopping.compareAndSet(false, true)) {
            awaitQuietly(grace.plus(SHUTDOWN_SLACK));
            return;
        }
        LOG.info("shutting down: requests in flight finish, then DPR to peers (within {} s)",
                grace.plus(SHUTDOWN_SLACK).toSeconds());
        if (rest != null) {
            rest.close();
        }
        stopDiameter(grace);
        modules.stop();
        timer.shutdownNow();
        closeStore();
        metrics.close();
        // Said before main is released: main's return ends the JVM, which would cut the line off.
        LOG.info("stopped");
        terminated.countDown();
    }

    /** Closes the store (the in-memory one writes its snapshot); a failure is one line, not a hang. */
    private void closeStore() {
        try {
            store.close();
        } catch (StoreException e) {
            stopFailure = e.getMessage() + "; the next start begins without this run's state";
            LOG.error("{}", stopFailure);
        }
    }

    @Override
    public Optional<String> stopFailure() {
        return Optional.ofNullable(stopFailure);
    }

    @Override
    public void awaitTermination() throws InterruptedException {
        terminated.await();
    }

    /** Module timers, then node events: the modules hear of peers only once they run. */
    private void startModules() {
        modules.start();
        node.subscribe(modules::onNodeEvent); // each module keeps it cheap and hands work to the timer
    }

    private void startRest(boolean ephemeralPort) {
        if (!config.rest().enabled()) {
            return;
        }
        String address = config.rest().address();
        int port = ephemeralPort ? 0 : config.rest().port();
        try {
            rest = AdminServer.start(new InetSocketAddress(DiameterOptions.resolve(address, "rest.address"), port),
                    admin);
        } catch (UncheckedIOException e) {
            throw new StartupException("cannot serve the admin REST API on " + hostPort(address, port) + ": "
                    + SocketErrors.reason(e.getCause()), e);
        }
    }

    private void startDiameter() {
        try {
            node.start();
        } catch (Exception e) { // Netty rethrows the bind failure (an IOException) without declaring it
            List<ListenConfig> listen = config.diameter().listen();
            int failed = Math.min(node.localAddresses().size(), listen.size() - 1);
            ListenConfig l = listen.get(Math.max(failed, 0));
            throw new StartupException("cannot listen for Diameter on " + hostPort(l.address(), l.port()) + ": "
                    + SocketErrors.reason(e), e);
        }
    }

    private void stopDiameter(Duration grace) {
        try {
            node.shutdown().get(grace.plus(SHUTDOWN_SLACK).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("Diameter shutdown did not finish within {} s; closing anyway", grace.plus(SHUTDOWN_SLACK)
                    .toSeconds());
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.error("Diameter shutdown failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Releases what a failed start had already taken, without waiting for peers; the store is
     * closed by {@link #start(NodeConfig, NodeEnvironment)}, which opened it.
     */
    private void abandon() {
        stopping.set(true);
        if (rest != null) {
            rest.close();
        }
        node.shutdown();
        modules.stop();
        timer.shutdownNow();
        metrics.close();
        terminated.countDown();
    }

    private void awaitQuietly(Duration bound) {
        try {
            terminated.await(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String listening() {
        List<ListenConfig> listen = config.diameter().listen();
        List<InetSocketAddress> bound = node.localAddresses();
        if (listen.isEmpty()) {
            return "nothing (dial-out only)";
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < listen.size() && i < bound.size(); i++) {
            out.add(hostPort(listen.get(i).address(), bound.get(i).getPort()) + (listen.get(i).tls() ? " (TLS)" : ""));
        }
        return String.join(", ", out);
    }

    static String hostPort(String host, int port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    static String version() {
        String v = PcrfNode.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
