package io.pcrfd.diameter.peer;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.peer.overload.OverloadControl;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Diameter node: listens, dials its configured peers, keeps them up (CER/CEA, watchdog,
 * reconnect), routes the requests it is given and hands received requests to a {@link
 * Dispatcher}. The one class applications use:
 *
 * <pre>{@code
 * Dispatcher d = new Dispatcher().register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL, gxHandler);
 * DiameterNode node = DiameterNode.create(Dictionary.standard(), options, d).start();
 * node.subscribe(event -> ...);                       // PeerUp, PeerDown, OriginStateIdChanged
 * node.send(rar).thenAccept(raa -> ...);              // routed by Destination-Host, else Destination-Realm
 * node.shutdown().join();                             // stop accepting, drain, DPR, close
 * }</pre>
 */
public final class DiameterNode implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiameterNode.class);

    private final NodeContext ctx;
    private final NodeRouter router;
    private final List<Channel> servers = new ArrayList<>();
    private final AtomicBoolean shuttingDown = new AtomicBoolean();
    private final CompletableFuture<Void> terminated = new CompletableFuture<>();

    private DiameterNode(Dictionary dictionary, NodeOptions options, Dispatcher dispatcher, Timing timing,
                         int threads) {
        for (PeerConfig p : options.peers()) {
            if (p.tw().compareTo(timing.minTw()) < 0) {
                throw new IllegalArgumentException("peer " + p.host() + ": Tw " + p.tw() + " is below "
                        + timing.minTw() + " (RFC 3539 §3.4.1)");
            }
        }
        LeakDetection.offUnlessAsked(); // before the first channel: a pipeline reads the level once
        this.ctx = new NodeContext(dictionary, options, timing, dispatcher, Transports.group(threads, "diameter"));
        this.router = new NodeRouter(ctx, shuttingDown);
    }

    /** A node with the RFC timer rules (Tw of every peer at least 6 s). Call {@link #start()}. */
    public static DiameterNode create(Dictionary dictionary, NodeOptions options, Dispatcher dispatcher) {
        return new DiameterNode(dictionary, options, dispatcher, Timing.STANDARD,
                Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * For end-to-end tests of the watchdog (other modules): the peers' Tw may be below RFC 3539's
     * 6 s floor and is not jittered, so SUSPECT and DOWN come within a second or two; the
     * handshake timers and the reconnect back-off stay the standard ones. The daemon never
     * builds its node this way: its configuration refuses Tw below 6 s.
     */
    public static DiameterNode createWithFastWatchdog(Dictionary dictionary, NodeOptions options,
                                                      Dispatcher dispatcher) {
        return new DiameterNode(dictionary, options, dispatcher, Timing.STANDARD.withFastWatchdog(),
                Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /** For tests in this package: shorter timers, see {@link Timing}. */
    static DiameterNode forTests(Dictionary dictionary, NodeOptions options, Dispatcher dispatcher, Timing timing) {
        return new DiameterNode(dictionary, options, dispatcher, timing, 2);
    }

    /**
     * Binds every listen address (blocking until bound) and starts dialling configured peers.
     * When an address cannot be bound, what was bound is closed, the threads are released and
     * the bind error is thrown.
     */
    public DiameterNode start() {
        try {
            for (ListenAddress l : ctx.options().listen()) {
                bind(l);
            }
        } catch (RuntimeException e) {
            servers.forEach(Channel::close);
            ctx.group().shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw e;
        }
        for (PeerConfig c : ctx.options().peers()) {
            Peer p = ctx.configuredPeer(c);
            if (c.mode() == PeerConfig.Mode.CONNECT) {
                p.start();
            }
        }
        if (ctx.options().overload().enabled()) {
            OverloadControl o = ctx.overload();
            ctx.group().next().scheduleAtFixedRate(() -> o.tick(System.nanoTime(), System.currentTimeMillis()),
                    OverloadControl.PERIOD_NANOS, OverloadControl.PERIOD_NANOS, TimeUnit.NANOSECONDS);
        }
        return this;
    }

    private void bind(ListenAddress l) {
        Channel ch = new ServerBootstrap().group(ctx.group()).channel(Transports.serverChannel())
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, PipelineFactory.WATER_MARK)
                .childHandler(ctx.pipelines().responder(l.tls()))
                .bind(l.address(), l.port()).syncUninterruptibly().channel();
        servers.add(ch);
        log.info("listening on {}{} ({})", ch.localAddress(), l.tls() ? " TLS" : "", Transports.epoll() ? "epoll" : "nio");
    }

    /** The bound addresses, in the order of {@link NodeOptions#listen()} (ports resolved). */
    public List<InetSocketAddress> localAddresses() {
        return servers.stream().map(c -> (InetSocketAddress) c.localAddress()).toList();
    }

    /**
     * Sends a request and returns its answer. Routing: a Destination-Host that is one of our
     * peers goes to that peer only; otherwise the Destination-Realm's best healthy peer. A
     * request to a peer that is down, busy or unknown fails at once with a {@link
     * LocalRequestException}; one that gets no answer fails after the request timeout. When the
     * End-to-End id is 0 a fresh one is assigned; the Hop-by-Hop id is always assigned.
     */
    public CompletableFuture<DiameterMessage> send(DiameterMessage request) {
        return router.send(request);
    }

    /**
     * A request builder with a fresh End-to-End id. Origin-Host and Origin-Realm are left to
     * the caller because Session-Id must come first (RFC 6733 §8.8) and the builder keeps the
     * order AVPs are added in.
     */
    public MessageBuilder request(long applicationId, String commandName) {
        return MessageBuilder.request(ctx.dictionary(), applicationId, commandName)
                .endToEnd(ctx.endToEndIds().next());
    }

    /** Adds a listener for {@link NodeEvent}s; it runs on a peer's loop and must not block. */
    public void subscribe(Consumer<NodeEvent> listener) {
        ctx.subscribe(listener);
    }

    public Optional<PeerStatus> peer(String host) {
        return Optional.ofNullable(ctx.peers().get(NodeContext.key(host))).map(PeerStatus::of);
    }

    public List<PeerStatus> peers() {
        return ctx.peers().values().stream().map(PeerStatus::of).toList();
    }

    public NodeCounters counters() {
        return ctx.counters();
    }

    /** Overload protection: requests pending, refusals, the DOIC report. */
    public OverloadControl overload() {
        return ctx.overload();
    }

    public LocalIdentity identity() {
        return ctx.options().identity();
    }

    /** For tests in this package. */
    NodeContext context() {
        return ctx;
    }

    /**
     * Graceful shutdown: stop accepting, let in-flight requests finish (up to the grace
     * period), DPR every open peer (REBOOTING) and wait for DPA or close, then release the
     * threads. Runs on a virtual thread; the future completes when everything is closed.
     */
    public CompletableFuture<Void> shutdown() {
        if (shuttingDown.compareAndSet(false, true)) {
            Thread.ofVirtual().name("diameter-shutdown").start(this::shutdownNow);
        }
        return terminated;
    }

    private void shutdownNow() {
        servers.forEach(s -> s.close().syncUninterruptibly());
        long grace = ctx.options().shutdownGrace().toNanos();
        // pending also counts requests still queued by admission control, not yet handed on
        waitUntil(() -> ctx.overload().pending() == 0 && ctx.peers().values().stream()
                .allMatch(p -> p.active() == null || p.active().outstanding() == 0), grace);
        List<CompletableFuture<Void>> closing = new ArrayList<>();
        for (Peer p : ctx.peers().values()) {
            closing.add(p.stop(BaseMessages.REBOOTING));
        }
        try {
            CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new))
                    .get(ctx.timing().dpaTimeout().toNanos() + grace, TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            log.info("shutdown: some peers did not close in time, closing anyway");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ctx.group().shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        terminated.complete(null);
    }

    private static void waitUntil(java.util.function.BooleanSupplier done, long nanos) {
        long deadline = System.nanoTime() + nanos;
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Shuts down and waits (bounded by the grace period and the DPA timer). */
    @Override
    public void close() {
        try {
            shutdown().get(ctx.options().shutdownGrace().plus(ctx.timing().dpaTimeout()).plus(Duration.ofSeconds(5))
                    .toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new CompletionException(e);
        }
    }
}
