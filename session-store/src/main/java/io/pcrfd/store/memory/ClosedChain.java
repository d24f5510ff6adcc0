package io.pcrfd.store.memory;

import java.time.Instant;

/**
 * The closed contexts of one trafficId as a chain of {@link ClosedEntry} through
 * {@link ClosedEntry#older}, newest update first; the store's map holds its head. Every
 * operation runs inside the subscriber's {@code compute} and walks at most the subscriber's
 * bound ({@code closedPerSubscriber}) of entries; none allocates. A reader walking the chain
 * without a lock sees it before or after each single link write, never a broken chain.
 */
final class ClosedChain {
    private ClosedChain() {
    }

    /** The entry of {@code sessionId} in the chain from {@code head}, or null. */
    static ClosedEntry bySession(ClosedEntry head, String sessionId) {
        for (ClosedEntry e = head; e != null; e = e.older) {
            if (e.sessionId().equals(sessionId)) {
                return e;
            }
        }
        return null;
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

    /**
     * Takes {@code removed} (compared by identity) out; returns the head, null when the chain
     * is left empty. {@code removed}'s own link stays, for a reader standing on it.
     */
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

    /** True when {@code e} is in the chain from {@code head}. */
    static boolean contains(ClosedEntry head, ClosedEntry e) {
        for (ClosedEntry p = head; p != null; p = p.older) {
            if (p == e) {
                return true;
            }
        }
        return false;
    }

    /**
     * Cuts the chain after its first {@code keep} entries (keep at least 1); returns the first
     * cut entry (the rest follow it through {@link ClosedEntry#older}), or null when nothing was cut.
     */
    static ClosedEntry cutAfter(ClosedEntry head, int keep) {
        ClosedEntry p = head;
        for (int i = 1; i < keep && p != null; i++) {
            p = p.older;
        }
        if (p == null || p.older == null) {
            return null;
        }
        ClosedEntry cut = p.older;
        p.older = null;
        return cut;
    }

    /**
     * Cuts the chain before its first entry updated before {@code cutoff}; returns that entry
     * (the rest follow it), or null when every entry is at or after the cutoff. The head is
     * cut by the caller (it is the returned entry itself).
     */
    static ClosedEntry cutBefore(ClosedEntry head, Instant cutoff) {
        if (head == null || head.updatedBefore(cutoff)) {
            return head;
        }
        ClosedEntry p = head;
        while (p.older != null && !p.older.updatedBefore(cutoff)) {
            p = p.older;
        }
        ClosedEntry cut = p.older;
        p.older = null;
        return cut;
    }
}
