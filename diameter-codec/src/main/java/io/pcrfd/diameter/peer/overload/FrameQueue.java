package io.pcrfd.diameter.peer.overload;

import io.netty.buffer.ByteBuf;

/**
 * The requests one connection has read and not yet handled, oldest first, each with the time
 * it was read ({@link System#nanoTime()} clock). A ring of two parallel arrays that doubles
 * when full, so queueing a request allocates nothing once the ring has grown to the
 * connection's working size. Owned by the connection's event loop.
 */
public final class FrameQueue {
    private ByteBuf[] frames = new ByteBuf[64];
    private long[] readAt = new long[64];
    private int head;
    private int size;

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public void add(ByteBuf frame, long readNanos) {
        if (size == frames.length) {
            grow();
        }
        int tail = (head + size) & (frames.length - 1);
        frames[tail] = frame;
        readAt[tail] = readNanos;
        size++;
    }

    /** When the oldest request was read; only when not empty. */
    public long oldestReadAt() {
        return readAt[head];
    }

    /** Removes and returns the oldest request; only when not empty. */
    public ByteBuf poll() {
        ByteBuf f = frames[head];
        frames[head] = null;
        head = (head + 1) & (frames.length - 1);
        size--;
        return f;
    }

    /** Releases every request still queued (the connection closed); returns how many there were. */
    public int clear() {
        int n = size;
        while (size > 0) {
            poll().release();
        }
        head = 0;
        return n;
    }

    private void grow() {
        ByteBuf[] f = new ByteBuf[frames.length * 2];
        long[] t = new long[f.length];
        for (int i = 0; i < size; i++) {
            int from = (head + i) & (frames.length - 1);
            f[i] = frames[from];
            t[i] = readAt[from];
        }
        frames = f;
        readAt = t;
        head = 0;
    }
}
