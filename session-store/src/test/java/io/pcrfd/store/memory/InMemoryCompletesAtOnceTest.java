package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.store.CasResult;
import io.pcrfd.store.Claim;
import io.pcrfd.store.Store;
import io.pcrfd.store.StoreFixture;
import io.pcrfd.store.TestClock;
import io.pcrfd.store.model.CounterKey;
import io.pcrfd.store.model.CounterScope;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.LinkedInterface;
import io.pcrfd.store.model.LinkedSession;
import io.pcrfd.store.model.PendingTrigger;
import io.pcrfd.store.model.SessionState;
import io.pcrfd.store.model.SubscriberBinding;
import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.model.TriggerIdentification;
import io.pcrfd.store.model.TriggerState;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The in-memory store completes every call before it returns, so a Netty event loop may call
 * it and chain on the stage without any
 * hand-off. Each call below is checked for {@code isDone()} the instant it returns, and its
 * value is checked too, so a stage that is done but wrong cannot pass.
 */
class InMemoryCompletesAtOnceTest implements StoreFixture {
    private static final SubscriberId ALICE = SubscriberId.imsi("001010000007");
    private static final CounterKey MK = new CounterKey(CounterScope.MONITORING_KEY, ALICE.key(), "mk-1");

    private final TestClock clock = new TestClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final InMemoryStore store =
            InMemoryStore.open(InMemoryStoreOptions.DEFAULTS.withSweepInterval(Duration.ZERO), clock);

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

    /** The stage as the call returned it must already be complete, and normally; returns its value. */
    private static <T> T done(CompletionStage<T> stage) {
        CompletableFuture<T> f = stage.toCompletableFuture();
        assertThat(f.isDone()).as("complete when the call returns").isTrue();
        assertThat(f.isCompletedExceptionally()).as("completed normally").isFalse();
        return f.getNow(null);
    }

    @Test
    void everySessionCallIsCompleteWhenItReturns() {
        IpCanSession s = session(7).linkedSessions(List.of(
                new LinkedSession(LinkedInterface.S9A, "bpcf;1;7", "bpcf.example.net"))).build();
        IpCanSession v1 = done(sessions().create(s)).value();
        assertThat(v1.version()).isEqualTo(1);
        assertThat(done(sessions().create(s))).isInstanceOf(Claim.Held.class);
        assertThat(done(sessions().get(s.sessionId()))).contains(v1);
        assertThat(done(sessions().findBySubscriber(ALICE, "internet"))).containsExactly(v1);
        assertThat(done(sessions().findByIpv4("10.0.0.7", "internet", null))).contains(v1);
        assertThat(done(sessions().findByIpv6Prefix(s.ueIpv6Prefix(), "internet", null))).contains(v1);
        assertThat(done(sessions().findByGateway("pgw1.example.org"))).containsExactly(v1);
        assertThat(done(sessions().findByUeLocalIp("192.0.2.7"))).containsExactly(v1);
        assertThat(done(sessions().findByHenbLocalIp("198.51.100.1"))).containsExactly(v1);
        assertThat(done(sessions().findByLinkedSessionId("bpcf;1;7"))).contains(v1);
        IpCanSession changed = v1.toBuilder().pccRules(List.of("gold")).build();
        assertThat(done(sessions().update(changed))).isEqualTo(new CasResult.Applied<>(changed.withVersion(2)));
        assertThat(done(sessions().update(changed))).isInstanceOf(CasResult.Stale.class);
        assertThat(done(sessions().findInactiveSince(now().plusSeconds(1), 10))).hasSize(1);
        assertThat(done(sessions().close(s.sessionId(), now(), now().plus(TTL))))
                .map(IpCanSession::state).contains(SessionState.CLOSED);
        assertThat(done(sessions().remove(s.sessionId()))).isEmpty();
    }

