package io.pcrfd.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Usage totals per owner and Monitoring-Key: an add returns the four totals after it and
 * refreshes the expiry, a read, a reset, expiry. Racing adds are in {@link ConcurrencyContract}.
 */
public interface UsageContract extends StoreFixture {

    UsageKey VIDEO = new UsageKey("IMSI:001010000001", "mk-video");

    private long in(Duration d) {
        return now().plus(d).toEpochMilli();
    }

    @Test
    default void anAddReturnsTheFourTotalsAfterIt() {
        long exp = in(TTL);

        assertThat(await(store().usage().add(VIDEO, 1500, 1000, 500, 60, exp)))
                .isEqualTo(new UsageTotals(1500, 1000, 500, 60, exp));
        assertThat(await(store().usage().add(VIDEO, 2500, 2000, 500, 30, exp)))
                .isEqualTo(new UsageTotals(4000, 3000, 1000, 90, exp));
        assertThat(await(store().usage().get(VIDEO))).isEqualTo(new UsageTotals(4000, 3000, 1000, 90, exp));
    }

    @Test
    default void totalsBelongToOneOwnerAndOneKey() {
        await(store().usage().add(VIDEO, 1500, 1000, 500, 60, in(TTL)));

        assertThat(await(store().usage().get(new UsageKey(VIDEO.owner(), "mk-voice")))).isEqualTo(UsageTotals.NONE);
        assertThat(await(store().usage().get(new UsageKey("IMSI:001010000002", VIDEO.monitoringKey()))))
                .isEqualTo(UsageTotals.NONE);
        assertThat(await(store().usage().get(new UsageKey("SESSION:pgw;1;1", "mk-video")))).isEqualTo(UsageTotals.NONE);
    }

    /** Usage counted in 2^32 octets and more: a total is a 64-bit integer. */
    @Test
    default void totalsPastFourGigabytesAreKept() {
        long exp = in(TTL);
        await(store().usage().add(VIDEO, 7_000_000_000L, 6_000_000_000L, 1_000_000_000L, 0, exp));

        assertThat(await(store().usage().add(VIDEO, 7_000_000_000L, 6_000_000_000L, 1_000_000_000L, 0, exp)))
                .isEqualTo(new UsageTotals(14_000_000_000L, 12_000_000_000L, 2_000_000_000L, 0, exp));
    }

    @Test
    default void eachAddRefreshesTheExpiry() {
        await(store().usage().add(VIDEO, 100, 60, 40, 1, in(TTL)));
        long later = in(TTL.multipliedBy(3));

        assertThat(await(store().usage().add(VIDEO, 100, 60, 40, 1, later)).expiresAtMillis()).isEqualTo(later);
        assertThat(await(store().usage().get(VIDEO)).expiresAtMillis()).isEqualTo(later);
    }

    @Test
    default void expiredTotalsReadAsNoneAndTheNextAddStartsFromZero() {
        await(store().usage().add(VIDEO, 100, 60, 40, 1, in(Duration.ofSeconds(-1))));

        assertThat(await(store().usage().get(VIDEO))).isEqualTo(UsageTotals.NONE);
        long exp = in(TTL);
        assertThat(await(store().usage().add(VIDEO, 7, 4, 3, 2, exp))).isEqualTo(new UsageTotals(7, 4, 3, 2, exp));
    }

    @Test
    default void resetReturnsWhatTheEntryHeldAndStartsAgain() {
        long exp = in(TTL);
        await(store().usage().add(VIDEO, 1500, 1000, 500, 60, exp));

        assertThat(await(store().usage().reset(VIDEO))).isEqualTo(new UsageTotals(1500, 1000, 500, 60, exp));
        assertThat(await(store().usage().get(VIDEO))).isEqualTo(UsageTotals.NONE);
        assertThat(await(store().usage().reset(VIDEO))).isEqualTo(UsageTotals.NONE);
        assertThat(await(store().usage().add(VIDEO, 1, 1, 0, 0, exp))).isEqualTo(new UsageTotals(1, 1, 0, 0, exp));
    }
}
