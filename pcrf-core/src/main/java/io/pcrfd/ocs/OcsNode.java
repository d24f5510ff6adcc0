package io.pcrfd.ocs;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.diameter.peer.NodeOptions;
import io.pcrfd.ocs.account.OcsAccounts;
import io.pcrfd.ocs.account.OcsIdentity;
import io.pcrfd.ocs.gy.GyModule;
import io.pcrfd.ocs.gy.GySessions;
import io.pcrfd.ocs.sy.SyModule;
import io.pcrfd.ocs.sy.SySessions;
import io.pcrfd.pcrf.app.ApplicationModules;
import io.pcrfd.pcrf.app.ModuleContext;
import io.pcrfd.pcrf.app.ModulePorts;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.config.PeerConfig;
import io.pcrfd.pcrf.health.Readiness;
import io.pcrfd.pcrf.metrics.DiameterMetrics;
import io.pcrfd.pcrf.metrics.NodeMetrics;
import io.pcrfd.pcrf.node.DiameterOptions;
import io.pcrfd.pcrf.rest.OperationsApi;
import io.pcrfd.pcrf.runtime.RunningNode;
import io.pcrfd.pcrf.runtime.StartupException;
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
 * The OCS role as a running daemon: a Diameter node serving Sy ({@link SyModule}) and Gy
 * ({@link GyModule}) over the accounts of {@code ocs.accounts}, and its admin REST API
 * ({@link OcsRestServer}).
 *
 * <pre>
 *  Sy SLR, STR ─► SyServer ─► SLA, STA           Gy CCR ─► GyServer ─► CCA
 *                    │                                        │ commits usage
 *                    └──── SySessions ◄── SyNotifier ◄── OcsAccounts.changed ◄── REST top-up, status
 *                                             └─► SNR to the session's client
 * </pre>
 */
public final class OcsNode implements RunningNode {
    private static final Logger LOG = LoggerFactory.getLogger(OcsNode.class);
    private static final Duration SLACK = Duration.ofSeconds(10);

    private final NodeConfig config;
    private final DiameterNode node;
    private final ApplicationModules modules;
    private final ScheduledExecutorService timer;
    private final ExecutorService afterAnswer;
    private final NodeMetrics metrics;
    private final OcsAdmin admin;
    private OcsRestServer rest;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch terminated = new CountDownLatch(1);

    private OcsNode(NodeConfig config, DiameterNode node, ApplicationModules modules, ScheduledExecutorService timer,
                    ExecutorService afterAnswer, NodeMetrics metrics, OcsAdmin admin) {
        this.config = config;
        this.node = node;
        this.modules = modules;
        this.timer = timer;
        this.afterAnswer = afterAnswer;
        this.metrics = metrics;
        this.admin = admin;
    }

    /**
     * Starts an OCS and returns once it serves.
     *
     * @param ephemeralPorts bind free ports instead of the configured ones (tests)
     * @throws StartupException with one line when a socket cannot be bound or the state file is unusable
     */
    public static OcsNode start(NodeConfig config, Clock clock, boolean ephemeralPorts) {
        Dictionary dictionary = Dictionary.standard();
        ApplicationModules modules = ApplicationModules.resolve(config, List.of(new SyModule(), new GyModule()));
        long originStateId = OcsStateFile.next(config.ocs().stateFile(), config.diameter().originHost(), clock);
        NodeOptions options = DiameterOptions.from(config.diameter(), modules.advertised(), originStateId, ephemeralPorts);
        NodeMetrics metrics = NodeMetrics.create();
        DiameterMetrics traffic = metrics.diameter(dictionary);
        Dispatcher dispatcher = new Dispatcher().observe(traffic);
        DiameterNode node = DiameterNode.create(dictionary, options, dispatcher);
        ExecutorService afterAnswer = Executors.newVirtualThreadPerTaskExecutor();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("ocs-timer").daemon().factory());
        OcsAccounts accounts = OcsAccounts.from(config.ocs());
        ModulePorts ports = new ModulePorts();
        ports.provide(OcsAccounts.class, accounts);
        ports.provide(OcsIdentity.class, new OcsIdentity(config.diameter().originHost(), config.diameter().originRealm(),
                originStateId));
        modules.configure(new ModuleContext(config, dictionary, clock, traffic.outbound(node::send), afterAnswer, timer,
                modules.handlers(dispatcher), ports));
        OcsAdmin admin = new OcsAdmin(accounts, ports.require(SySessions.class, "ocs"),
                ports.require(GySessions.class, "ocs"), clock);
        metrics.bindPeers(node, config.diameter().peers().stream().map(PeerConfig::host).toList());
        OcsNode ocs = new OcsNode(config, node, modules, timer, afterAnswer, metrics, admin);
        ocs.serve(ephemeralPorts);
        LOG.info("{}", ocs.describe());
        return ocs;
    }

    private void serve(boolean ephemeralPorts) {
        modules.start();
        node.subscribe(modules::onNodeEvent);
        try {
            node.start();
        } catch (RuntimeException e) {
            release();
            node.close();
            throw new StartupException("cannot start the OCS's Diameter node: " + e.getMessage(), e);
        }
        if (config.rest().enabled()) {
            InetSocketAddress at = new InetSocketAddress(config.rest().address(),
                    ephemeralPorts ? 0 : config.rest().port());
            try {
                rest = OcsRestServer.start(at, admin, operations());
            } catch (java.io.UncheckedIOException e) {
                shutdown(Duration.ZERO);
                throw new StartupException("cannot serve the OCS REST API on " + at + ": " + e.getCause().getMessage(), e);
            }
        }
    }

    private OperationsApi operations() {
        Readiness readiness = new Readiness(node, config.diameter(), null); // the OCS has no store to probe
        return OperationsApi.of(readiness, metrics::scrape);
    }

    /** The simulator controls, in process. */
    public OcsAdmin admin() {
        return admin;
    }

    /** The admin REST address, or null when {@code rest.enabled} is false. */
    public InetSocketAddress restAddress() {
        return rest == null ? null : rest.address();
    }

    /** The REST server, or null when {@code rest.enabled} is false. */
    OcsRestServer rest() {
        return rest;
    }

    public DiameterNode diameter() {
        return node;
    }

    public List<InetSocketAddress> diameterAddresses() {
        return node.localAddresses();
    }

    @Override
    public String describe() {
        return "pcrfd: OCS " + config.diameter().originHost() + " (realm " + config.diameter().originRealm()
                + ") serving " + String.join(", ", modules.servedKeys()) + " on " + node.localAddresses() + ", "
                + config.ocs().accounts().size() + " accounts" + (rest == null ? "; REST off" : "; REST on "
                + rest.address());
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
            release();
            LOG.info("stopped");
            terminated.countDown();
        }
    }

    private void release() {
        modules.stop();
        timer.shutdownNow();
        afterAnswer.shutdownNow();
        metrics.close();
    }

    @Override
    public Optional<String> stopFailure() {
        return Optional.empty();
    }

    @Override
    public void awaitTermination() throws InterruptedException {
        terminated.await();
    }
}