    @Test
    void aCallerErrorIsAFailedStageThatIsAlreadyComplete() {
        IpCanSession v1 = done(sessions().create(session(8).build())).value();
        CompletableFuture<CasResult<IpCanSession>> f =
                sessions().update(v1.toBuilder().ueIpv4("10.9.9.9").build()).toCompletableFuture();
        assertThat(f.isDone()).isTrue();
        assertThat(f).isCompletedExceptionally();
        assertThatThrownBy(f::join).hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyBindingTriggerCounterAndContextCallIsCompleteWhenItReturns() {
        SubscriberBinding mine = new SubscriberBinding(ALICE, "internet", "pcrf-a", now(), now().plus(TTL));
        assertThat(done(store.bindings().bindIfAbsent(mine))).isEqualTo(new Claim.Claimed<>(mine));
        assertThat(done(store.bindings().find(ALICE, "internet"))).contains(mine);
        assertThat(done(store.bindings().release(ALICE, "internet", "pcrf-b"))).isFalse();
        assertThat(done(store.bindings().release(ALICE, "internet", "pcrf-a"))).isTrue();

        PendingTrigger t = done(store.triggers().createIfAbsent(
                trigger("t1", "192.0.2.50", null, ALICE.value()))).value();
        assertThat(done(store.triggers().get("t1"))).contains(t);
        assertThat(done(store.triggers().match(new TriggerIdentification(null, "192.0.2.50", null, null, null))))
                .contains(t);
        assertThat(done(store.triggers().findDue(now().plusSeconds(10), 5))).containsExactly(t);
        assertThat(done(store.triggers().update(t.withState(TriggerState.MATCHED))))
                .isInstanceOf(CasResult.Applied.class);
        assertThat(done(store.triggers().remove("t1"))).isTrue();

        assertThat(done(store.counters().add(MK, 1500, now().plus(TTL)))).isEqualTo(1500L);
        assertThat(done(store.counters().get(MK))).isEqualTo(1500L);
        assertThat(done(store.counters().reset(MK))).isEqualTo(1500L);

        UsageKey usage = new UsageKey(ALICE.key(), "mk-1");
        long exp = now().plus(TTL).toEpochMilli();
        assertThat(done(store.usage().add(usage, 1500, 1000, 500, 60, exp))).isEqualTo(new UsageTotals(1500, 1000, 500, 60, exp));
        assertThat(done(store.usage().get(usage))).isEqualTo(new UsageTotals(1500, 1000, 500, 60, exp));
        assertThat(done(store.usage().reset(usage))).isEqualTo(new UsageTotals(1500, 1000, 500, 60, exp));

        IpCanSession s = done(sessions().create(session(9).build())).value();
        done(sessions().close(s.sessionId(), now(), now().plus(TTL)));
        assertThat(done(store.contexts().find("internet", SubscriberId.imsi(s.imsi())))).hasSize(1);
        assertThat(done(store.contexts().findClosed("internet", SubscriberId.imsi(s.imsi())))).isPresent();
        clock.advance(TTL.plusSeconds(1));
        assertThat(done(store.sweep())).isPositive();
    }

    private io.pcrfd.store.SessionStore sessions() {
        return store.sessions();
    }

    /**
     * The usage totals also answer without a stage ({@link io.pcrfd.store.UsageStore#immediate()}),
     * the same as the stages do, and a failure is thrown where a stage would fail.
     */
    @Test
    void usageTotalsAnswerWithoutAStage() {
        UsageKey usage = new UsageKey(ALICE.key(), "mk-2");
        long exp = now().plus(TTL).toEpochMilli();
        io.pcrfd.store.UsageStore.Immediate now = store.usage().immediate().orElseThrow();

        assertThat(now.addNow(usage, 1500, 1000, 500, 60, exp)).isEqualTo(new UsageTotals(1500, 1000, 500, 60, exp));
        assertThat(now.addNow(usage, 1, 1, 0, 0, exp)).isEqualTo(done(store.usage().get(usage)));
        assertThat(now.getNow(usage)).isEqualTo(new UsageTotals(1501, 1001, 500, 60, exp));
        assertThatThrownBy(() -> now.addNow(usage, Long.MAX_VALUE, 0, 0, 0, exp)).isInstanceOf(ArithmeticException.class);
        assertThat(now.getNow(usage)).as("a failed add changes nothing").isEqualTo(new UsageTotals(1501, 1001, 500, 60, exp));
        assertThat(store.usage().add(usage, Long.MAX_VALUE, 0, 0, 0, exp).toCompletableFuture())
                .isCompletedExceptionally();
    }
}
