package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.CasResult;
import io.pcrfd.store.ExpiredSession;
import io.pcrfd.store.Store;
import io.pcrfd.store.StoreFixture;
import io.pcrfd.store.TestClock;
import io.pcrfd.store.model.CounterKey;
import io.pcrfd.store.model.CounterScope;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SessionState;
import io.pcrfd.store.model.SubscriberBinding;
import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.model.TriggerIdentification;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Expiry and retention driven by the test clock: no sleeps, sweep() called by hand. */
class InMemoryExpiryTest implements StoreFixture {

    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemoryStore store = InMemoryStore.open(
            InMemoryStoreOptions.DEFAULTS.withSweepInterval(Duration.ZERO), clock);

    @Override
    public Store store() {
        return store;
    }

    @Override
    public TestClock clock() {
        return clock;
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aSessionVanishesAtItsExpiryAndSweepFreesItsIndexes() {
        IpCanSession s = await(store.sessions().create(session(1).build())).value();

        clock.advance(TTL.minusMillis(1));
        assertThat(await(store.sessions().findByIpv4(s.ueIpv4(), "internet", null))).contains(s);

        clock.advance(Duration.ofMillis(1));
        assertThat(await(store.sessions().get(s.sessionId()))).isEmpty();
        assertThat(await(store.sessions().findByGateway(s.gatewayHost()))).isEmpty();
        assertThat(store.sessionCount()).isEqualTo(1);

        assertThat(await(store.sweep())).isEqualTo(1);
        assertThat(store.sessionCount()).isZero();
        assertThat(await(store.sessions().create(session(2).ueIpv4(s.ueIpv4()).build())).claimed()).isTrue();
    }

    @Test
    void aSweptSessionIsHandedOverClosedWithItsContextForItsRetention() {
        IpCanSession s = await(store.sessions().create(session(5).build())).value();
        clock.advance(TTL.plusMinutes(1));
        assertThat(await(store.sweep())).isEqualTo(1);
        assertThat(store.expiredSessionCount()).isEqualTo(1);

        List<ExpiredSession> taken = await(store.sessions().takeExpired(clock.instant(),
                clock.instant().plus(Duration.ofHours(24)), 10));

        assertThat(taken).singleElement().satisfies(e -> {
            assertThat(e.sessionId()).isEqualTo(s.sessionId());
            assertThat(e.session()).hasValueSatisfying(c -> assertThat(c).isEqualTo(s.toBuilder()
                    .state(SessionState.CLOSED).updatedAt(clock.instant()).build()));
        });
        assertThat(store.expiredSessionCount()).isZero();
        SubscriberId imsi = SubscriberId.imsi(s.imsi());
        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(await(store.contexts().findClosed("internet", imsi))).hasValueSatisfying(c -> {
            assertThat(c.sessionId()).isEqualTo(s.sessionId());
            assertThat(c.state()).isEqualTo(SessionState.CLOSED);
        });
    }

    @Test
    void anUpdateThatExtendsTheExpiryKeepsTheSession() {
        IpCanSession v1 = await(store.sessions().create(session(3).build())).value();
        clock.advance(TTL.minusSeconds(1));

        await(store.sessions().update(v1.toBuilder().updatedAt(clock.instant())
                .expiresAt(clock.instant().plus(TTL)).build()));
        clock.advance(Duration.ofMinutes(1));

        assertThat(await(store.sweep())).isZero();
        assertThat(await(store.sessions().get(v1.sessionId())).map(IpCanSession::version)).contains(2L);
    }

    @Test
    void aClosedContextIsKeptForItsRetentionThenSwept() {
        IpCanSession s = await(store.sessions().create(session(4).build())).value();
        await(store.sessions().close(s.sessionId(), clock.instant(), clock.instant().plus(Duration.ofDays(7))));
        SubscriberId imsi = SubscriberId.imsi(s.imsi());

        clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(await(store.contexts().findClosed("internet", imsi))).isPresent();

        clock.advance(Duration.ofSeconds(1));
        assertThat(await(store.contexts().find("internet", imsi))).isEmpty();
        assertThat(await(store.sweep())).isEqualTo(1);
    }

    @Test
    void bindingsTriggersAndCountersExpireOnTheClock() {
        SubscriberId sub = SubscriberId.imsi("001010000000321");
        await(store.bindings().bindIfAbsent(new SubscriberBinding(sub, "internet", "pcrf-a",
                clock.instant(), clock.instant().plusSeconds(60))));
        await(store.triggers().createIfAbsent(trigger("t1", "192.0.2.1", null, null)));
        CounterKey key = new CounterKey(CounterScope.SUBSCRIBER, sub.key(), "total");
        await(store.counters().add(key, 10, clock.instant().plusSeconds(60)));

        clock.advance(TTL);

        assertThat(await(store.bindings().find(sub, "internet"))).isEmpty();
        assertThat(await(store.triggers().match(new TriggerIdentification(null, "192.0.2.1", null, null, null))))
                .isEmpty();
        assertThat(await(store.triggers().update(trigger("t1", "192.0.2.1", null, null).withVersion(1))))
                .isEqualTo(new CasResult.Missing<>());
        assertThat(await(store.counters().get(key))).isZero();
        assertThat(await(store.sweep())).isEqualTo(3);
    }

    @Test
    void aCounterRenewedPastItsFirstExpirySurvivesTheSweepAndExpiresAtTheLaterOne() {
        CounterKey key = new CounterKey(CounterScope.MONITORING_KEY, "IMSI:001010000000322", "mk1");
        await(store.counters().add(key, 10, clock.instant().plusSeconds(60)));
        clock.advance(Duration.ofSeconds(30));
        await(store.counters().add(key, 5, clock.instant().plusSeconds(60)));

        clock.advance(Duration.ofSeconds(45));
        assertThat(await(store.sweep())).isZero();
        assertThat(await(store.counters().get(key))).isEqualTo(15);

        clock.advance(Duration.ofSeconds(15));
        assertThat(await(store.sweep())).isEqualTo(1);
        assertThat(await(store.counters().get(key))).isZero();
    }

    @Test
    void usageTotalsRenewedPastTheirFirstExpirySurviveTheSweepAndExpireAtTheLaterOne() {
        UsageKey key = new UsageKey("IMSI:001010000000323", "mk1");
        await(store.usage().add(key, 10, 6, 4, 1, clock.instant().plusSeconds(60).toEpochMilli()));
        clock.advance(Duration.ofSeconds(30));
        long later = clock.instant().plusSeconds(60).toEpochMilli();
        await(store.usage().add(key, 5, 3, 2, 1, later));

        clock.advance(Duration.ofSeconds(45));
        assertThat(await(store.sweep())).isZero();
        assertThat(await(store.usage().get(key))).isEqualTo(new UsageTotals(15, 9, 6, 2, later));

        clock.advance(Duration.ofSeconds(15));
        assertThat(await(store.usage().get(key))).isEqualTo(UsageTotals.NONE);
        assertThat(await(store.sweep())).isEqualTo(1);
        assertThat(await(store.sweep())).isZero();
    }

    @Test
    void theCapDropsTheOldestClosedContextAndTheSweepCountsOnlyExpiredOnes() {
        try (InMemoryStore capped = InMemoryStore.open(InMemoryStoreOptions.DEFAULTS
                .withSweepInterval(Duration.ZERO).withClosedMaxEntries(2), clock)) {
            for (int n = 40; n < 43; n++) {
                IpCanSession s = await(capped.sessions().create(session(n).build())).value();
                await(capped.sessions().close(s.sessionId(), clock.instant(), clock.instant().plus(TTL)));
                clock.advance(Duration.ofSeconds(1));
            }
            assertThat(capped.closedContextCount()).isEqualTo(2);
            assertThat(await(capped.sweep())).isZero();

            clock.advance(TTL);
            assertThat(await(capped.sweep())).isEqualTo(2);
            assertThat(capped.closedContextCount()).isZero();
        }
    }
}
