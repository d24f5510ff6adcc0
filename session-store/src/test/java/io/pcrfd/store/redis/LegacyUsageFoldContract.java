package io.pcrfd.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.Store;
import io.pcrfd.store.StoreFixture;
import io.pcrfd.store.model.CounterKey;
import io.pcrfd.store.model.CounterScope;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A Redis written by a pcrfd before usage hashes: each Monitoring-Key's usage is four counters
 * of scope MONITORING_KEY (the key, key/input, key/output, key/time), written here exactly as
 * that version wrote them (CounterStore.add, each with the report's expiry). The first add, read
 * or reset of the key takes them over once; owners without them work as before.
 */
interface LegacyUsageFoldContract extends StoreFixture {

    UsageKey OLD = new UsageKey("IMSI:001010000000123", "mk-video");
    String[] SUFFIXES = {"", "/input", "/output", "/time"};

    /** Another node on the same Redis and key prefix; the caller closes it. */
    Store openSecondNode();

    /** Whether the key {@code prefix + suffix} exists, read on the Redis node that holds it. */
    boolean exists(String suffix);

    private void writeOldCounters(UsageKey k, long total, long in, long out, long seconds, Instant expiresAt) {
        long[] values = {total, in, out, seconds};
        for (int f = 0; f < SUFFIXES.length; f++) {
            await(store().counters().add(counter(k, f), values[f], expiresAt));
        }
    }

    private static CounterKey counter(UsageKey k, int field) {
        return new CounterKey(CounterScope.MONITORING_KEY, k.owner(), k.monitoringKey() + SUFFIXES[field]);
    }

    private void assertOldCountersGone(UsageKey k) {
        for (int f = 0; f < SUFFIXES.length; f++) {
            assertThat(exists("c:" + counter(k, f).key())).as(counter(k, f).key()).isFalse();
        }
    }

    private long in(Duration d) {
        return now().plus(d).toEpochMilli();
    }

    @Test
    default void theFirstAddCarriesOnFromTheOldCountersAndTakesTheirPlace() {
        writeOldCounters(OLD, 1500, 1000, 500, 60, now().plus(TTL));
        long exp = in(TTL.multipliedBy(2));

        assertThat(await(store().usage().add(OLD, 100, 60, 40, 1, exp)))
                .isEqualTo(new UsageTotals(1600, 1060, 540, 61, exp));
        assertOldCountersGone(OLD);
        assertThat(await(store().usage().add(OLD, 100, 60, 40, 1, exp)))
                .as("folded once").isEqualTo(new UsageTotals(1700, 1120, 580, 62, exp));
    }

    @Test
    default void theFirstReadShowsTheOldCountersWithTheirExpiryAndTakesTheirPlace() {
        Instant oldExpiry = now().plus(TTL);
        writeOldCounters(OLD, 1500, 1000, 500, 60, oldExpiry);

        UsageTotals expected = new UsageTotals(1500, 1000, 500, 60, oldExpiry.toEpochMilli());
        assertThat(await(store().usage().get(OLD))).isEqualTo(expected);
        assertOldCountersGone(OLD);
        assertThat(await(store().usage().get(OLD))).isEqualTo(expected);
        long exp = in(TTL.multipliedBy(2));
        assertThat(await(store().usage().add(OLD, 100, 60, 40, 1, exp)))
                .isEqualTo(new UsageTotals(1600, 1060, 540, 61, exp));
    }

    @Test
    default void aResetTakesTheOldCountersAlongSoTheyDoNotComeBack() {
        Instant oldExpiry = now().plus(TTL);
        writeOldCounters(OLD, 1500, 1000, 500, 60, oldExpiry);

        assertThat(await(store().usage().reset(OLD)))
                .isEqualTo(new UsageTotals(1500, 1000, 500, 60, oldExpiry.toEpochMilli()));
        assertOldCountersGone(OLD);
        long exp = in(TTL);
        assertThat(await(store().usage().add(OLD, 7, 4, 3, 2, exp))).isEqualTo(new UsageTotals(7, 4, 3, 2, exp));
    }

    /** Two nodes adding to a key that has only old counters: every add sees them, and they count once. */
    @Test
    default void twoNodesRacingOnAnOldKeyEndWithTheExactSum() {
        writeOldCounters(OLD, 1_000_000, 600_000, 400_000, 3_000, now().plus(TTL));
        long exp = in(TTL.multipliedBy(2));
        int perNode = 200;
        List<CompletableFuture<UsageTotals>> adds = new ArrayList<>();
        try (Store second = openSecondNode()) {
            for (int i = 0; i < perNode; i++) {
                adds.add(store().usage().add(OLD, 1000, 600, 400, 3, exp).toCompletableFuture());
                adds.add(second.usage().add(OLD, 1000, 600, 400, 3, exp).toCompletableFuture());
                adds.add(second.usage().get(OLD).toCompletableFuture());
            }
            List<UsageTotals> seen = adds.stream().map(this::await).toList();

            long n = 2L * perNode;
            assertThat(await(second.usage().get(OLD))).isEqualTo(new UsageTotals(1_000_000 + 1000 * n,
                    600_000 + 600 * n, 400_000 + 400 * n, 3_000 + 3 * n, exp));
            assertThat(seen).as("every add and read saw the old totals")
                    .allMatch(t -> t.totalOctets() >= 1_000_000 && t.seconds() >= 3_000);
        }
        assertOldCountersGone(OLD);
    }

    @Test
    default void anOwnerWithoutOldCountersStartsFromZeroAndAReadWritesNothing() {
        UsageKey fresh = new UsageKey("IMSI:001010000000124", "mk-video");

        assertThat(await(store().usage().get(fresh))).isEqualTo(UsageTotals.NONE);
        assertThat(exists("u:" + fresh.owner() + ":" + fresh.monitoringKey())).as("a read writes nothing").isFalse();
        long exp = in(TTL);
        assertThat(await(store().usage().add(fresh, 7, 4, 3, 2, exp))).isEqualTo(new UsageTotals(7, 4, 3, 2, exp));
        assertThat(await(store().usage().reset(fresh))).isEqualTo(new UsageTotals(7, 4, 3, 2, exp));
    }

    /** Only the key's own four counters move: other keys, owners and scopes keep theirs. */
    @Test
    default void otherKeysOwnersAndScopesKeepTheirCounters() {
        writeOldCounters(OLD, 1500, 1000, 500, 60, now().plus(TTL));
        CounterKey subscriberTotal = new CounterKey(CounterScope.SUBSCRIBER, OLD.owner(), OLD.monitoringKey());
        await(store().counters().add(subscriberTotal, 9, now().plus(TTL)));
        long exp = in(TTL);

        await(store().usage().add(new UsageKey(OLD.owner(), "mk-voice"), 1, 1, 0, 0, exp));
        await(store().usage().add(new UsageKey("IMSI:001010000000125", OLD.monitoringKey()), 1, 1, 0, 0, exp));
        assertThat(exists("c:" + counter(OLD, 0).key())).as("left to the key's own first call").isTrue();
        await(store().usage().add(OLD, 1, 1, 0, 0, exp));

        assertThat(await(store().counters().get(subscriberTotal))).isEqualTo(9);
        assertOldCountersGone(OLD);
        assertThat(await(store().usage().get(OLD))).isEqualTo(new UsageTotals(1501, 1001, 500, 60, exp));
    }
}
