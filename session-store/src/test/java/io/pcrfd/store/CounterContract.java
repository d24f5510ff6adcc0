package io.pcrfd.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.model.CounterKey;
import io.pcrfd.store.model.CounterScope;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Usage counters: add returns the new value, get, reset, expiry. */
public interface CounterContract extends StoreFixture {

    CounterKey MK = new CounterKey(CounterScope.MONITORING_KEY, "IMSI:001010000001", "mk-video");
    CounterKey SHARED = new CounterKey(CounterScope.SHARED_ACCOUNT, "family-42", "total");

    @Test
    default void addReturnsTheNewValue() {
        assertThat(await(store().counters().add(MK, 1500, now().plus(TTL)))).isEqualTo(1500);
        assertThat(await(store().counters().add(MK, 500, now().plus(TTL)))).isEqualTo(2000);
        assertThat(await(store().counters().add(MK, -2500, now().plus(TTL)))).isEqualTo(-500);
        assertThat(await(store().counters().get(MK))).isEqualTo(-500);
        assertThat(await(store().counters().get(SHARED))).isZero();
    }

    @Test
    default void resetReturnsTheOldValueAndStartsAgain() {
        await(store().counters().add(SHARED, 7_000_000_000L, now().plus(TTL)));

        assertThat(await(store().counters().reset(SHARED))).isEqualTo(7_000_000_000L);
        assertThat(await(store().counters().get(SHARED))).isZero();
        assertThat(await(store().counters().add(SHARED, 1, now().plus(TTL)))).isEqualTo(1);
    }

    @Test
    default void anExpiredCounterReadsZero() {
        await(store().counters().add(MK, 42, now().minus(Duration.ofSeconds(1))));

        assertThat(await(store().counters().get(MK))).isZero();
    }
}
