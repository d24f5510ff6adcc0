package io.pcrfd.pcrf.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.console.LadderEntry.Direction;
import org.junit.jupiter.api.Test;

/** The ring wraps at every position and never holds more than its capacity. */
class LadderRingTest {

    @Test
    void everyLengthUpToThreeTimesTheCapacityKeepsTheLastOnesInOrder() {
        for (int capacity = 1; capacity <= 5; capacity++) {
            for (int n = 0; n <= 3 * capacity; n++) {
                LadderRing ring = new LadderRing(capacity);
                for (int i = 0; i < n; i++) {
                    ring.add(new LadderEntry(0, i, Direction.OUT, "p", "RAR", "Gx", true, i, 0));
                }
                int kept = Math.min(n, capacity);
                assertThat(ring.entries()).as("capacity %d after %d", capacity, n)
                        .extracting(LadderEntry::hopByHop)
                        .containsExactlyElementsOf(java.util.stream.LongStream.range(n - kept, n).boxed().toList());
                assertThat(ring.total()).isEqualTo(n);
            }
        }
    }
}
