package io.pcrfd.pcrf.node;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.diameter.peer.NodeEvent;
import io.pcrfd.diameter.peer.NodeOptions;
import io.pcrfd.pcrf.config.ListenConfig;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.establishment.EstablishmentModule;
import io.pcrfd.pcrf.gx.GxApplication;
import io.pcrfd.pcrf.gx.GxSettings;
import io.pcrfd.pcrf.gx.TimeOfDayScheduler;
import io.pcrfd.pcrf.rest.AdminApi;
import io.pcrfd.pcrf.rest.AdminServer;
import io.pcrfd.pcrf.runtime.RunningNode;
import io.pcrfd.pcrf.runtime.StartupException;
import io.pcrfd.store.Store;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running PCRF: the Diameter node with the Gx application and reverse-initiated establishment
 * (S9a/S9, advertised in CER/CEA) on its dispatcher, the store, the policy, the housekeeping timers and the admin REST API, started in that order and stopped in
 * the reverse one.
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
    private final ScheduledExecutorService timer;
    private final DiameterNode node;
    private final GxApplication gx;
    private final EstablishmentModule establishment;
    private final NodeAdmin admin;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch terminated = new CountDownLatch(1);
    private AdminServer rest;

    private PcrfNode(NodeConfig config, Store store, ScheduledExecutorService timer, DiameterNode node,
                     GxApplication gx, PolicyHolder policy, EstablishmentModule establishment) {
        this.config = config;
        this.store = store;
        this.timer = timer;
        this.node = node;
        this.gx = gx;
        this.establishment = establishment;
        this.admin = new NodeAdmin(config, node, gx, store, policy, establishment.counters());
    }

    /**
     * Starts a PCRF and returns once it serves.
     *
     * @throws io.pcrfd.pcrf.config.ConfigException when the policy file is bad
     * @throws StartupException when a socket, a name, the snapshot or Redis is not usable
     */
    public static PcrfNode start(NodeConfig config, NodeEnvironment env) {
        PolicyHolder policy = PolicyHolder.load(config.policy());
        List<ApplicationSupport> applications = new ArrayList<>(List.of(DiameterOptions.GX));
        applications.addAll(EstablishmentModule.APPLICATIONS);
        NodeOptions options = DiameterOptions.from(config.diameter(), applications,
                env.clock().millis() / 1000, env.ephemeralPorts());
        Store store = Stores.open(config.store(), env.clock());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("pcrfd-timer").daemon().factory());
        Dictionary dictionary = EstablishmentModule.dictionary(config);
        Dispatcher dispatcher = new Dispatcher();
        DiameterNode node = DiameterNode.create(dictionary, options, dispatcher);
        AtomicReference<GxApplication> gxRef = new AtomicReference<>();
        EstablishmentModule establishment = EstablishmentModule.create(config, dictionary, store,
                GxApplication.policyPort(gxRef::get), node::send, AFTER_ANSWER, env.clock());
        establishment.register(dispatcher);
        GxApplication gx = GxApplication.create(GxSettings.from(config), dictionary, store, policy, env.clock(),
                TimeOfDayScheduler.executorTimer(timer, env.clock()), node::send, establishment.gxListener());
        gxRef.set(gx);
        dispatcher.register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL, (ctx, ccr) -> gx.handle(ccr));
        timer.scheduleAtFixedRate(establishment::runDue, 1, 1, TimeUnit.SECONDS);
        PcrfNode pcrf = new PcrfNode(config, store, timer, node, gx, policy, establishment);
        try {
            pcrf.startHousekeeping(env);
            pcrf.startRest(env.ephemeralPorts());
            pcrf.startDiameter();
        } catch (RuntimeException e) {
            pcrf.abandon();
            throw e;
        }
        LOG.info("{}", pcrf.describe());
        return pcrf;
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
        return gx;
    }

    /** Reverse-initiated establishment (triggers, S9a/S9 sessions, counters). */
    public EstablishmentModule establishment() {
        return establishment;
    }

    /** What the admin REST API calls, also usable in process. */
    public AdminApi admin() {
        return admin;
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
        timer.shutdownNow();
        store.close();
        // Said before main is released: main's return ends the JVM, which would cut the line off.
        LOG.info("stopped");
        terminated.countDown();
    }

    @Override
    public void awaitTermination() throws InterruptedException {
        terminated.await();
    }

    private void startHousekeeping(NodeEnvironment env) {
        node.subscribe(establishment::onNodeEvent); // cheap and non-blocking: runs on the peer's loop
        node.subscribe(event -> {
            if (event instanceof NodeEvent.OriginStateIdChanged changed) {
                // off the peer's event loop: a purge walks every session of the gateway
                timer.execute(() -> purgeGateway(changed));
            }
        });
        Duration timeout = config.gx().inactivityTimeout();
        if (!timeout.isZero()) {
            long period = env.auditPeriod(timeout).toMillis();
            timer.scheduleWithFixedDelay(this::audit, period, period, TimeUnit.MILLISECONDS);
        }
    }

    private void purgeGateway(NodeEvent.OriginStateIdChanged changed) {
        gx.service().purgeGateway(changed.host(), changed.current()).whenComplete((n, failure) -> {
            if (failure != null) {
                LOG.error("peer={} restart purge failed: {}", changed.host(), failure.toString());
            } else {
                LOG.info("peer={} restarted (Origin-State-Id {} -> {}): {} sessions purged", changed.host(),
                        changed.previous(), changed.current(), n);
            }
        });
    }

    /** One audit pass; a failure is logged and the next pass runs as scheduled. */
    private void audit() {
        gx.service().auditInactive().whenComplete((n, failure) -> {
            if (failure != null) {
                LOG.error("inactivity audit failed: {}", failure.toString());
            } else if (n > 0) {
                LOG.info("inactivity audit: {} sessions silent for more than {} removed", n,
                        config.gx().inactivityTimeout());
            }
        });
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

    /** Releases what a failed start had already taken, without waiting for peers. */
    private void abandon() {
        stopping.set(true);
        if (rest != null) {
            rest.close();
        }
        node.shutdown();
        timer.shutdownNow();
        store.close();
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
