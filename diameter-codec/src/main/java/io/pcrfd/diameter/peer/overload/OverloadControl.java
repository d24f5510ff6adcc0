package io.pcrfd.diameter.peer.overload;

import io.pcrfd.diameter.dictionary.Dictionary;
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
 */
public final class OverloadControl {
    private static final Logger log = LoggerFactory.getLogger(OverloadControl.class);
    /** How often the report is decided again. */
    public static final long PERIOD_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final OverloadOptions options;
    private final Dictionary dictionary;
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
        return pending.sum();
    }

    /** A request arrived on an open connection (admitted or not). */
    public void arrived() {
        arrived.increment();
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
        long a = arrived.sum();
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
