package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SessionState;
import io.pcrfd.store.model.SubscriberId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Closed contexts by the end of their retention: a FIFO for those in order, exact for the others. */
class ClosedOrderTest {
    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
    private static final SharedValues SHARED = new SharedValues();
    private final ClosedOrder order = new ClosedOrder();

    @Test
    void contextsArrivingInDeadlineOrderComeOutInIt() {
        for (int i = 0; i < 5; i++) {
            order.add(context("s" + i, i));
        }
        assertThat(drain()).containsExactly("s0", "s1", "s2", "s3", "s4");
    }

    @Test
    void aContextArrivingWithAnEarlierDeadlineComesOutFirstAllTheSame() {
        order.add(context("late", 10));
        order.add(context("later", 20));
        order.add(context("restored", 5)); // e.g. a snapshot restored out of order
        order.add(context("shorter", 15)); // e.g. a shorter retention after a reload
        order.add(context("last", 30));

        assertThat(order.size()).isEqualTo(5);
        assertThat(drain()).containsExactly("restored", "late", "shorter", "later", "last");
        assertThat(order.pollEarliest()).isNull();
    }

    @Test
    void aContextALittleLateTakesItsPlaceInTheFifoAndOneFarLateGoesToTheHeap() {
        for (int i = 0; i < 20; i++) {
            order.add(context("s" + i, 10 * i));
        }
        order.add(context("racing", 185)); // between s18 and s19: two event loops closing at once
        order.add(context("tied", 180)); // after s18, which ends at the same time and came first
        order.add(context("reloaded", 5)); // more than TAIL_WALK back: a shorter retention after a reload

        assertThat(order.outOfOrder()).isEqualTo(1);
        assertThat(drain()).containsSubsequence("s0", "reloaded", "s1")
                .endsWith("s17", "s18", "tied", "racing", "s19").hasSize(23);
    }

    @Test
    void pastTheMaximumAnAddHandsBackTheEarliestAndOnlyThen() {
        order.add(context("a", 10));
        order.add(context("b", 20));

        assertThat(order.add(context("c", 30), 3)).isNull();
        assertThat(order.add(context("early", 5), 3).sessionId()).isEqualTo("early");
        assertThat(order.add(context("d", 40), 3).sessionId()).isEqualTo("a");
        assertThat(order.pollOver(3)).isNull();
        assertThat(order.pollOver(2).sessionId()).isEqualTo("b");
        assertThat(order.size()).isEqualTo(2);
        assertThat(order.takeHandedBack()).as("the adds' drops").isEqualTo(2);
        assertThat(order.takeHandedBack()).isZero();
    }

    @Test
    void onlyContextsWhoseRetentionEndedByNowAreEnded() {
        order.add(context("a", 1));
        order.add(context("b", 2));
        order.add(context("c", 0)); // out of order

        assertThat(order.pollEnded(T0.plusSeconds(1)).sessionId()).isEqualTo("c");
        assertThat(order.pollEnded(T0.plusSeconds(1)).sessionId()).as("ends at now").isEqualTo("a");
        assertThat(order.pollEnded(T0.plusSeconds(1))).as("b ends later").isNull();
        assertThat(order.size()).isEqualTo(1);
    }

    @Test
    void anEntryRemovedFromTheFifoOrTheHeapNeverComesUpAndTheRestKeepTheirOrder() {
        ClosedEntry a = context("a", 10);
        ClosedEntry b = context("b", 20);
        ClosedEntry c = context("c", 30);
        ClosedEntry early = context("early", 5);
        ClosedEntry earlier = context("earlier", 1);
        for (ClosedEntry e : List.of(a, b, c, early, earlier)) {
            order.add(e);
        }
        order.remove(b); // the middle of the FIFO
        order.remove(earlier); // the head of the heap
        order.remove(earlier); // twice: nothing

        assertThat(order.size()).isEqualTo(3);
        assertThat(drain()).containsExactly("early", "a", "c");
    }

    @Test
    void randomAddsAndRemovalsComeOutInDeadlineOrder() {
        java.util.Random random = new java.util.Random(42);
        List<ClosedEntry> held = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            int deadline = random.nextInt(10) == 0 ? random.nextInt(i + 1) : i; // mostly in order
            ClosedEntry e = context("s" + i, deadline);
            order.add(e);
            held.add(e);
            if (random.nextInt(3) == 0) {
                order.remove(held.remove(random.nextInt(held.size())));
            }
        }
        assertThat(order.size()).isEqualTo(held.size());
        List<Instant> out = new ArrayList<>();
        List<ClosedEntry> polled = new ArrayList<>();
        for (ClosedEntry e = order.pollEarliest(); e != null; e = order.pollEarliest()) {
            out.add(e.context(SHARED).expiresAt());
            polled.add(e);
        }
        assertThat(out).isSorted();
        assertThat(polled).containsExactlyInAnyOrderElementsOf(held);
    }

    private List<String> drain() {
        List<String> out = new ArrayList<>();
        for (ClosedEntry c = order.pollEarliest(); c != null; c = order.pollEarliest()) {
            out.add(c.sessionId());
        }
        return out;
    }

    private static ClosedEntry context(String sessionId, int endsAfterSeconds) {
        return new ClosedEntry(new SessionContext(SubscriberId.imsi("001010000000001"), "internet", sessionId, SessionState.CLOSED,
                null, null, T0, T0, null, null, null, List.of(), null, null, List.of(), "pgw",
                T0.plusSeconds(endsAfterSeconds), List.of()), SHARED);
    }
}
