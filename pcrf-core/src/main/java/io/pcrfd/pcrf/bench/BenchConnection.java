package io.pcrfd.pcrf.bench;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One gateway connection of the load driver, the last handler after a {@code
 * DiameterFrameDecoder}. Everything runs on the channel's event loop: sending, matching
 * answers by Hop-by-Hop id, timing, the next step of each session. Requests written while
 * handling a batch of reads are flushed once at the end of the batch, or each on its own with
 * {@link FlushMode#PER_REQUEST} (one request per TCP segment).
 *
 * <p>Lifecycle: CER on connect, {@link #ready()} completes on CEA 2001; {@link #start} begins
 * the load; {@link #stop} stops starting sessions, and {@link #finished()} completes when the
 * sessions under way have ended; {@link #disconnect} sends DPR, and {@link #closed()}
 * completes on DPA or when the connection drops.
 */
final class BenchConnection extends ChannelInboundHandlerAdapter {
    private static final int CCA = 272;
    private static final int DPR = 282;
    private static final long SWEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final ConnectionPlan plan;
    private final List<RequestTemplate> templates;
    private final BaseProtocol base;
    private final InFlightTable table;
    /** The step of a session's CCR-T, its last request. */
    private final int lastStep;
    private final ConnectionStats stats;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final CompletableFuture<ConnectionStats> finished = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private ChannelHandlerContext ctx;
    private boolean open;
    private boolean stopping;
    private long started;
    private long startNanos;
    private Window window = Window.EVERYTHING;
    private int nextEndToEnd;
    private ScheduledFuture<?> tick;
    private ScheduledFuture<?> sweep;
    private volatile long cerNanos;
    private volatile long ceaNanos;

    BenchConnection(ConnectionPlan plan, List<RequestTemplate> templates, BaseProtocol base) {
        this.plan = plan;
        this.templates = templates;
        this.lastStep = templates.size() - 1;
        this.stats = new ConnectionStats(lastStep);
        this.base = base;
        this.table = new InFlightTable(plan.tableCapacity());
        // RFC 6733 §3: high 12 bits from the clock, low 20 counting, so ids differ across runs.
        this.nextEndToEnd = (int) ((System.currentTimeMillis() / 1000) << 20);
    }

    CompletableFuture<Void> ready() {
        return ready;
    }

    CompletableFuture<ConnectionStats> finished() {
        return finished;
    }

    CompletableFuture<Void> closed() {
        return closed;
    }

    /** When the connection was up and its CER written ({@link System#nanoTime()}). */
    long connectedNanos() {
        return cerNanos;
    }

    /** CER written to CEA received, once {@link #ready()} completed. */
    long ceaNanos() {
        return ceaNanos;
    }

    @Override
    public void channelActive(ChannelHandlerContext c) {
        ctx = c;
        cerNanos = System.nanoTime();
        c.writeAndFlush(base.cer(((InetSocketAddress) c.channel().localAddress()).getAddress()));
    }

    @Override
    public void channelRead(ChannelHandlerContext c, Object msg) {
        ByteBuf frame = (ByteBuf) msg;
        try {
            onFrame(frame);
        } finally {
            frame.release();
        }
    }

    private void onFrame(ByteBuf frame) {
        if ((AnswerReader.flags(frame) & AnswerReader.REQUEST_BIT) != 0) {
            ctx.write(base.answer(frame));
            if (AnswerReader.commandCode(frame) == DPR) {
                ctx.flush();
                ctx.close();
            }
        } else if (!open) {
            onCea(frame);
        } else if (AnswerReader.commandCode(frame) == CCA) {
            onCca(frame);
        } else if (AnswerReader.commandCode(frame) == DPR) {
            ctx.close();
        }
    }

    private void onCea(ByteBuf frame) {
        String refusal = base.refusal(frame);
        if (refusal == null) {
            ceaNanos = System.nanoTime() - cerNanos;
            open = true;
            ready.complete(null);
        } else {
            ready.completeExceptionally(new BenchException(refusal));
            ctx.close();
        }
    }

    private void onCca(ByteBuf frame) {
        int slot = table.find(AnswerReader.hopByHop(frame), AnswerReader.endToEnd(frame));
        if (slot < 0) {
            stats.unknownAnswers++;
            return;
        }
        long now = System.nanoTime();
        long session = table.session(slot);
        int step = table.step(slot);
        long latency = now - table.startNanos(slot);
        table.remove(slot);
        boolean ok = stats.onAnswer(now, latency, AnswerReader.resultCode(frame), step, window);
        if (ok && step < lastStep) {
            // also when stopping: a session under way runs to its CCR-T, leaving the server clean
            send(session, step + 1, now);
        } else {
            onSessionEnd(now);
        }
        checkFinished();
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext c) {
        c.flush();
    }

    /** On the loop: begin the load at {@code t0} (the open loop's schedule starts there). */
    void start(long t0, Window measured) {
        startNanos = t0;
        window = measured;
        sweep = ctx.executor().scheduleAtFixedRate(this::sweepTimeouts, SWEEP_NANOS, SWEEP_NANOS,
                TimeUnit.NANOSECONDS);
        if (plan.closedLoop()) {
            for (int i = 0; i < plan.inFlight() && startSession(t0); i++) {
                // each started session keeps one request outstanding
            }
            ctx.flush();
        } else {
            tick = ctx.executor().scheduleAtFixedRate(this::tick, 0, TICK_NANOS, TimeUnit.NANOSECONDS);
        }
        checkFinished();
    }

    /** Open loop: start every session whose scheduled time has come, timed from that time. */
    private void tick() {
        long due = plan.sessionsDueBy(System.nanoTime() - startNanos);
        while (started < due && startSession(startNanos + plan.scheduledOffset(started))) {
            // the scheduled time, not now: a late tick shows as latency (no coordinated omission)
        }
        ctx.flush();
        checkFinished();
    }

    private boolean startSession(long intendedStart) {
        if (stopping || started >= plan.quota()) {
            return false;
        }
        long session = started++ * plan.connections() + plan.index();
        send(session, 0, intendedStart);
        return true;
    }

    private void onSessionEnd(long now) {
        if (plan.closedLoop()) {
            startSession(now);
        }
    }

    private void send(long session, int step, long start) {
        int e2e = nextEndToEnd++;
        int slot = table.add(session, step, start, e2e);
        if (slot < 0) {
            stats.notSent++;
            return;
        }
        ByteBuf request = templates.get(step).encode(ctx.alloc(), session, table.hopByHop(slot), e2e);
        if (plan.flushEach()) {
            ctx.writeAndFlush(request, ctx.voidPromise());
        } else {
            ctx.write(request, ctx.voidPromise());
        }
        stats.sent++;
    }

    private void sweepTimeouts() {
        long now = System.nanoTime();
        long limit = plan.timeoutNanos();
        for (int slot = 0; slot < table.capacity(); slot++) {
            if (table.used(slot) && now - table.startNanos(slot) > limit) {
                table.remove(slot);
                stats.timeouts++;
                onSessionEnd(now);
            }
        }
        ctx.flush();
        checkFinished();
    }

    private void checkFinished() {
        boolean noMore = stopping || started >= plan.quota();
        if (noMore && table.size() == 0 && !finished.isDone()) {
            cancelTimers();
            finished.complete(stats);
        }
    }

    /** On the loop: no new sessions; sessions under way finish (their answers are awaited). */
    void stop() {
        stopping = true;
        if (tick != null) {
            tick.cancel(false);
        }
        checkFinished();
    }

    /** On the loop: what {@link ConnectionStats#sample} says, for the live progress. */
    IntervalSample sample(org.HdrHistogram.Histogram fresh) {
        return stats.sample(fresh);
    }

    /** On the loop: the stats so far, also when the connection did not finish in time. */
    ConnectionStats abandon() {
        stats.lostInFlight += table.size();
        stopping = true;
        cancelTimers();
        return stats;
    }

    void disconnect() {
        if (ctx.channel().isActive()) {
            ctx.writeAndFlush(base.dpr());
        }
    }

    private void cancelTimers() {
        if (tick != null) {
            tick.cancel(false);
        }
        if (sweep != null) {
            sweep.cancel(false);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext c) {
        if (!stopping) {
            stats.connectionLost = true;
            stats.lostInFlight += table.size();
        }
        stopping = true;
        cancelTimers();
        ready.completeExceptionally(new BenchException("the server closed the connection before CEA"));
        finished.complete(stats);
        closed.complete(null);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext c, Throwable cause) {
        ready.completeExceptionally(new BenchException("connection error: " + cause));
        c.close();
    }
}
