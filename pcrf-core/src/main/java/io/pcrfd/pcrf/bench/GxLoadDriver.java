package io.pcrfd.pcrf.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.netty.DiameterFrameDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one load: connects every connection and waits for its CEA, starts them together,
 * reads CPU times at the edges of the measured window, stops, waits for outstanding answers
 * (bounded by the request timeout), collects the figures, and leaves with DPR.
 *
 * <pre>{@code
 * BenchResult r = GxLoadDriver.run(options, System.out::println);
 * }</pre>
 */
public final class GxLoadDriver {
    private static final long CONNECT_MILLIS = 10_000;
    private static final long DPA_MILLIS = 2_000;
    /** Cold start: between attempts to connect to a port that does not accept yet. */
    private static final long RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private final BenchOptions options;
    private final Consumer<String> progress;
    private final Consumer<Second> seconds;
    private final List<Channel> channels = new ArrayList<>();
    private final List<BenchConnection> connections = new ArrayList<>();
    private long firstAttemptNanos;

    private GxLoadDriver(BenchOptions options, Consumer<String> progress, Consumer<Second> seconds) {
        this.options = options;
        this.progress = progress;
        this.seconds = seconds;
    }

    /** Runs the load described by {@code options}; progress lines go to {@code progress}. */
    public static BenchResult run(BenchOptions options, Consumer<String> progress) {
        return run(options, progress, s -> { });
    }

