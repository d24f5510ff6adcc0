package io.pcrfd.diameter.peer.overload;

import io.netty.util.concurrent.EventExecutor;

/**
 * One event loop's share of the node-wide counts of {@link OverloadControl}: the requests it
 * holds unanswered and the requests that arrived on its connections. Every connection of a loop
 * updates them from that loop only, so they are plain single-writer cells (an ordinary store,
 * no atomic read-modify-write and no fence), which the node's sums read from any thread. An
 * update from any other thread (never the case in the peer layer, whose handlers and answer
 * callbacks all run on the connection's loop) goes to the shared atomic counters instead, so
 * the counts stay exact whoever calls.
 */
public final class LoopCounts {
    private final OverloadControl control;
    private final EventExecutor loop;
    /** Index of this loop's pending count in the control's cells; -1 when it has none (all shared). */
    private final int cell;

    LoopCounts(OverloadControl control, EventExecutor loop, int cell) {
        this.control = control;
        this.loop = loop;
        this.cell = cell;
    }

    /** As {@link OverloadControl#pending(int)}. */
    public void pending(int delta) {
        if (cell >= 0 && loop.inEventLoop()) {
            control.addToCell(cell, delta);
        } else {
            control.pending(delta);
        }
    }

    /** As {@link OverloadControl#arrived()}. */
    public void arrived() {
        if (cell >= 0 && loop.inEventLoop()) {
            control.addToCell(cell + 1, 1);
        } else {
            control.arrived();
        }
    }
}
