package io.pcrfd.diameter.peer;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandFlags;
import io.pcrfd.diameter.peer.overload.DoicReport;
import io.pcrfd.diameter.peer.overload.FrameQueue;
import io.pcrfd.diameter.peer.overload.LoopCounts;
import io.pcrfd.diameter.peer.overload.OverloadControl;
import io.pcrfd.diameter.peer.overload.OverloadOptions;
import io.pcrfd.diameter.peer.overload.RequestSkim;
import io.pcrfd.diameter.peer.overload.TooBusyAnswers;
import io.pcrfd.diameter.peer.overload.TooBusyAnswers.Reason;
import java.util.concurrent.TimeUnit;

/**
 * Admission control of one connection, on its event loop, between the frame decoder and the
 * message decoder (see "Overload" in the package documentation). Requests of an open
 * connection are stamped with the time they were read (one clock read per read batch) and
 * queued; everything else (answers, CER/DWR/DPR) passes at once and is never refused.
 *
 * <pre>
 *  frame ──▶ arrival: over the peer or node limit, or new work while the oldest queued request
 *            has waited over maxQueueDelay? ──yes──▶ 3004 written from the octets
 *            │ no
 *            ▼
 *          queue (read time) ──▶ drain, at the end of each read and for at most a tenth of
 *                                maxQueueDelay (0.1-1 ms) of handling at a time:
 *                                waited over maxRequestAge? ──yes──▶ 3004
 *                                │ no
 *                                ▼
 *                              decode, dispatch (the rest of the pipeline)
 * </pre>
 *
 * What is left after a drain's budget is drained again by a task scheduled on the loop, which
 * runs after the loop has read its sockets again: reading stays cheap and frequent, so the
 * backlog waits here, where its age is known, instead of in socket buffers.
 */
final class RequestAdmission extends ChannelInboundHandlerAdapter {
    /** The most handling time per drain before the loop goes back to its sockets. */
    static final long MAX_DRAIN_BUDGET_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long MIN_DRAIN_BUDGET_NANOS = TimeUnit.MICROSECONDS.toNanos(100);
    /**
     * The node-wide count is a sum over every loop's counter cells, which the other loops keep
     * writing: it is read once per 16 arrivals here, and at every arrival once it was within
     * 1,024 of the limit, so the limit holds unless that many arrive within 16 on each connection.
     */
    private static final int NODE_CHECK_MASK = 15;
    private static final int NODE_CHECK_NEAR = 1_024;

    private final Connection connection;
    private final OverloadControl control;
    private final OverloadOptions options;
    private final TooBusyAnswers tooBusy;
    private final Loop loop;
    private final long maxQueueDelay;
    private final long maxRequestAge;
    private final long drainBudget;
    private final FrameQueue queue = new FrameQueue();
    private final RequestSkim skim = new RequestSkim();
    private final Runnable drainTask = this::drainLater;
    private ChannelHandlerContext ctx;
    /** This loop's share of the node-wide counts: updated here without atomic instructions. */
    private LoopCounts counts;
    private boolean drainScheduled;
    private boolean unflushed;
    private boolean stamped;
    private long batchReadAt;
    private int arrivals;
    private long nodePending;

    /** The event loop as admission sees it: a clock, and running a task after the loop's next reads. */
    interface Loop {
        /** The production loop: {@link System#nanoTime()}, and a task scheduled with no delay. */
        Loop NETTY = new Loop() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void afterNextReads(ChannelHandlerContext ctx, Runnable task) {
                // scheduled, not executed: the loop reads its sockets before its scheduled tasks
                ctx.executor().schedule(task, 0, TimeUnit.NANOSECONDS);
            }
        };

        long nanoTime();

