package io.pcrfd.store.memory;

import io.pcrfd.store.model.SessionContext;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The closed session contexts in the order their retention ends, to find the one to expire or
 * drop first. Sessions close in time order under one retention setting, so contexts almost
 * always arrive in deadline order: those are appended to a FIFO (one array slot each, no tree
 * node, no boxed key). One that arrives with an earlier deadline than the FIFO's last (a
 * retention changed by a reload, a clock step back, a snapshot restored in any order, two
 * closes racing) goes to a priority queue instead; the earliest is the earlier of the two
 * heads, so the order is exact either way.
 *
 * <p>An entry whose context was replaced (a later close of the same Session-Id) or removed
 * meanwhile stays until it comes up; the owner then finds nothing to remove and asks for the
 * next. One short lock guards both queues; callers change their maps outside it.
 */
final class ClosedOrder {
    private final ArrayDeque<SessionContext> inOrder = new ArrayDeque<>();
    private final PriorityQueue<SessionContext> outOfOrder =
            new PriorityQueue<>(Comparator.comparing(SessionContext::expiresAt));

    /** Files a context just stored. */
    synchronized void add(SessionContext c) {
        SessionContext last = inOrder.peekLast();
        if (last == null || !c.expiresAt().isBefore(last.expiresAt())) {
            inOrder.addLast(c);
        } else {
            outOfOrder.add(c);
        }
    }

    /** Removes and returns the entry whose retention ends first; null when none is filed. */
    synchronized SessionContext pollEarliest() {
        return earlierIsInOrder() ? inOrder.pollFirst() : outOfOrder.poll();
    }

    /** As {@link #pollEarliest}, only when that entry's retention has ended by {@code now}; else null. */
    synchronized SessionContext pollEnded(Instant now) {
        SessionContext first = earlierIsInOrder() ? inOrder.peekFirst() : outOfOrder.peek();
        return first == null || first.expiresAt().isAfter(now) ? null : pollEarliest();
    }

    /** Entries filed (held contexts plus replaced or removed ones not yet come up). */
    synchronized int size() {
        return inOrder.size() + outOfOrder.size();
    }

    private boolean earlierIsInOrder() {
        SessionContext a = inOrder.peekFirst();
        SessionContext b = outOfOrder.peek();
        return b == null || a != null && !b.expiresAt().isBefore(a.expiresAt());
    }
}
