package io.pcrfd.diameter.peer;

import io.netty.util.collection.IntObjectHashMap;
import io.netty.util.concurrent.ScheduledFuture;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.HopByHopId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The requests we sent on one connection and await answers for, keyed by Hop-by-Hop id (RFC
 * 6733 §3: unique per connection while outstanding; §6.2: the answer carries it back). Owned
 * by the connection's event loop: no locks. Each request has a deadline in {@link
 * RequestDeadlines}; one timer per connection, armed for the earliest deadline, completes the
 * caller's future of every request past its deadline with {@link
 * LocalRequestException.Reason#TIMEOUT}. A request is refused at once with {@link
 * LocalRequestException.Reason#TOO_BUSY} (3004) while the channel is not writable (its outbound
 * buffer is above the high water mark of {@link PipelineFactory#WATER_MARK}): a peer that reads
 * slowly costs at most that buffer, not one queued request per send.
 */
final class PendingRequests {
    private static final Logger log = LoggerFactory.getLogger(PendingRequests.class);

    private final Connection connection;
    private final NodeContext node;
    private final IntObjectHashMap<Entry> entries = new IntObjectHashMap<>();
    private final RequestDeadlines<Entry> deadlines = new RequestDeadlines<>();
    private int nextHopByHop = ThreadLocalRandom.current().nextInt();
    private volatile int size;
    private ScheduledFuture<?> timer;
    private long timerAtNanos;

    private static final class Entry {
        final CompletableFuture<DiameterMessage> future;
        final int hopByHop;
        final int endToEnd;
        RequestDeadlines.Node<Entry> deadline;

        Entry(CompletableFuture<DiameterMessage> future, int hopByHop, int endToEnd) {
            this.future = future;
            this.hopByHop = hopByHop;
            this.endToEnd = endToEnd;
        }
    }

    PendingRequests(Connection connection, NodeContext node) {
        this.connection = connection;
        this.node = node;
    }

    int size() {
        return size;
    }

    /** On the loop: assign a Hop-by-Hop id, note the deadline, write. */
    void send(DiameterMessage request, CompletableFuture<DiameterMessage> f, long timeoutNanos) {
        if (!connection.channel().isActive()) {
            f.completeExceptionally(new LocalRequestException(LocalRequestException.Reason.CONNECTION_LOST,
                    "connection to " + connection.peerName() + " is closed"));
            return;
        }
        if (!connection.channel().isWritable()) {
            // The peer reads slower than we write: refuse now rather than queue without bound.
            node.counters().tooBusy.increment();
            f.completeExceptionally(new LocalRequestException(LocalRequestException.Reason.TOO_BUSY,
                    "outbound buffer to " + connection.peerName() + " above its high water mark"));
            return;
        }
        if (entries.size() >= node.options().maxInFlightPerPeer()) {
            node.counters().tooBusy.increment();
            f.completeExceptionally(new LocalRequestException(LocalRequestException.Reason.TOO_BUSY,
                    entries.size() + " requests in flight to " + connection.peerName()));
            return;
        }
        int hbh = freeHopByHop();
        DiameterMessage out = request.withHopByHop(HopByHopId.of(hbh));
        Entry e = new Entry(f, hbh, out.endToEnd().value());
        long deadline = System.nanoTime() + timeoutNanos;
        e.deadline = deadlines.add(e, deadline);
        entries.put(hbh, e);
        size = entries.size();
        armTimer(deadline);
        connection.channel().writeAndFlush(out).addListener(w -> {
            if (!w.isSuccess()) {
                fail(e, LocalRequestException.Reason.CONNECTION_LOST, "write failed: " + w.cause());
            }
        });
    }

    /** Keeps the one timer due no later than {@code deadline}. */
    private void armTimer(long deadline) {
        if (timer != null && timerAtNanos - deadline <= 0) {
            return;
        }
        if (timer != null) {
            timer.cancel(false);
        }
        timerAtNanos = deadline;
        timer = connection.loop().schedule(this::onTimer, Math.max(0, deadline - System.nanoTime()),
                TimeUnit.NANOSECONDS);
    }

    /** The earliest deadline came: time out what is due, re-arm for what is left. */
    private void onTimer() {
        timer = null;
        deadlines.expire(System.nanoTime(), this::timeout);
        if (!deadlines.isEmpty()) {
            armTimer(deadlines.earliest());
        }
    }

    private int freeHopByHop() {
        int id = nextHopByHop++;
        while (entries.containsKey(id)) {
            id = nextHopByHop++;
        }
        return id;
    }

    /** An answer arrived: complete its request, or count and drop it (RFC 6733 §6.2.1). */
    void onAnswer(DiameterMessage answer) {
        int hbh = answer.hopByHop().value();
        Entry e = entries.get(hbh);
        if (e == null || e.endToEnd != answer.endToEnd().value()) {
            node.counters().unknownAnswers.increment();
            log.info("peer={} session={} {} answer with unknown hop-by-hop discarded", connection.peerName(),
                    answer.sessionId().orElse("-"), answer.hopByHop());
            return;
        }
        entries.remove(hbh);
        size = entries.size();
        deadlines.remove(e.deadline);
        // whatever the caller chained on the answer runs now, on this loop: its lines name the answer
        RequestLogContext.enter(connection.peerName(), answer);
        try {
            e.future.complete(answer);
        } finally {
            RequestLogContext.exit();
        }
    }

    private void timeout(Entry e) {
        node.counters().timeouts.increment();
        fail(e, LocalRequestException.Reason.TIMEOUT, "no answer from " + connection.peerName() + " within "
                + node.options().requestTimeout());
    }

    private void fail(Entry e, LocalRequestException.Reason reason, String text) {
        if (entries.get(e.hopByHop) != e) {
            return;
        }
        entries.remove(e.hopByHop);
        size = entries.size();
        deadlines.remove(e.deadline);
        log.info("peer={} {} failed: {}", connection.peerName(), HopByHopId.of(e.hopByHop), text);
        e.future.completeExceptionally(new LocalRequestException(reason, text));
    }

    /** The connection closed: every outstanding request fails at once. */
    void failAll(LocalRequestException.Reason reason, String text) {
        List<Entry> all = new ArrayList<>(entries.values());
        entries.clear();
        size = 0;
        deadlines.drain(e -> { });
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
        for (Entry e : all) {
            e.future.completeExceptionally(new LocalRequestException(reason, text));
        }
    }
}
