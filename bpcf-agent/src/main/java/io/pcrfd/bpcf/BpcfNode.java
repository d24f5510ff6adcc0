package io.pcrfd.bpcf;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.diameter.peer.NodeOptions;
import io.pcrfd.pcrf.app.ApplicationModules;
import io.pcrfd.pcrf.app.ModuleContext;
import io.pcrfd.pcrf.app.ModulePorts;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.config.PeerConfig;
import io.pcrfd.pcrf.health.Readiness;
import io.pcrfd.pcrf.metrics.DiameterMetrics;
import io.pcrfd.pcrf.metrics.NodeMetrics;
import io.pcrfd.pcrf.rest.OperationsApi;
import io.pcrfd.pcrf.establishment.ProjectAvps;
import io.pcrfd.pcrf.node.DiameterOptions;
import io.pcrfd.pcrf.runtime.RunningNode;
import io.pcrfd.pcrf.runtime.StartupException;
import io.pcrfd.store.StoreException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The BPCF role as a running daemon: a Diameter node serving the role's application modules
 * ({@link BpcfModules}: S9a, 16777319, with the {@link Bpcf}'s handlers) on its dispatcher.
 *
 * <pre>
 *  S9a TER (8388656), CCR (272), AAR (265) ─► TriggerReceiver ─► answer; then, on a virtual
 *                                                                thread, CCR-I ─► node.send
 *  S9a RAR (258) ─► BpcfSessions.handleRar ─► RAA; a release then sends CCR-T
 * </pre>
 *
 * Work that must follow an answer (the CCR-I after a TEA) runs on a virtual thread: the peer
 * layer writes a completed answer on the event loop before a send queued from another thread.
 *
 * <p>Restarts: a graceful stop sends DPR, then writes the BPCF's state to {@code store.snapshot};
 * the next start takes it back (once: the file is renamed to {@code NAME.loaded}) and announces
 * the same Origin-State-Id, so the PCRF keeps the S9a sessions and later RARs, CCR-Us and CCR-Ts
 * on them work. After a crash there is no snapshot: the BPCF announces a new Origin-State-Id and
 * starts empty. A PCRF that announces a new Origin-State-Id lost its sessions: this BPCF's
 * sessions towards it are ended here too ({@link BpcfSessions#peerRestarted}).
 */
public final class BpcfNode implements RunningNode {
    private static final Logger LOG = LoggerFactory.getLogger(BpcfNode.class);
    private static final Duration SLACK = Duration.ofSeconds(10);

    private final NodeConfig config;
    private final DiameterNode node;
    private final Bpcf bpcf;
    private final ApplicationModules modules;
    private final ScheduledExecutorService timer;
    private final ExecutorService afterAnswer;
    private final BpcfStateFile state;
    private final Clock clock;
    private final NodeMetrics metrics;
    private BpcfRestServer rest;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch terminated = new CountDownLatch(1);
    private volatile String stopFailure;

    private BpcfNode(NodeConfig config, DiameterNode node, Bpcf bpcf, ApplicationModules modules,
                     ExecutorService afterAnswer, ScheduledExecutorService timer, BpcfStateFile state, Clock clock,
                     NodeMetrics metrics) {
        this.metrics = metrics;
        this.config = config;
        this.node = node;
        this.bpcf = bpcf;
        this.modules = modules;
        this.timer = timer;
        this.afterAnswer = afterAnswer;
        this.state = state;
        this.clock = clock;
    }

    /**
     * Starts a BPCF and returns once it serves. With {@code store.snapshot} enabled, the state of
     * the last graceful stop (S9a sessions, line capacities and reservations) is taken back, and
     * with it the Origin-State-Id that run announced, so the PCRF keeps the sessions; otherwise
     * the BPCF starts empty under a new Origin-State-Id (README "What a restart keeps").
     *
     * @param ephemeralPorts bind free ports instead of the configured ones (tests)
     * @throws StartupException with one line when a socket cannot be bound or the snapshot is unusable
     */
    public static BpcfNode start(NodeConfig config, Clock clock, boolean ephemeralPorts) {
        BpcfStateFile state = BpcfStateFile.of(config.store().snapshot());
        Optional<BpcfSnapshot> loaded = state.take();
        try {
            return start(config, clock, ephemeralPorts, state, loaded);
        } catch (RuntimeException e) {
            writeBack(state, loaded, e);
            throw e;
        }
    }

    private static BpcfNode start(NodeConfig config, Clock clock, boolean ephemeralPorts, BpcfStateFile state,
                                  Optional<BpcfSnapshot> loaded) {
        Dictionary dictionary = ProjectAvps.dictionary(config.establishment().projectAvps());
        ApplicationModules modules = ApplicationModules.resolve(config, BpcfModules.list());
        long originStateId = BpcfStateFile.originStateId(config.diameter().originHost(), loaded, clock);
        NodeOptions options = DiameterOptions.from(config.diameter(), modules.advertised(), originStateId,
                ephemeralPorts);
        NodeMetrics metrics = NodeMetrics.create();
        DiameterMetrics traffic = metrics.diameter(dictionary);
        Dispatcher dispatcher = new Dispatcher().observe(traffic);
        DiameterNode node = DiameterNode.create(dictionary, options, dispatcher);
        ExecutorService afterAnswer = Executors.newVirtualThreadPerTaskExecutor();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("bpcf-timer").daemon().factory());
        modules.configure(new ModuleContext(config, dictionary, clock, traffic.outbound(node::send), afterAnswer,
                timer, modules.handlers(dispatcher), new ModulePorts()));
        Bpcf bpcf = modules.module(BpcfS9aModule.class).bpcf();
        metrics.bindPeers(node, config.diameter().peers().stream().map(PeerConfig::host).toList());
        metrics.sessions("S9a", bpcf.sessions(), BpcfSessions::count);
        loaded.ifPresent(bpcf::restore);
        modules.start();
        node.subscribe(modules::onNodeEvent);
        try {
            node.start();
        } catch (RuntimeException e) {
            modules.stop();
            timer.shutdownNow();
            afterAnswer.shutdownNow();
            node.close();
            metrics.close();
            throw new StartupException("cannot start the BPCF's Diameter node: " + e.getMessage(), e);
        }
        BpcfNode started = new BpcfNode(config, node, bpcf, modules, afterAnswer, timer, state, clock, metrics);
        started.startRest(ephemeralPorts);
        LOG.info("{}", started.describe());
        return started;
    }

    /** A start that failed before serving puts the snapshot it took back, so nothing is lost. */
    private static void writeBack(BpcfStateFile state, Optional<BpcfSnapshot> loaded, RuntimeException failure) {
        try {
            loaded.ifPresent(state::write);
        } catch (StoreException e) {
            LOG.error("the snapshot taken by the failed start could not be written back: {}", e.getMessage());
            failure.addSuppressed(e);
        }
    }

    private void startRest(boolean ephemeralPort) {
        if (!config.rest().enabled()) {
            return;
        }
        InetSocketAddress at = new InetSocketAddress(config.rest().address(), ephemeralPort ? 0 : config.rest().port());
        try {
            rest = BpcfRestServer.start(at, bpcf, operations());
        } catch (java.io.UncheckedIOException e) {
            shutdown(Duration.ZERO);
            throw new StartupException("cannot serve the BPCF REST API on " + at + ": " + e.getCause().getMessage(), e);
        }
    }

    /** Readiness (sockets bound, the PCRF open: the BPCF dials it) and the metrics, for the REST server. */
    private OperationsApi operations() {
        Readiness readiness = new Readiness(node, config.diameter(), null); // the BPCF has no store to probe
        return OperationsApi.of(readiness, metrics::scrape);
    }

    /** The simulator's REST address, or null when {@code rest.enabled} is false. */
    public InetSocketAddress restAddress() {
        return rest == null ? null : rest.address();
    }

    /** The BPCF itself: simulator commands and its sessions. */
    public Bpcf bpcf() {
        return bpcf;
    }

    public DiameterNode diameter() {
        return node;
    }

    public List<InetSocketAddress> diameterAddresses() {
        return node.localAddresses();
    }

    @Override
    public String describe() {
        return "pcrfd: BPCF " + config.diameter().originHost() + " (realm " + config.diameter().originRealm()
                + ") listening for Diameter on " + node.localAddresses() + ", " + config.bpcf().lines().size()
                + " access lines, PCRF " + config.bpcf().pcrfPeer()
                + (rest == null ? "; REST off" : "; REST on " + rest.address());
    }

    @Override
    public void shutdown(Duration grace) {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        if (rest != null) {
            rest.close();
        }
        try {
            node.shutdown().get(grace.plus(SLACK).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.warn("Diameter shutdown did not finish cleanly: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            modules.stop();
            timer.shutdownNow();
            afterAnswer.shutdownNow();
            writeSnapshot();
            metrics.close();
            LOG.info("stopped");
            terminated.countDown();
        }
    }

    /** After the DPRs: nothing changes any more. A failure is one line, not a stop that never ends. */
    private void writeSnapshot() {
        try {
            BpcfSnapshot s = bpcf.snapshot(clock.instant(), config.diameter().originHost(),
                    node.identity().originStateId());
            state.write(s);
            if (config.store().snapshot().enabled()) {
                LOG.info("BPCF snapshot written: {} S9a sessions to {}", s.sessions().size(),
                        BpcfStateFile.path(config.store().snapshot()));
            }
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
}
