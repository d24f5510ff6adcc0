package io.pcrfd.pcrf.node;

import io.pcrfd.pcrf.config.DiameterConfig;
import io.pcrfd.pcrf.config.ListenConfig;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.config.RestConfig;
import io.pcrfd.pcrf.config.SnapshotConfig;
import io.pcrfd.pcrf.config.StoreConfig;
import io.pcrfd.pcrf.runtime.LogLevels;
import io.pcrfd.pcrf.runtime.WarmupLogging;
import io.pcrfd.store.Store;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warm-up {@code pcrfd run} does before the node's sockets accept ({@code startup.warmup},
 * README "Fast start in CI"). A fresh JVM runs the first requests interpreted, loading classes
 * as it goes: a first CCA-I took hundreds of milliseconds and the first seconds at 1,000
 * sessions/s queued up. So before the real node starts, a throwaway copy of it (same policy,
 * modules and Diameter limits; its own in-memory store without snapshot, its own metrics, no
 * peers, no REST, listening on 127.0.0.1 on a free port) is driven by a throwaway gateway over
 * loopback ({@link WarmupTraffic}): CER/CEA, Gx sessions for {@code startup.warmupTime} after the
 * first one has ended (the first ones meet cold code), DPR; and meanwhile by new gateways four
 * at a time ({@link WarmupPeers}), as the real node's first peers will come.
 * Then both stop and only the loaded and compiled code remains: the real node builds its own
 * store, counters, metrics and Origin-State-Id afterwards and never sees the copy.
 *
 * <p>Decision: a loopback connection rather than calling the Gx handler directly, because the
 * first request's cost is spread over the whole path (epoll channel, frame decoder, admission,
 * codec, peer state machine and CER/CEA, dispatcher, handler, policy, store, answer encoding,
 * flush) and only a real connection runs all of it. The copy's log lines below ERROR are
 * formatted and dropped ({@link WarmupLogging}: its "listening" line, its peers' lines, its
 * admission control's warnings while cold), so the only "listening" line is the real node's. A
 * warm-up that cannot run (no loopback, say) is one WARN line and the start goes on; it never
 * stops the daemon.
 */
final class Warmup {
    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);
    /**
     * On top of the traffic: the first sessions, which meet cold code (seconds on a busy
     * machine), and those under way at the end.
     */
    private static final long DRAIN_MILLIS = 30_000;

    /** What one warm-up did. */
    record Result(long gateways, long sessions, long requests, long refused, long failed, String firstFailure,
                  Duration took) {
    }

    private Warmup() {
    }

    /** Runs the warm-up when {@code startup.warmup} is on and logs what it did. */
    static void beforeListening(NodeConfig config, NodeEnvironment env) {
        if (!config.startup().warmup()) {
            return;
        }
        PolicyHolder policy = PolicyHolder.load(config.policy()); // a bad file fails here as at the real start
        try {
            Result r = run(config, env, policy, config.startup().warmupTime());
            LOG.info("warm-up: {} Gx sessions ({} requests, {} refused 3004 by admission control while cold, {}) "
                    + "from {} gateways through a throwaway copy of this node over loopback in {} ms; nothing of it "
                    + "is kept", r.sessions(), r.requests(), r.refused(), r.failed() == 0 ? "the others 2001"
                            : r.failed() + " neither 2001 nor 3004, the first: " + r.firstFailure(), r.gateways(),
                    r.took().toMillis());
        } catch (RuntimeException e) {
            LOG.warn("warm-up skipped, the node starts cold: {}", e.getMessage());
        }
    }

    /** Starts the throwaway copy, drives it for {@code traffic}, stops it. */
    static Result run(NodeConfig config, NodeEnvironment env, PolicyHolder policy, Duration traffic) {
        long start = System.nanoTime();
        NodeConfig copy = throwaway(config);
        NodeEnvironment local = env.withEphemeralPorts(true);
        try (LogLevels.Restore dropped = WarmupLogging.formatAndDrop("io.pcrfd")) {
            Store store = Stores.open(copy.store(), local.clock());
            PcrfNode pcrf = startCopy(copy, local, policy, store);
            try {
                InetSocketAddress address = pcrf.diameterAddresses().get(0);
                try (WarmupTraffic gateway = WarmupTraffic.connect(copy.diameter().originHost(),
                        copy.diameter().originRealm(), address)) {
                    CompletableFuture<Void> sessions = gateway.run(traffic.toNanos());
                    WarmupPeers peers = WarmupPeers.whileRunning(copy.diameter().originRealm(), address, sessions,
                            System.nanoTime() + traffic.toNanos() + TimeUnit.MILLISECONDS.toNanos(DRAIN_MILLIS));
                    drive(sessions, traffic);
                    return result(gateway, peers, Duration.ofNanos(System.nanoTime() - start));
                }
            } finally {
                pcrf.shutdown(Duration.ZERO);
            }
        }
    }

    private static PcrfNode startCopy(NodeConfig copy, NodeEnvironment env, PolicyHolder policy, Store store) {
        try {
            return PcrfNode.start(copy, env, policy, store, PcrfModules.list(env));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static Result result(WarmupTraffic gateway, WarmupPeers peers, Duration took) {
        WarmupTally g = gateway.tally();
        WarmupTally p = peers.tally();
        String firstFailure = g.firstFailure() != null ? g.firstFailure() : p.firstFailure();
        return new Result(1 + peers.gateways(), g.sessions() + p.sessions(), g.requests() + p.requests(),
                g.refused() + p.refused(), g.failed() + p.failed(), firstFailure, took);
    }

    private static void drive(CompletableFuture<Void> sessions, Duration traffic) {
        try {
            sessions.get(traffic.toMillis() + DRAIN_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("the warm-up's sessions did not end within " + DRAIN_MILLIS
                    + " ms after its time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the warm-up", e);
        }
    }

    /**
     * The configuration of the copy: the node's own but for what would reach outside the process
     * or outlive it. Diameter on 127.0.0.1 (a free port), no peers (it dials nobody, and its
     * Origin-Host meets no real gateway), unknown peers allowed (the throwaway gateway); an
     * in-memory store without snapshot (a Redis store or a snapshot file is never touched); no
     * REST.
     */
    static NodeConfig throwaway(NodeConfig c) {
        DiameterConfig d = c.diameter();
        DiameterConfig diameter = new DiameterConfig(d.originHost(), d.originRealm(),
                List.of(new ListenConfig("127.0.0.1", ListenConfig.defaults().port(), false)), d.tls(), List.of(), true,
                d.maxMessageSize(), d.maxInFlightPerPeer(), d.requestTimeout(), d.productName(), d.vendorId(),
                d.firmwareRevision(), d.overload());
        StoreConfig s = c.store();
        StoreConfig store = new StoreConfig(StoreConfig.Type.MEMORY, s.redis(), new SnapshotConfig(
                s.snapshot().path(), false, s.snapshot().ifUnreadable()), s.closedRetention(), s.closedMaxEntries(),
                s.closedPerSubscriber(), s.usageMaxEntries(), s.meterMaxSubscribers());
        RestConfig rest = new RestConfig(c.rest().address(), c.rest().port(), false);
        return new NodeConfig(c.role(), diameter, store, c.policy(), c.gx(), c.establishment(), rest, c.console(),
                c.logging(), c.bpcf(), c.sy(), c.ocs(), c.applications(), c.exposure(), c.dra(), c.startup());
    }
}
