package io.pcrfd.pcrf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InFlightTableTest {

    @Test
    void anAnswerFindsItsRequestByHopByHopAndEndToEndOnce() {
        InFlightTable t = new InFlightTable(4);
        int slot = t.add(42, 2, 1000, 77);
        int hbh = t.hopByHop(slot);
        assertThat(t.find(hbh, 78)).as("wrong End-to-End id").isEqualTo(-1);
        assertThat(t.find(hbh, 77)).isEqualTo(slot);
        assertThat(t.session(slot)).isEqualTo(42);
        assertThat(t.step(slot)).isEqualTo(2);
        assertThat(t.startNanos(slot)).isEqualTo(1000);
        t.remove(slot);
        assertThat(t.find(hbh, 77)).as("a second answer is a stray").isEqualTo(-1);
        assertThat(t.size()).isZero();
    }

    @Test
    void aFullTableRefusesAndOutstandingIdsStayDistinct() {
        InFlightTable t = new InFlightTable(8);
        Set<Integer> ids = new HashSet<>();
        for (int i = 0; i < t.capacity(); i++) {
            int slot = t.add(i, 0, 0, i);
            assertThat(slot).isNotNegative();
            ids.add(t.hopByHop(slot));
        }
        assertThat(ids).hasSize(t.capacity());
        assertThat(t.add(99, 0, 0, 99)).isEqualTo(-1);
        int freed = t.find(ids.iterator().next(), 0) >= 0 ? 0 : 0;
        t.remove(freed);
        int again = t.add(100, 1, 0, 100);
        assertThat(again).isEqualTo(freed);
        assertThat(ids).doesNotContain(t.hopByHop(again));
    }
}
