package io.pcrfd.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Usage meters: batches add up, a report id counts once, a reset removes by name prefix,
 * expiry, and racing reports from many writers (the PCEF and the BPCF, several nodes) lose
 * nothing and count nothing twice.
 */
public interface MeterContract extends ConcurrencyContract {

    String SUB = "imsi:001010000000001";

    @Test
    default void batchesAddUpAndReturnEveryMeter() {
        var first = await(store().meters().add(SUB, "gx;1;1", Map.of("m|raw.mobile", 1000L, "m|rated", 1_000_000L),
                now().plus(TTL)));
        var second = await(store().meters().add(SUB, "s9a;2;1", Map.of("m|raw.fixed", 4000L, "m|rated", 2_000_000L),
                now().plus(TTL)));

        assertThat(first.applied()).isTrue();
        assertThat(second.applied()).isTrue();
        assertThat(second.meters()).containsExactlyInAnyOrderEntriesOf(
                Map.of("m|raw.mobile", 1000L, "m|raw.fixed", 4000L, "m|rated", 3_000_000L));
        assertThat(await(store().meters().get(SUB))).isEqualTo(second.meters());
        assertThat(await(store().meters().get("imsi:001010000000002"))).isEmpty();
    }

    @Test
    default void aRetransmittedReportCountsOnce() {
        await(store().meters().add(SUB, "gx;1;7", Map.of("m|rated", 5L), now().plus(TTL)));
        var again = await(store().meters().add(SUB, "gx;1;7", Map.of("m|rated", 5L), now().plus(TTL)));
        var noId = await(store().meters().add(SUB, "", Map.of("m|rated", 5L), now().plus(TTL)));
        var noIdAgain = await(store().meters().add(SUB, "", Map.of("m|rated", 5L), now().plus(TTL)));

        assertThat(again.applied()).isFalse();
        assertThat(again.meters()).containsEntry("m|rated", 5L);
        assertThat(noId.applied()).isTrue();
        assertThat(noIdAgain.meters()).containsEntry("m|rated", 15L);
    }

    @Test
    default void onlyTheLastSeenReportIdsAreRemembered() {
        for (int i = 0; i <= MeterStore.SEEN_REPORTS; i++) {
            await(store().meters().add(SUB, "r" + i, Map.of("m", 1L), now().plus(TTL)));
        }
        var newest = await(store().meters().add(SUB, "r" + MeterStore.SEEN_REPORTS, Map.of("m", 1L), now().plus(TTL)));
        var oldest = await(store().meters().add(SUB, "r0", Map.of("m", 1L), now().plus(TTL)));

        assertThat(newest.applied()).isFalse();
        assertThat(oldest.applied()).isTrue();
        assertThat(oldest.meters()).containsEntry("m", (long) MeterStore.SEEN_REPORTS + 2);
    }

    @Test
    default void resetRemovesTheMetersOfAPrefixOnly() {
        await(store().meters().add(SUB, "a", Map.of("gold|1|rated", 7L, "gold|1|raw.fixed", 7L, "night|1|rated", 3L),
                now().plus(TTL)));

        assertThat(await(store().meters().reset(SUB, "gold|"))).isEqualTo(2);
        assertThat(await(store().meters().get(SUB))).containsExactlyEntriesOf(Map.of("night|1|rated", 3L));
        assertThat(await(store().meters().reset(SUB, ""))).isEqualTo(1);
        assertThat(await(store().meters().get(SUB))).isEmpty();
        assertThat(await(store().meters().add(SUB, "a", Map.of("x", 1L), now().plus(TTL))).applied())
                .as("the seen report ids survive a reset").isFalse();
    }

    @Test
    default void expiredMetersReadEmpty() {
        await(store().meters().add(SUB, "a", Map.of("m", 42L), now().minus(Duration.ofSeconds(1))));

        assertThat(await(store().meters().get(SUB))).isEmpty();
    }

    @Test
    default void racingReportsAndRetransmissionsAddUpExactly() {
        int n = 400;
        List<MeterStore.Applied> out = race(n, i -> store().meters().add(SUB, "report-" + (i / 2),
                Map.of(i % 4 < 2 ? "m|raw.fixed" : "m|raw.mobile", 10L, "m|rated", 1L + i / 2), now().plus(TTL)));

        long applied = out.stream().filter(MeterStore.Applied::applied).count();
        Map<String, Long> end = await(store().meters().get(SUB));
        assertThat(applied).isEqualTo(n / 2);
        assertThat(end.get("m|raw.fixed") + end.get("m|raw.mobile")).isEqualTo(10L * n / 2);
        long ratedExpected = 0;
        for (int r = 0; r < n / 2; r++) {
            ratedExpected += 1 + r;
        }
        assertThat(end.get("m|rated")).isEqualTo(ratedExpected);
    }
}
