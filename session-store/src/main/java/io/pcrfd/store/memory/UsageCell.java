package io.pcrfd.store.memory;

import io.pcrfd.store.model.UsageTotals;

/**
 * The running totals of one usage key as the in-memory store holds them: five primitive fields
 * changed in place, so an add to a key that exists allocates nothing that the store keeps and
 * stores no reference into the map (see {@link InMemoryUsageStore} for why that matters to the
 * garbage collector).
 *
 * <p>Thread safety: every field is read and written only under this cell's own monitor, so an
 * add's four figures and its expiry change together and a reader gets them as one consistent
 * {@link UsageTotals} copy. A cell taken out of the map (swept or reset) is marked
 * {@code removed} under the same monitor first; an add that finds a removed cell adds nothing
 * to it and goes back to the map, so no add lands in a cell that is no longer there.
 */
final class UsageCell {
    private long total;
    private long input;
    private long output;
    private long seconds;
    private long expiresAt;
    private boolean removed;

    UsageCell(long total, long input, long output, long seconds, long expiresAt) {
        this.total = total;
        this.input = input;
        this.output = output;
        this.seconds = seconds;
        this.expiresAt = expiresAt;
    }

    static UsageCell of(UsageTotals t) {
        return new UsageCell(t.totalOctets(), t.inputOctets(), t.outputOctets(), t.seconds(), t.expiresAtMillis());
    }

    /**
     * Adds one report: to the totals while they are live at {@code now}, else (expired, not swept
     * yet) in place of them; the expiry becomes {@code expires}. Returns the totals after the add,
     * or null when the cell was removed (the caller goes back to the map).
     *
     * @throws ArithmeticException when a total would overflow; nothing is changed then
     */
    synchronized UsageTotals add(long now, long t, long in, long out, long s, long expires) {
        if (removed) {
            return null;
        }
        boolean live = expiresAt > now;
        long newTotal = live ? Math.addExact(total, t) : t;
        long newInput = live ? Math.addExact(input, in) : in;
        long newOutput = live ? Math.addExact(output, out) : out;
        long newSeconds = live ? Math.addExact(seconds, s) : s;
        total = newTotal;
        input = newInput;
        output = newOutput;
        seconds = newSeconds;
        expiresAt = expires;
        return copy();
    }

    /** The totals when live at {@code now}; {@link UsageTotals#NONE} when expired or removed. */
    synchronized UsageTotals read(long now) {
        return removed || expiresAt <= now ? UsageTotals.NONE : copy();
    }

    /**
     * Marks the cell removed if it expired by {@code now} and returns {@link DeadlineQueue#GONE};
     * else returns its expiry (when it was removed already: GONE too, its map entry is going).
     */
    synchronized long expireIfDue(long now) {
        if (!removed && expiresAt <= now) {
            removed = true;
        }
        return removed ? DeadlineQueue.GONE : expiresAt;
    }

    /**
     * Marks the cell removed and returns what it held at {@code now} ({@link UsageTotals#NONE}
     * when expired); null when another caller removed it first.
     */
    synchronized UsageTotals remove(long now) {
        if (removed) {
            return null;
        }
        removed = true;
        return expiresAt > now ? copy() : UsageTotals.NONE;
    }

    private UsageTotals copy() {
        return new UsageTotals(total, input, output, seconds, expiresAt);
    }
}