    /**
     * Runs the load described by {@code options}; messages go to {@code progress}, and each second
     * of the load, as it ends, to {@code seconds} (the result holds them all too).
     */
    public static BenchResult run(BenchOptions options, Consumer<String> progress, Consumer<Second> seconds) {
        if (options.coldStart()) {
            // the driver's own first connection must not count in the server's figures
            BenchResult stub = DriverWarmup.run(options);
            progress.accept("driver warmed up against a stub: " + stub.succeeded() + " requests answered 2001 in "
                    + DriverWarmup.TIME.toMillis() + " ms");
        }
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(options.threads(),
                new DefaultThreadFactory("bench", true),
                Epoll.isAvailable() ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        try {
            return new GxLoadDriver(options, progress, seconds).run(group);
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    private BenchResult run(EventLoopGroup group) {
        connect(group);
        progress.accept("connected " + options.connections() + " x " + options.host() + ":" + options.port()
                + " (CEA 2001); " + options.load().describe(options.stepsPerSession()) + "; sessions of "
                + options.mix());
        long t0 = System.nanoTime();
        Window window = options.countBounded() ? Window.EVERYTHING
                : new Window(t0 + options.warmup().toNanos(), t0 + options.warmup().plus(options.duration()).toNanos());
        CpuClock cpu = new CpuClock(options.serverPid());
        ServerMemory.Sampler memory = new ServerMemory.Sampler(options.serverPid());
        forEach((ch, c) -> c.start(t0, window));
        LiveProgress live = new LiveProgress(channels, connections, t0, seconds);
        if (options.countBounded()) {
            cpu.begin();
            awaitFinished(t0 + options.duration().toNanos(), live);
        } else {
            measure(window, cpu, memory, live);
        }
        live.cut(options.countBounded() ? Second.RUN : Second.MEASURE);
        List<Second> series = live.series();
        forEach((ch, c) -> c.stop());
        // each session under way may still send all its requests but the CCR-I, each bounded by the timeout
        List<ConnectionStats> stats = collect(System.nanoTime()
                + options.requestTimeout().multipliedBy(options.stepsPerSession() - 1).toNanos());
        if (options.countBounded()) {
            cpu.end();
        }
        ServerMemory rss = memory.finish();
        disconnect();
        long windowNanos = options.countBounded() ? lastAnswer(stats) - t0 : window.endNanos() - window.startNanos();
        return BenchResult.of(options, windowNanos, stats, cpu.serverNanos(), cpu.selfNanos(), rss, series,
                coldStart(stats));
    }

    private ColdStart coldStart(List<ConnectionStats> stats) {
        if (!options.coldStart()) {
            return null;
        }
        BenchConnection first = connections.get(0);
        return ColdStart.of(firstAttemptNanos, first.connectedNanos(), first.ceaNanos(), stats);
    }

    /** Time-bounded: warm up, then read both CPU clocks at the edges of the window; sample RSS throughout. */
    private void measure(Window window, CpuClock cpu, ServerMemory.Sampler memory, LiveProgress live) {
        progress.accept("warming up for " + options.warmup().toSeconds() + " s"
                + (options.load() instanceof LoadModel.OpenLoop ? ", the rate rising linearly to its full value" : ""));
        Waits.parkUntil(window.startNanos(), ServerMemory.SAMPLE_MILLIS, () -> {
            memory.sample();
            live.poll(Second.WARM_UP);
        });
        if (options.warmup().isPositive()) {
            live.cut(Second.WARM_UP); // the window starts with an interval of its own
        }
        cpu.begin();
        progress.accept("measuring for " + options.duration().toSeconds() + " s");
        Waits.parkUntil(window.endNanos(), ServerMemory.SAMPLE_MILLIS, () -> {
            memory.sample();
            live.poll(Second.MEASURE);
        });
        cpu.end();
    }

    private void connect(EventLoopGroup group) {
        Dictionary dict = Dictionary.standard();
        long runId = System.currentTimeMillis() / 1000;
        if (options.coldStart()) {
            progress.accept("waiting for " + options.host() + ":" + options.port() + " to accept (up to "
                    + BenchOptions.COLD_START_CONNECT_WITHIN.toSeconds() + " s)");
        }
        firstAttemptNanos = System.nanoTime();
        long deadline = firstAttemptNanos + (options.coldStart() ? BenchOptions.COLD_START_CONNECT_WITHIN.toNanos() : 0);
        for (int i = 0; i < options.connections(); i++) {
            BenchConnection c;
            ChannelFuture f;
            do { // a handler joins one pipeline only: a new connection object per attempt
                c = new BenchConnection(ConnectionPlan.of(options, i), GxRequestTemplates.build(dict, options, i, runId),
                        new BaseProtocol(dict, options.originHostOf(i), options.realm()));
                f = bootstrap(group, c).connect(options.host(), options.port());
            } while (!connected(f, deadline));
            channels.add(f.channel());
            connections.add(c);
        }
        for (BenchConnection c : connections) {
            Waits.join(c.ready(), CONNECT_MILLIS, "no CEA from " + options.host() + ":" + options.port());
        }
    }

    /**
     * True when {@code f} connected; false when it was refused before {@code deadline} (a cold
     * start: the server is not listening yet, try again shortly); else a {@link BenchException}.
     */
    private boolean connected(ChannelFuture f, long deadline) {
        boolean done = f.awaitUninterruptibly(CONNECT_MILLIS);
        if (done && f.isSuccess() && !selfConnected(f.channel())) {
            return true;
        }
        if (done && System.nanoTime() - deadline < 0) {
            Waits.parkUntil(System.nanoTime() + RETRY_NANOS);
            return false;
        }
        throw new BenchException("cannot connect to " + options.host() + ":" + options.port() + ": "
                + (f.cause() == null ? "no answer within " + CONNECT_MILLIS + " ms" : f.cause().getMessage())
                + (options.coldStart() ? " (tried for " + BenchOptions.COLD_START_CONNECT_WITHIN.toSeconds() + " s)" : ""));
    }

    /**
     * A connection to a port in the ephemeral range that nothing listens on yet can be given
     * that very port as its own and connect to itself (TCP simultaneous open, RFC 9293 §3.5);
     * it would then hold the port the server is about to bind. Closed, and tried again.
     */
    private static boolean selfConnected(Channel ch) {
        if (!ch.localAddress().equals(ch.remoteAddress())) {
            return false;
        }
        ch.close().awaitUninterruptibly();
        return true;
    }

    private static Bootstrap bootstrap(EventLoopGroup group, BenchConnection c) {
        return new Bootstrap().group(group)
                .channel(Epoll.isAvailable() ? EpollSocketChannel.class : NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) CONNECT_MILLIS)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(new DiameterFrameDecoder(), c);
                    }
                });
    }

    /** Count-bounded: until every connection has run its sessions, or the deadline; seconds meanwhile. */
    private void awaitFinished(long deadlineNanos, LiveProgress live) {
        for (BenchConnection c : connections) {
            while (!Waits.awaitUntil(c.finished(), Math.min(deadlineNanos, System.nanoTime()
                    + TimeUnit.MILLISECONDS.toNanos(ServerMemory.SAMPLE_MILLIS)))) {
                if (System.nanoTime() - deadlineNanos >= 0) {
                    return;
                }
                live.poll(Second.RUN);
            }
        }
    }

    /** Waits for outstanding answers until the deadline; a connection still waiting is abandoned. */
    private List<ConnectionStats> collect(long deadlineNanos) {
        List<ConnectionStats> all = new ArrayList<>();
        for (int i = 0; i < connections.size(); i++) {
            BenchConnection c = connections.get(i);
            if (Waits.awaitUntil(c.finished(), deadlineNanos)) {
                all.add(c.finished().join());
            } else {
                all.add(Waits.onLoop(channels.get(i), c::abandon));
            }
        }
        return all;
    }

    private void disconnect() {
        forEach((ch, c) -> c.disconnect());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DPA_MILLIS);
        for (int i = 0; i < connections.size(); i++) {
            Waits.awaitUntil(connections.get(i).closed(), deadline);
            channels.get(i).close().awaitUninterruptibly(DPA_MILLIS);
        }
    }

    private void forEach(java.util.function.BiConsumer<Channel, BenchConnection> action) {
        for (int i = 0; i < connections.size(); i++) {
            Channel ch = channels.get(i);
            BenchConnection c = connections.get(i);
            ch.eventLoop().execute(() -> action.accept(ch, c));
        }
    }

    private static long lastAnswer(List<ConnectionStats> stats) {
        return stats.stream().mapToLong(s -> s.lastAnswerNanos).max().orElse(Long.MIN_VALUE);
    }
}
