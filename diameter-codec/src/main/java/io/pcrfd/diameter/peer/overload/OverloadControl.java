package io.pcrfd.diameter.peer.overload;

import io.netty.util.concurrent.EventExecutor;
import io.pcrfd.diameter.dictionary.Dictionary;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node-wide side of overload protection: the count of requests received and not yet
 * answered over every connection, the arrivals and refusals of the current period, and the
 * DOIC report (RFC 7683) decided from them once a period by {@link #tick}. Connections update
 * the counters from their own event loops; the report is published through a volatile field.
 * Logging is here too, one line per period while refusing, so an overload never becomes a
 * line per request.
 *
 * <p>The pending and arrival counts are updated four and one times per request, so each event
 * loop keeps its own share ({@link LoopCounts}): single-writer cells 128 octets apart (no
 * atomic instruction per update, no cache line shared between loops), summed when read. Up to
 * {@link #MAX_LOOP_CELLS} loops get cells; any further loop, and any update from outside a
 * loop, uses the shared {@link LongAdder}s.
 */
public final class OverloadControl {
    private static final Logger log = LoggerFactory.getLogger(OverloadControl.class);
    /** How often the report is decided again. */
    public static final long PERIOD_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final OverloadOptions options;
    private final Dictionary dictionary;
    /** Loops with cells of their own; enough for any event loop group of this process. */
    static final int MAX_LOOP_CELLS = 64;
    /** Longs from one loop's cells to the next: 128 octets, two cache lines. */
    private static final int STRIDE = 16;
    private static final VarHandle CELL = MethodHandles.arrayElementVarHandle(long[].class);

    /** Per loop, at {@code (i + 1) * STRIDE}: pending, then arrived. The first stride is padding. */
    private final long[] cells = new long[(MAX_LOOP_CELLS + 1) * STRIDE];
    private final Map<EventExecutor, LoopCounts> loops = new IdentityHashMap<>();
    private volatile int loopCells;
    private final LongAdder pending = new LongAdder();
    private final LongAdder arrived = new LongAdder();
    private final LongAdder arrivedDoic = new LongAdder();
    private final LongAdder refusedOnArrival = new LongAdder();
    private final LongAdder refusedAged = new LongAdder();
    private final LongAdder refusedTotal = new LongAdder();
    private long lastArrived;
    private long lastDoic;
    private long lastRefused;
    private boolean refusing;
    private volatile DoicReport report;

    public OverloadControl(OverloadOptions options, Dictionary dictionary) {
        this.options = options;
        this.dictionary = dictionary;
        this.report = DoicReport.of(dictionary, Abatement.QUIET, validitySeconds());
    }

    public OverloadOptions options() {
        return options;
    }

    /** A request was admitted into a connection's queue or handed to a handler: +1; answered: −1. */
    public void pending(int delta) {
        pending.add(delta);
    }

    /** Requests received and not yet answered on every connection. */
    public long pending() {
        return pending.sum() + cellSum(0);
    }

    /** A request arrived on an open connection (admitted or not). */
    public void arrived() {
        arrived.increment();
    }

    /**
     * The counts that connections of {@code loop} update, from that loop only; the same object
     * for every connection of the loop.
     */
    public LoopCounts counts(EventExecutor loop) {
        synchronized (loops) {
            LoopCounts c = loops.get(loop);
            if (c == null) {
                int n = loopCells;
                if (n == MAX_LOOP_CELLS) {
                    return new LoopCounts(this, loop, -1);
                }
                c = new LoopCounts(this, loop, (n + 1) * STRIDE);
                loopCells = n + 1;
                loops.put(loop, c);
            }
            return c;
        }
    }

    /** Adds to a cell; only ever called by the one loop that owns it, so no atomic update is needed. */
    void addToCell(int index, long delta) {
        CELL.setOpaque(cells, index, cells[index] + delta);
    }

    /** The sum of one count ({@code 0} pending, {@code 1} arrived) over the loops' cells. */
    private long cellSum(int offset) {
        long sum = 0;
        for (int i = loopCells; i > 0; i--) {
            sum += (long) CELL.getOpaque(cells, i * STRIDE + offset);
        }
        return sum;
    }

    /** A request that announced RFC 7683 support was refused or answered. */
    public void arrivedDoic() {
        arrivedDoic.increment();
    }

    /** A request was answered 3004 at once because a limit or the queue delay was exceeded. */
    public void refusedOnArrival() {
        refusedOnArrival.increment();
        refusedTotal.increment();
    }

    /** A request was answered 3004 instead of being handled because it had waited too long. */
    public void refusedAged() {
        refusedAged.increment();
        refusedTotal.increment();
    }

    public long refusedOnArrivalCount() {
        return refusedOnArrival.sum();
    }

    public long refusedAgedCount() {
        return refusedAged.sum();
    }

    /** What answers to DOIC reacting nodes carry now. */
    public DoicReport report() {
        return report;
    }

    /**
     * Closes a period: decides the next report from the arrivals and refusals since the last
     * call, and logs when refusing. Called once per {@link #PERIOD_NANOS} by one thread.
     */
    public void tick(long nowNanos, long wallMillis) {
        long a = arrived.sum() + cellSum(1);
        long r = refusedTotal.sum();
        long d = arrivedDoic.sum();
        long periodArrived = a - lastArrived;
        long periodRefused = r - lastRefused;
        long periodDoic = d - lastDoic;
        lastArrived = a;
        lastRefused = r;
        lastDoic = d;
        Abatement before = report.abatement();
        Abatement next = before.next(periodArrived, periodRefused, periodDoic, nowNanos, wallMillis,
                TimeUnit.SECONDS.toNanos(validitySeconds()));
        if (next != before) {
            report = DoicReport.of(dictionary, next, validitySeconds());
        }
        describe(periodArrived, periodRefused, next.reduction());
    }

    private void describe(long periodArrived, long periodRefused, int reduction) {
        if (periodRefused > 0) {
            log.warn("overload: {} of {} requests in the last second answered 3004 TOO_BUSY ({} pending now, "
                    + "DOIC reduction {}%)", periodRefused, periodArrived, pending(), reduction);
        } else if (refusing) {
            log.info("overload: no request refused in the last second");
        }
        refusing = periodRefused > 0;
    }

    private long validitySeconds() {
        return options.reportValidity().toSeconds();
    }
}
