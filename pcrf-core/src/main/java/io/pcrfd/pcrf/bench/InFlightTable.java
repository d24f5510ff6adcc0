package io.pcrfd.pcrf.bench;

/**
 * The requests one connection has sent and awaits answers for, keyed by Hop-by-Hop id (RFC
 * 6733 §6.2: the answer carries it back). Parallel primitive arrays indexed by the id's low
 * bits, so a request costs no allocation. Owned by the connection's event loop: no locks.
 */
final class InFlightTable {
    private final int mask;
    private final boolean[] used;
    private final int[] hopByHop;
    private final int[] endToEnd;
    private final long[] session;
    private final byte[] step;
    private final long[] startNanos;
    private int nextHopByHop = 1;
    private int size;

    /** Room for at least {@code capacity} requests (rounded up to a power of two). */
    InFlightTable(int capacity) {
        int n = Integer.highestOneBit(Math.max(2, capacity - 1)) << 1;
        mask = n - 1;
        used = new boolean[n];
        hopByHop = new int[n];
        endToEnd = new int[n];
        session = new long[n];
        step = new byte[n];
        startNanos = new long[n];
    }

    int size() {
        return size;
    }

    int capacity() {
        return mask + 1;
    }

    /** Takes a slot for a new request; returns the slot, or -1 when the table is full. */
    int add(long sessionNo, int stepNo, long start, int e2e) {
        if (size > mask) {
            return -1;
        }
        int id = nextHopByHop++;
        while (used[id & mask]) {
            id = nextHopByHop++;
        }
        int slot = id & mask;
        used[slot] = true;
        hopByHop[slot] = id;
        endToEnd[slot] = e2e;
        session[slot] = sessionNo;
        step[slot] = (byte) stepNo;
        startNanos[slot] = start;
        size++;
        return slot;
    }

    /** The slot of the request answered by these ids, or -1 (unknown, late or mismatched). */
    int find(int hbh, int e2e) {
        int slot = hbh & mask;
        return used[slot] && hopByHop[slot] == hbh && endToEnd[slot] == e2e ? slot : -1;
    }

    void remove(int slot) {
        used[slot] = false;
        size--;
    }

    boolean used(int slot) {
        return used[slot];
    }

    int hopByHop(int slot) {
        return hopByHop[slot];
    }

    long session(int slot) {
        return session[slot];
    }

    int step(int slot) {
        return step[slot];
    }

    long startNanos(int slot) {
        return startNanos[slot];
    }
}
