package io.pcrfd.store.memory;

import io.pcrfd.store.model.IpCanSession;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Sessions the store found expired, already out of the session map and its indexes (so their
 * UE addresses are free at once), waiting for
 * {@link io.pcrfd.store.SessionStore#takeExpired} to hand them over, in the order they were
 * found.
 *
 * <p>Bounded by {@link #MAX_ENTRIES}: a PCRF takes the backlog on every audit pass, so it stays
 * near empty; the bound only matters when nobody takes it (the store used without a PCRF),
 * where past it the oldest entry is dropped and counted for the sweep to log.
 */
final class ExpiredBacklog {
    /** 100,000 sessions: about the heap they held while live; far more than one audit pass takes. */
    static final int MAX_ENTRIES = 100_000;

    private final ArrayDeque<IpCanSession> queue = new ArrayDeque<>();
    private long dropped;

    synchronized void add(IpCanSession session) {
        if (queue.size() >= MAX_ENTRIES) {
            queue.poll();
            dropped++;
        }
        queue.add(session);
    }

    /** Removes and returns up to {@code limit} sessions, oldest first. */
    synchronized List<IpCanSession> take(int limit) {
        List<IpCanSession> out = new ArrayList<>(Math.min(limit, queue.size()));
        while (out.size() < limit && !queue.isEmpty()) {
            out.add(queue.poll());
        }
        return out;
    }

    /** What is waiting, left in place (for snapshots). */
    synchronized List<IpCanSession> all() {
        return List.copyOf(queue);
    }

    synchronized int size() {
        return queue.size();
    }

    /** Sessions dropped over the bound since the last call. */
    synchronized long takeDropped() {
        long n = dropped;
        dropped = 0;
        return n;
    }
}
