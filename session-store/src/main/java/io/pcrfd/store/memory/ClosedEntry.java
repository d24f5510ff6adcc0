package io.pcrfd.store.memory;

import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SubscriberId;
import java.time.Instant;

/**
 * One held closed session context, with the links that file it in two places without a node
 * object of their own: its subscriber's chain, newest update first ({@link ClosedChain}), and
 * the store-wide order of retention ends ({@link ClosedOrder}). Either link is unlinked in
 * constant time, so dropping a context (past its subscriber's bound, past the store's cap, at
 * the end of its retention) never scans or copies anything but its subscriber's chain.
 */
final class ClosedEntry {
    /** {@link #slot} of an entry filed in {@link ClosedOrder}'s FIFO. */
    static final int IN_FIFO = -1;
    /** {@link #slot} of an entry not filed in {@link ClosedOrder}. */
    static final int UNFILED = -2;

    private final SessionContext context;

    /**
     * The subscriber's next older context; written only inside the subscriber's
     * {@code compute} of the store's map, read without a lock (volatile so that a reader
     * walking the chain sees every entry it reaches whole).
     */
    volatile ClosedEntry older;

    /** The previous and next entry of {@link ClosedOrder}'s FIFO; guarded by its lock. */
    ClosedEntry before;
    ClosedEntry after;

    /** Where {@link ClosedOrder} filed it: {@link #IN_FIFO}, {@link #UNFILED} or an index in its heap. */
    int slot = UNFILED;

    ClosedEntry(SessionContext context) {
        this.context = context;
    }

    SessionContext context() {
        return context;
    }

    SubscriberId trafficId() {
        return context.trafficId();
    }

    String sessionId() {
        return context.sessionId();
    }

    Instant updateTime() {
        return context.updateTime();
    }

    Instant expiresAt() {
        return context.expiresAt();
    }
}
