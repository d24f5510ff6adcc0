package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One key, any number of ids: the shape changes (single id, small set, concurrent set), the contents never do. */
class MultiIndexTest {
    @Test
    void idsComeBackExactlyAcrossEveryShapeBothWays() {
        MultiIndex<String> index = new MultiIndex<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = "s;" + i;
            index.add("198.51.100.1", id);
            index.add("198.51.100.1", id); // a repeated add changes nothing
            expected.add(id);
            assertThat(index.get("198.51.100.1")).containsExactlyInAnyOrderElementsOf(expected);
        }
        for (int i = 39; i >= 0; i--) {
            index.remove("198.51.100.1", "s;" + i);
            expected.remove("s;" + i);
            assertThat(index.get("198.51.100.1")).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(index.keyCount()).as("an emptied key is gone").isZero();
        index.remove("198.51.100.1", "s;0");
        index.add(null, "s;1");
        assertThat(index.get(null)).isEmpty();
        assertThat(index.keyCount()).isZero();
    }
}