        void afterNextReads(ChannelHandlerContext ctx, Runnable task);
    }

    RequestAdmission(NodeContext node, Connection connection, Loop loop) {
        this.connection = connection;
        this.control = node.overload();
        this.options = control.options();
        this.tooBusy = node.tooBusy();
        this.loop = loop;
        this.maxQueueDelay = options.maxQueueDelay().toNanos();
        this.maxRequestAge = options.maxRequestAge().toNanos();
        // a tenth of the queue delay, so that reads (and their time stamps) come often enough
        this.drainBudget = Math.max(MIN_DRAIN_BUDGET_NANOS, Math.min(MAX_DRAIN_BUDGET_NANOS, maxQueueDelay / 10));
    }

    @Override
    public void handlerAdded(ChannelHandlerContext c) {
        ctx = c;
        counts = control.counts(c.channel().eventLoop());
    }

    @Override
    public void channelRead(ChannelHandlerContext c, Object msg) {
        ByteBuf frame = (ByteBuf) msg;
        if (!admitted(frame)) {
            c.fireChannelRead(frame);
            return;
        }
        if (!stamped) {
            // one clock read per read batch: a batch is read in well under a millisecond
            batchReadAt = loop.nanoTime();
            stamped = true;
        }
        long now = batchReadAt;
        counts.arrived();
        Reason refusal = refusalOnArrival(frame, now);
        if (refusal != null) {
            control.refusedOnArrival();
            refuse(frame, refusal, refusal != Reason.QUEUE_DELAY);
            return;
        }
        queue.add(frame, now);
        counts.pending(1);
    }

    /** Requests of an open connection, except the base protocol's (RFC 6733 §2.4 application 0). */
    private boolean admitted(ByteBuf frame) {
        int at = frame.readerIndex();
        return options.enabled() && (frame.getUnsignedByte(at + 4) & CommandFlags.REQUEST) != 0
                && frame.getUnsignedInt(at + 8) != ApplicationIds.COMMON && connection.isOpen();
    }

    private Reason refusalOnArrival(ByteBuf frame, long now) {
        if (queue.size() + connection.inboundInFlight() >= options.maxPendingPerPeer()) {
            return Reason.PEER_LIMIT;
        }
        if ((++arrivals & NODE_CHECK_MASK) == 0 || nodePending >= options.maxPendingPerNode() - NODE_CHECK_NEAR) {
            nodePending = control.pending();
        }
        if (nodePending >= options.maxPendingPerNode()) {
            return Reason.NODE_LIMIT;
        }
        if (!queue.isEmpty() && now - queue.oldestReadAt() > maxQueueDelay
                && skim.scan(frame).startsNewWork(frame.getMedium(frame.readerIndex() + 5))) {
            return Reason.QUEUE_DELAY;
        }
        return null;
    }

    /** Writes the 3004 answer from the request's octets and releases the request. */
    private void refuse(ByteBuf frame, Reason reason, boolean scan) {
        if (scan) {
            skim.scan(frame);
        }
        DoicReport doic = null;
        if (options.doic() && skim.ocSupportedFeatures()) {
            control.arrivedDoic();
            doic = control.report();
        }
        ByteBuf answer = tooBusy.encode(ctx.alloc(), frame, skim, reason, doic);
        frame.release();
        ctx.write(answer, ctx.voidPromise());
        unflushed = true;
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext c) {
        stamped = false;
        drain();
    }

    /**
     * The stream broke (a framing error): the requests that arrived whole before it are still
     * handed on and answered (RFC 6733 §6.2), then the error goes on to the connection, which
     * answers it where it can and closes.
     */
    @Override
    public void exceptionCaught(ChannelHandlerContext c, Throwable cause) {
        drain(Long.MAX_VALUE);
        c.fireExceptionCaught(cause);
    }

    private void drainLater() {
        drainScheduled = false;
        if (ctx.channel().isActive()) {
            drain();
        }
    }

    /**
     * Hands queued requests on, oldest first, for at most a tenth of maxQueueDelay (0.1 to 1 ms)
     * of their handling; answers 3004 instead for those that waited over maxRequestAge. Ends
     * with a read complete, so the flush handler sends what the batch wrote at once.
     */
    private void drain() {
        drain(drainBudget);
    }

    private void drain(long budgetNanos) {
        long start = loop.nanoTime();
        long now = start;
        while (!queue.isEmpty() && now - start < budgetNanos) {
            long readAt = queue.oldestReadAt();
            ByteBuf frame = queue.poll();
            counts.pending(-1);
            if (now - readAt > maxRequestAge) {
                control.refusedAged();
                refuse(frame, Reason.REQUEST_AGE, true);
            } else {
                ctx.fireChannelRead(frame);
            }
            now = loop.nanoTime();
        }
        if (!queue.isEmpty() && !drainScheduled) {
            drainScheduled = true;
            loop.afterNextReads(ctx, drainTask);
        }
        ctx.fireChannelReadComplete();
        if (unflushed) {
            unflushed = false;
            ctx.flush();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext c) {
        counts.pending(-queue.clear());
        c.fireChannelInactive();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext c) {
        counts.pending(-queue.clear());
    }
}
