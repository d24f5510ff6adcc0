package io.pcrfd.store.memory;

import io.pcrfd.store.model.SubscriberId;
import java.time.Instant;

/**
 * The closed contexts of one bucket of {@link ClosedIndex} as a chain of {@link ClosedEntry}
 * through {@link ClosedEntry#older}, newest update first; the index holds its head. A bucket
 * holds the contexts of every trafficId that hashes to it, so each operation on a
 * subscriber's contexts skips the others': with the index sized to the cap a bucket holds
 * about one subscriber, and a subscriber at most its bound ({@code closedPerSubscriber}), so
 * an operation walks a few dozen entries at worst. Every operation runs under the bucket's
 * lock; none allocates.
 */
final class ClosedChain {
    private ClosedChain() {
    }

    /** Puts {@code added} in by update time (before entries of the same time); returns the head. */
    static ClosedEntry insert(ClosedEntry head, ClosedEntry added) {
        if (head == null || !added.updatedBefore(head)) {
            added.older = head;
            return added;
        }
        ClosedEntry p = head;
        while (p.older != null && added.updatedBefore(p.older)) {
            p = p.older;
        }
        added.older = p.older;
        p.older = added;
        return head;
    }

    /** Takes {@code removed} (compared by identity) out; returns the head, null when the chain is left empty. */
    static ClosedEntry unlink(ClosedEntry head, ClosedEntry removed) {
        if (head == removed) {
            return removed.older;
        }
        for (ClosedEntry p = head; p != null; p = p.older) {
            if (p.older == removed) {
                p.older = removed.older;
                break;
            }
        }
        return head;
    }

    /**
     * Takes {@code removed} (compared by identity, not the head) out of the chain below
     * {@code head}; false when it is not there.
     */
    static boolean unlinkBelow(ClosedEntry head, ClosedEntry removed) {
        for (ClosedEntry p = head; p != null; p = p.older) {
            if (p.older == removed) {
                p.older = removed.older;
                return true;
            }
        }
        return false;
    }

    /** The first entry of {@code e}'s trafficId past its newest {@code keep}, or null when it has no more. */
    static ClosedEntry pastBound(ClosedEntry head, ClosedEntry e, int keep) {
        int n = 0;
        for (ClosedEntry p = head; p != null; p = p.older) {
            if (p.sameSubscriber(e) && ++n > keep) {
                return p;
            }
        }
        return null;
    }

    /** The newest entry of the trafficId ({@code bits}, {@code id}) updated before {@code cutoff}, or null. */
    static ClosedEntry updatedBefore(ClosedEntry head, long bits, SubscriberId id, Instant cutoff) {
        for (ClosedEntry p = head; p != null; p = p.older) {
            if (p.isOf(bits, id) && p.updatedBefore(cutoff)) {
                return p;
            }
        }
        return null;
    }
}
