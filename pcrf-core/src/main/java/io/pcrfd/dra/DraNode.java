package io.pcrfd.dra;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.diameter.peer.NodeOptions;
import io.pcrfd.dra.pool.PcrfHealth;
import io.pcrfd.dra.rest.DraRestServer;
import io.pcrfd.pcrf.app.ApplicationModules;
import io.pcrfd.pcrf.app.ModuleContext;
import io.pcrfd.pcrf.app.ModulePorts;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.config.PeerConfig;
import io.pcrfd.pcrf.health.Readiness;
import io.pcrfd.pcrf.metrics.DiameterMetrics;
import io.pcrfd.pcrf.metrics.NodeMetrics;
import io.pcrfd.pcrf.node.DiameterOptions;
import io.pcrfd.pcrf.node.NodeEnvironment;
import io.pcrfd.pcrf.runtime.RunningNode;
import io.pcrfd.pcrf.runtime.StartupException;
import io.pcrfd.store.DraStore;
import io.pcrfd.store.memory.InMemoryDraStore;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Policy DRA: a Diameter node whose one module is the proxy ({@link DraProxyModule}),
 * the binding store of the {@code store} section, the stale-binding audit and the DRA's REST
 * API; started in that order and stopped in the reverse one. See the package documentation.
 */
public final class DraNode implements RunningNode {
    private static final Logger LOG = LoggerFactory.getLogger(DraNode.class);
    private static final Duration SLACK = Duration.ofSeconds(10);
    private static final Duration MEMORY_SWEEP = Duration.ofMinutes(1);

    private final NodeConfig config;
    private final DiameterNode node;
    private final DraStore store;
    private final ApplicationModules modules;
    private final ScheduledExecutorService timer;
    private final ExecutorService afterAnswer;
    private final NodeMetrics metrics;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch terminated = new CountDownLatch(1);
    private DraRestServer rest;

    private DraNode(NodeConfig config, DiameterNode node, DraStore store, ApplicationModules modules,
                    ScheduledExecutorService timer, ExecutorService afterAnswer, NodeMetrics metrics) {
        this.config = config;
        this.node = node;
        this.store = store;
        this.modules = modules;
        this.timer = timer;
        this.afterAnswer = afterAnswer;
        this.metrics = metrics;
    }

