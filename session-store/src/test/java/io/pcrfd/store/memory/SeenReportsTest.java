package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.MeterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The ring of seen report ids: bounded, oldest forgotten first, order kept for snapshots. */
class SeenReportsTest {
    private static final int N = MeterStore.SEEN_REPORTS;

    @Test
    void remembersUpToTheBoundAndForgetsTheOldestFirst() {
        SeenReports s = new SeenReports();
        for (int i = 0; i < N + 3; i++) {
            s.add("r" + i);
        }

        assertThat(s.contains("r0")).isFalse();
        assertThat(s.contains("r2")).isFalse();
        assertThat(s.contains("r3")).isTrue();
        assertThat(s.contains("r" + (N + 2))).isTrue();
        assertThat(s.oldestFirst()).hasSize(N).startsWith("r3", "r4").endsWith("r" + (N + 2));
    }

    @Test
    void belowTheBoundTheIdsComeBackInArrivalOrder() {
        SeenReports s = new SeenReports();
        List<String> ids = IntStream.range(0, 20).mapToObj(i -> "gx;" + i).toList();
        ids.forEach(s::add);
        s.add("gx;3"); // already there: no second slot

        assertThat(s.oldestFirst()).containsExactlyElementsOf(ids);
    }

    @Test
    void aSnapshotListLongerThanTheBoundKeepsItsNewestIds() {
        List<String> old = new ArrayList<>();
        for (int i = 0; i < N + 5; i++) {
            old.add("s9a;" + i);
        }

        SeenReports s = SeenReports.of(old);

        assertThat(s.oldestFirst()).containsExactlyElementsOf(old.subList(5, N + 5));
        assertThat(s.contains("s9a;4")).isFalse();
        s.add("next");
        assertThat(s.contains("s9a;5")).isFalse();
        assertThat(s.contains("s9a;6")).isTrue();
    }
}
