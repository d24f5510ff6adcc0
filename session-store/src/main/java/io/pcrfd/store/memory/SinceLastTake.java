package io.pcrfd.store.memory;

/**
 * The part of an ever-growing count (records evicted at a bound) not yet taken: the store's
 * sweep takes it for its one log line per kind of loss, while the count itself keeps growing
 * for the metric that exports it.
 */
final class SinceLastTake {
    private long taken;

    /** {@code total} less what the previous calls took; the next call starts from {@code total}. */
    synchronized long take(long total) {
        long since = total - taken;
        taken = total;
        return since;
    }
}
