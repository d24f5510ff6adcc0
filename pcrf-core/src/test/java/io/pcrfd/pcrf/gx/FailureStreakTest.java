package io.pcrfd.pcrf.gx;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.StoreUnavailableException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** A store outage seen by a task every 100 ms gives a handful of log lines, not ten a second. */
class FailureStreakTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T12:00:00Z"));
    private final FailureStreak streak = new FailureStreak("inactivity audit", clock);

    @Test
    void aFiveMinuteOutageAtTenPassesASecondLogsFiveLinesThenOneWhenItEnds() {
        List<String> lines = new ArrayList<>();
        for (int pass = 0; pass < 3000; pass++) {
            lines.add(streak.failed(new StoreUnavailableException("redis unreachable", null)));
            clock.advance(Duration.ofMillis(100));
        }
        List<String> logged = lines.stream().filter(Objects::nonNull).toList();

        assertThat(logged).hasSize(5);
        assertThat(logged.get(0)).startsWith("inactivity audit failed: ").contains("redis unreachable");
        assertThat(logged.get(1)).startsWith("inactivity audit still failing (601 passes in a row)");
        assertThat(streak.succeeded()).isEqualTo("inactivity audit works again after 3000 failed passes");
        assertThat(streak.succeeded()).as("nothing to say after a pass that followed a success").isNull();
        assertThat(streak.failed(new StoreUnavailableException("again", null))).as("a new streak is logged in full")
                .startsWith("inactivity audit failed: ");
    }
}
