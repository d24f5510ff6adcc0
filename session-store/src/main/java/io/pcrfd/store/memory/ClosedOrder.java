package io.pcrfd.store.memory;

import java.time.Instant;
import java.util.Arrays;

/**
 * The held closed session contexts in the order their retention ends, to find the one to
 * expire or drop first. Sessions close in time order under one retention setting, so contexts
 * almost always arrive in deadline order: those are appended to a FIFO linked through the
 * entries themselves (no node, no array slot, no boxed key). One that arrives a little late
 * (two event loops closing at once: each read its clock before the other took the lock) is
 * put in its place among the FIFO's last {@value #TAIL_WALK}, in as many steps. One that
 * arrives with an earlier deadline than those (a retention changed by a reload, a clock step
 * back, a snapshot restored in any order) goes to a binary heap instead, which records each
 * entry's index in it; the earliest is the earlier of the two heads, so the order is exact
 * either way, and the common path never sifts.
 *
 * <p>An entry leaves when it comes up or when its context is removed otherwise (replaced by a
 * later close of the same Session-Id, dropped past its subscriber's bound, removed by age):
 * unlinked from the FIFO in constant time or taken out of the heap in logarithmic time, so the
 * order holds exactly the held contexts, whatever the mix of closes and drops. One short lock
 * guards both; callers may call it holding a {@link ClosedIndex} bucket's lock, never the
 * other way round.
 */
final class ClosedOrder {
    /** How far back from the FIFO's last a late context is put in its place before it goes to the heap. */
    static final int TAIL_WALK = 8;

    private ClosedEntry first;
    private ClosedEntry last;
    private int inOrder;
    private ClosedEntry[] heap = new ClosedEntry[16];
    private int heapSize;
    /** Entries handed back past the maximum since {@link #takeHandedBack}. */
    private long handedBack;

    /** Files a context just stored. */
    synchronized void add(ClosedEntry e) {
        ClosedEntry p = last;
        for (int i = 0; i < TAIL_WALK && p != null && e.expiresBefore(p); i++) {
            p = p.before;
        }
        if (p == null || !e.expiresBefore(p)) {
            linkAfter(p, e);
        } else {
            heapAdd(e);
        }
    }

    /**
     * Files a context just stored, then, when more than {@code max} are filed, removes and
     * returns the one whose retention ends first (possibly {@code e}); else null. One lock for
     * both, as a close at the cap needs both.
     */
    synchronized ClosedEntry add(ClosedEntry e, int max) {
        add(e);
        ClosedEntry over = pollOver(max);
        if (over != null) {
            handedBack++;
        }
        return over;
    }

    /** How many {@link #add(ClosedEntry, int)} handed back since the last call. */
    synchronized long takeHandedBack() {
        long n = handedBack;
        handedBack = 0;
        return n;
    }

    /** As {@link #pollEarliest} when more than {@code max} are filed; else null. */
    synchronized ClosedEntry pollOver(int max) {
        return inOrder + heapSize > max ? pollEarliest() : null;
    }

    /** Takes {@code e} out wherever it is filed; nothing when it is not filed (any more). */
    synchronized void remove(ClosedEntry e) {
        if (e.slot == ClosedEntry.IN_FIFO) {
            unlink(e);
        } else if (e.slot >= 0) {
            heapRemoveAt(e.slot);
        }
    }

    /** Removes and returns the entry whose retention ends first; null when none is filed. */
    synchronized ClosedEntry pollEarliest() {
        ClosedEntry e = earliest();
        if (e != null) {
            remove(e);
        }
        return e;
    }

    /** As {@link #pollEarliest}, only when that entry's retention has ended by {@code now}; else null. */
    synchronized ClosedEntry pollEnded(Instant now) {
        ClosedEntry e = earliest();
        return e == null || e.expiresAfter(now) ? null : pollEarliest();
    }

    /** Entries filed (the held contexts). */
    synchronized int size() {
        return inOrder + heapSize;
    }

    /** Entries filed in the heap, out of retention order (for tests). */
    synchronized int outOfOrder() {
        return heapSize;
    }

    private ClosedEntry earliest() {
        ClosedEntry a = first;
        ClosedEntry b = heapSize == 0 ? null : heap[0];
        return b == null || a != null && !b.expiresBefore(a) ? a : b;
    }

    /** Links {@code e} into the FIFO after {@code p} (first when {@code p} is null). */
    private void linkAfter(ClosedEntry p, ClosedEntry e) {
        ClosedEntry next = p == null ? first : p.after;
        e.before = p;
        e.after = next;
        if (p == null) {
            first = e;
        } else {
            p.after = e;
        }
        if (next == null) {
            last = e;
        } else {
            next.before = e;
        }
        e.slot = ClosedEntry.IN_FIFO;
        inOrder++;
    }

    private void unlink(ClosedEntry e) {
        if (e.before == null) {
            first = e.after;
        } else {
            e.before.after = e.after;
        }
        if (e.after == null) {
            last = e.before;
        } else {
            e.after.before = e.before;
        }
        e.before = null;
        e.after = null;
        e.slot = ClosedEntry.UNFILED;
        inOrder--;
    }

    private void heapAdd(ClosedEntry e) {
        if (heapSize == heap.length) {
            heap = Arrays.copyOf(heap, heapSize * 2);
        }
        place(e, heapSize++);
        siftUp(e.slot);
    }

    private void heapRemoveAt(int i) {
        ClosedEntry removed = heap[i];
        ClosedEntry moved = heap[--heapSize];
        heap[heapSize] = null;
        removed.slot = ClosedEntry.UNFILED;
        if (moved != removed) {
            place(moved, i);
            siftDown(i);
            siftUp(moved.slot);
        }
        if (heap.length > 16 && heapSize < heap.length / 4) {
            heap = Arrays.copyOf(heap, heap.length / 2); // a burst out of order has passed
        }
    }

    private void siftUp(int i) {
        while (i > 0 && earlier(heap[i], heap[(i - 1) / 2])) {
            swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    private void siftDown(int i) {
        for (int child = 2 * i + 1; child < heapSize; child = 2 * i + 1) {
            if (child + 1 < heapSize && earlier(heap[child + 1], heap[child])) {
                child++;
            }
            if (!earlier(heap[child], heap[i])) {
                return;
            }
            swap(i, child);
            i = child;
        }
    }

    private void swap(int i, int j) {
        ClosedEntry a = heap[i];
        place(heap[j], i);
        place(a, j);
    }

    private void place(ClosedEntry e, int i) {
        heap[i] = e;
        e.slot = i;
    }

    private static boolean earlier(ClosedEntry a, ClosedEntry b) {
        return a.expiresBefore(b);
    }
}
