package io.pcrfd.diameter.peer.overload;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.DefaultEventLoop;
import io.netty.channel.EventLoop;
import io.pcrfd.diameter.dictionary.Dictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The node-wide pending and arrival counts kept per event loop: what each loop adds from its
 * own thread, and what is added from any other thread, are all in the sums.
 */
class LoopCountsTest {
    private final OverloadControl control = new OverloadControl(OverloadOptions.DEFAULTS, Dictionary.standard());

    @Test
    void countsOfEveryLoopAndOfOtherThreadsAreSummed() throws Exception {
        EventLoop a = new DefaultEventLoop();
        EventLoop b = new DefaultEventLoop();
        try {
            LoopCounts ca = control.counts(a);
            LoopCounts cb = control.counts(b);
            assertThat(control.counts(a)).isSameAs(ca);
            a.submit(() -> bump(ca, 1_000)).get(5, TimeUnit.SECONDS);
            b.submit(() -> bump(cb, 300)).get(5, TimeUnit.SECONDS);
            ca.pending(5); // from the test thread, not loop a's: goes to the shared counter
            assertThat(control.pending()).isEqualTo(1_305);
            a.submit(() -> ca.pending(-1_000)).get(5, TimeUnit.SECONDS);
            cb.pending(-300);
            ca.pending(-5);
            assertThat(control.pending()).isZero();
        } finally {
            a.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            b.shutdownGracefully(0, 0, TimeUnit.SECONDS);
        }
    }

    @Test
    void arrivalsOfEveryLoopReachThePeriodsReport() throws Exception {
        EventLoop a = new DefaultEventLoop();
        try {
            LoopCounts ca = control.counts(a);
            a.submit(() -> {
                for (int i = 0; i < 199; i++) {
                    ca.arrived();
                }
            }).get(5, TimeUnit.SECONDS);
            control.arrived();
            // 200 arrivals, half of them refused, none from DOIC nodes: a reduction of 50 %
            // (100 % if the loop's arrivals were missed)
            for (int i = 0; i < 100; i++) {
                control.refusedOnArrival();
            }
            control.tick(TimeUnit.SECONDS.toNanos(1), 1_000);
            assertThat(control.report().abatement().reduction()).isEqualTo(50);
        } finally {
            a.shutdownGracefully(0, 0, TimeUnit.SECONDS);
        }
    }

    @Test
    void loopsBeyondTheCellsUseTheSharedCounters() throws Exception {
        List<EventLoop> loops = new ArrayList<>();
        try {
            for (int i = 0; i <= OverloadControl.MAX_LOOP_CELLS; i++) {
                EventLoop l = new DefaultEventLoop();
                loops.add(l);
                LoopCounts c = control.counts(l);
                l.submit(() -> c.pending(2)).get(5, TimeUnit.SECONDS);
            }
            assertThat(control.pending()).isEqualTo(2L * (OverloadControl.MAX_LOOP_CELLS + 1));
        } finally {
            loops.forEach(l -> l.shutdownGracefully(0, 0, TimeUnit.SECONDS));
        }
    }

    private static void bump(LoopCounts c, int n) {
        for (int i = 0; i < n; i++) {
            c.pending(1);
        }
    }
}