    /**
     * Starts a DRA and returns once it serves.
     *
     * @throws StartupException with one line when a socket, a name or the Redis store is not usable
     */
    public static DraNode start(NodeConfig config, NodeEnvironment env) {
        DraStore store = DraStores.open(config.store(), env.clock());
        try {
            return start(config, env, store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static DraNode start(NodeConfig config, NodeEnvironment env, DraStore store) {
        ApplicationModules modules = ApplicationModules.resolve(config, List.of(new DraProxyModule()));
        // No Origin-State-Id (0): the sessions are the clients' and the PCRFs', so a restart of this
        // proxy must not make either end them (RFC 6733 §8.16).
        NodeOptions options = DiameterOptions.from(config.diameter(), modules.advertised(), 0, env.ephemeralPorts());
        Dictionary dictionary = Dictionary.standard();
        NodeMetrics metrics = NodeMetrics.create();
        DiameterMetrics traffic = metrics.diameter(dictionary);
        Dispatcher dispatcher = new Dispatcher().observe(traffic);
        DiameterNode node = env.watchdogInterval().isZero() ? DiameterNode.create(dictionary, options, dispatcher)
                : DiameterNode.createWithFastWatchdog(dictionary, withTw(options, env.watchdogInterval()), dispatcher);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("dra-timer").daemon().factory());
        ExecutorService afterAnswer = Executors.newVirtualThreadPerTaskExecutor();
        ModulePorts ports = new ModulePorts();
        ports.provide(DraStore.class, store);
        ports.provide(PcrfHealth.class, new PeerHealth(node));
        modules.configure(new ModuleContext(config, dictionary, env.clock(), traffic.outbound(node::send), afterAnswer,
                timer, modules.handlers(dispatcher), ports));
        metrics.bindPeers(node, config.diameter().peers().stream().map(PeerConfig::host).toList());
        DraNode dra = new DraNode(config, node, store, modules, timer, afterAnswer, metrics);
        dra.startAll(env);
        LOG.info("{}", dra.describe());
        return dra;
    }

    private static NodeOptions withTw(NodeOptions o, Duration tw) {
        List<io.pcrfd.diameter.peer.PeerConfig> peers = o.peers().stream().map(p -> p.withTimers(p.tc(), tw)).toList();
        return new NodeOptions(o.identity(), o.listen(), peers, o.allowListEnabled(), o.maxMessageSize(),
                o.maxInFlightPerPeer(), o.requestTimeout(), o.duplicateCacheSize(), o.duplicateTtl(),
                o.shutdownGrace(), o.tls());
    }

    private void startAll(NodeEnvironment env) {
        try {
            modules.start();
            node.subscribe(modules::onNodeEvent);
            if (store instanceof InMemoryDraStore memory) {
                timer.scheduleWithFixedDelay(memory::sweep, MEMORY_SWEEP.toSeconds(), MEMORY_SWEEP.toSeconds(),
                        TimeUnit.SECONDS);
            }
            StaleBindingAudit.schedule(config.dra().audit(), store, env.clock(), timer);
            startRest(env.ephemeralPorts());
            node.start();
        } catch (RuntimeException e) {
            abandon();
            throw e instanceof StartupException s ? s
                    : new StartupException("cannot start the DRA: " + e.getMessage(), e);
        }
    }

    private void startRest(boolean ephemeral) {
        if (!config.rest().enabled()) {
            return;
        }
        InetSocketAddress at = new InetSocketAddress(config.rest().address(), ephemeral ? 0 : config.rest().port());
        DraAdmin admin = new DraAdmin(config.dra(), store, node, new Readiness(node, config.diameter(), null), metrics,
                modules::counters);
        try {
            rest = DraRestServer.start(at, admin);
        } catch (UncheckedIOException e) {
            throw new StartupException("cannot serve the DRA REST API on " + at + ": " + e.getCause().getMessage(), e);
        }
    }

    /** The bound Diameter sockets, in the order of {@code diameter.listen}. */
    public List<InetSocketAddress> diameterAddresses() {
        return node.localAddresses();
    }

    /** The REST address, or null when {@code rest.enabled} is false. */
    public InetSocketAddress restAddress() {
        return rest == null ? null : rest.address();
    }

    public DiameterNode diameter() {
        return node;
    }

    /** The REST API's routes (what its OpenAPI document must describe); empty when REST is off. */
    List<io.pcrfd.pcrf.rest.Routes.Route> restRoutes() {
        return rest == null ? List.of() : rest.routeList();
    }

    /** The binding store (for embedders and tests). */
    public DraStore store() {
        return store;
    }

    @Override
    public String describe() {
        return "pcrfd Policy DRA " + config.diameter().originHost() + " (realm " + config.diameter().originRealm()
                + ") listening for Diameter on " + String.join(", ", node.localAddresses().stream()
                .map(a -> a.getAddress().getHostAddress() + ":" + a.getPort()).toList())
                + "; pools " + config.dra().pools().size()
                + "; binding store: " + DraStores.describe(config.store())
                + (rest == null ? "; REST off" : "; REST on " + rest.address().getAddress().getHostAddress() + ":"
                + rest.address().getPort());
    }

    @Override
    public void shutdown(Duration grace) {
        if (!stopping.compareAndSet(false, true)) {
            awaitQuietly(grace.plus(SLACK));
            return;
        }
        if (rest != null) {
            rest.close();
        }
        try {
            node.shutdown().get(grace.plus(SLACK).toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            LOG.warn("Diameter shutdown did not finish cleanly: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        release();
        LOG.info("stopped");
        terminated.countDown();
    }

    private void abandon() {
        stopping.set(true);
        if (rest != null) {
            rest.close();
        }
        node.shutdown();
        release();
        terminated.countDown();
    }

    private void release() {
        modules.stop();
        timer.shutdownNow();
        afterAnswer.shutdownNow();
        store.close();
        metrics.close();
    }

    @Override
    public void awaitTermination() throws InterruptedException {
        terminated.await();
    }

    private void awaitQuietly(Duration bound) {
        try {
            terminated.await(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
