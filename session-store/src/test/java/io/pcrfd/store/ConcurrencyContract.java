package io.pcrfd.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.model.AccessInfo;
import io.pcrfd.store.model.CounterKey;
import io.pcrfd.store.model.CounterScope;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SubscriberBinding;
import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Racing writers. Calls start together from many threads behind a latch; every store call
 * is awaited with a deadline. Bounded: 16 racers, a few thousand operations.
 */
public interface ConcurrencyContract extends StoreFixture {

    int RACERS = 16;

    /** Runs {@code call(i)} for i in [0, n) from RACERS threads released at once. */
    default <T> List<T> race(int n, IntFunction<CompletionStage<T>> call) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<T>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(RACERS)) {
            for (int i = 0; i < n; i++) {
                int k = i;
                results.add(CompletableFuture.supplyAsync(() -> {
                    awaitLatch(start);
                    return call.apply(k);
                }, pool).thenCompose(s -> s));
            }
            start.countDown();
            return results.stream().map(this::await).toList();
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @RepeatedTest(5)
    default void racingCreatesForOneUeAddressHaveExactlyOneWinner() {
        List<Claim<IpCanSession>> claims = race(RACERS, i ->
                store().sessions().create(session(200 + i).ueIpv4("10.200.0.1").build()));

        List<IpCanSession> winners = claims.stream().filter(Claim::claimed).map(Claim::value).toList();
        assertThat(winners).hasSize(1);
        IpCanSession winner = winners.get(0);
        assertThat(claims).allMatch(c -> c.value().sessionId().equals(winner.sessionId()));
        assertThat(await(store().sessions().findByIpv4("10.200.0.1", "internet", null))).contains(winner);
        for (int i = 0; i < RACERS; i++) {
            String id = "pgw1.example.org;1;" + (200 + i);
            assertThat(await(store().sessions().get(id)).isPresent()).isEqualTo(id.equals(winner.sessionId()));
        }
        assertThat(await(store().sessions().findByGateway("pgw1.example.org"))).containsExactly(winner);
    }

    @RepeatedTest(5)
    default void racingBindingsNeverSplit() {
        SubscriberId bob = SubscriberId.imsi("001018888888801");
        List<Claim<SubscriberBinding>> claims = race(RACERS, i -> store().bindings().bindIfAbsent(
                new SubscriberBinding(bob, "internet", "pcrf-" + i, now(), now().plus(TTL))));

        assertThat(claims.stream().filter(Claim::claimed)).hasSize(1);
        String owner = claims.stream().filter(Claim::claimed).findFirst().orElseThrow().value().pcrfNode();
        assertThat(claims).allMatch(c -> c.value().pcrfNode().equals(owner));
        assertThat(await(store().bindings().find(bob, "internet"))).map(SubscriberBinding::pcrfNode)
                .contains(owner);
    }

    @Test
    default void parallelCounterAddsLoseNothing() {
        CounterKey key = new CounterKey(CounterScope.SUBSCRIBER, "IMSI:001010000000077", "total");
        int adds = 4000;

        List<Long> returned = race(adds, i -> store().counters().add(key, i + 1, now().plus(TTL)));

        long expected = (long) adds * (adds + 1) / 2;
        assertThat(await(store().counters().get(key))).isEqualTo(expected);
        assertThat(returned).doesNotHaveDuplicates().contains(expected);
    }

    /**
     * Every add sees the four totals of all adds before it and none torn: with the same figures
     * in every report, the returned totals are 1..n times them, each exactly once.
     */
    @Test
    default void parallelUsageAddsAreCountedExactlyAndTogether() {
        UsageKey key = new UsageKey("IMSI:001010000000078", "mk-video");
        int adds = 4000;
        long exp = now().plus(TTL).toEpochMilli();

        List<UsageTotals> returned = race(adds, i -> store().usage().add(key, 1000, 600, 400, 3, exp));

        assertThat(await(store().usage().get(key))).isEqualTo(new UsageTotals(1000L * adds, 600L * adds,
                400L * adds, 3L * adds, exp));
        assertThat(returned).allMatch(t -> t.inputOctets() * 1000 == t.totalOctets() * 600
                && t.outputOctets() * 1000 == t.totalOctets() * 400 && t.seconds() * 1000 == t.totalOctets() * 3);
        assertThat(returned.stream().map(UsageTotals::totalOctets)).doesNotHaveDuplicates()
                .hasSize(adds).allMatch(t -> t % 1000 == 0 && t >= 1000 && t <= 1000L * adds);
    }

    @Test
    default void racingUpdatesOfOneVersionApplyOnce() {
        IpCanSession v1 = await(store().sessions().create(session(300).build())).value();

        List<CasResult<IpCanSession>> results = race(RACERS, i -> store().sessions().update(
                v1.toBuilder().ratType("RAT-" + i).build()));

        assertThat(results.stream().filter(r -> r instanceof CasResult.Applied)).hasSize(1);
        assertThat(results.stream().filter(r -> r instanceof CasResult.Stale)).hasSize(RACERS - 1);
        assertThat(await(store().sessions().get(v1.sessionId())).orElseThrow().version()).isEqualTo(2);
    }

    /**
     * Updates racing a close: the close ends the last version applied before it, and every
     * update after it finds the session gone; nothing is left in any index. (The in-memory
     * store applies an update that moves no index key without the stripes the close holds.)
     */
    @RepeatedTest(5)
    default void updatesRacingACloseEitherLandBeforeItOrFindTheSessionGone() {
        IpCanSession v1 = await(store().sessions().create(session(310).build())).value();

        List<Object> results = race(RACERS, i -> i == RACERS / 2
                ? store().sessions().close(v1.sessionId(), now(), now().plus(TTL)).thenApply(c -> (Object) c)
                : store().sessions().update(v1.toBuilder().ratType("RAT-" + i).build()).thenApply(r -> (Object) r));

        IpCanSession closed = results.stream().filter(r -> r instanceof Optional<?>)
                .map(r -> (IpCanSession) ((Optional<?>) r).orElseThrow()).findFirst().orElseThrow();
        List<IpCanSession> applied = results.stream().filter(r -> r instanceof CasResult.Applied<?>)
                .map(r -> (IpCanSession) ((CasResult.Applied<?>) r).value()).toList();
        assertThat(applied).hasSizeLessThanOrEqualTo(1);
        assertThat(closed.version()).isEqualTo(applied.isEmpty() ? 1 : 2);
        assertThat(closed.ratType()).isEqualTo(applied.isEmpty() ? "EUTRAN" : applied.get(0).ratType());
        assertThat(results).allMatch(r -> r instanceof Optional<?> || r instanceof CasResult.Applied<?>
                || r instanceof CasResult.Stale<?> || r instanceof CasResult.Missing<?>);
        assertThat(await(store().sessions().get(v1.sessionId()))).isEmpty();
        assertThat(await(store().sessions().findByGateway("pgw1.example.org"))).isEmpty();
        assertThat(await(store().sessions().findByUeLocalIp(v1.access().ueLocalIp()))).isEmpty();
        assertThat(await(store().contexts().findClosed("internet", v1.trafficId())))
                .map(SessionContext::ratType).contains(closed.ratType());
    }

    /**
     * A close racing creates for its UE address (the in-memory store closes under the id's
     * stripe alone): a create before the close finds the address held by the closing session,
     * after it at most one claims the address, and the address ends with that one holder.
     */
    @RepeatedTest(5)
    default void aCloseRacingCreatesForItsUeAddressLeavesOneHolder() {
        IpCanSession old = await(store().sessions().create(session(330).ueIpv4("10.201.0.1").build())).value();

        List<Object> results = race(RACERS, i -> i == 0
                ? store().sessions().close(old.sessionId(), now(), now().plus(TTL)).thenApply(c -> (Object) c)
                : store().sessions().create(session(340 + i).ueIpv4("10.201.0.1").build()).thenApply(c -> (Object) c));

        assertThat(results.get(0)).isInstanceOfSatisfying(Optional.class, closed -> assertThat(closed)
                .map(c -> ((IpCanSession) c).sessionId()).contains(old.sessionId()));
        List<IpCanSession> winners = results.stream().filter(r -> r instanceof Claim<?> c && c.claimed())
                .map(r -> (IpCanSession) ((Claim<?>) r).value()).toList();
        assertThat(winners).hasSizeLessThanOrEqualTo(1);
        List<String> holders = new ArrayList<>(List.of(old.sessionId()));
        winners.forEach(w -> holders.add(w.sessionId()));
        assertThat(results.subList(1, RACERS)).allMatch(r -> holders.contains(((IpCanSession) ((Claim<?>) r).value())
                .sessionId()));
        assertThat(await(store().sessions().findByIpv4("10.201.0.1", "internet", null)))
                .isEqualTo(winners.stream().findFirst());
        assertThat(await(store().sessions().findAllByIpv4("10.201.0.1"))).isEqualTo(winners);
        assertThat(await(store().sessions().get(old.sessionId()))).isEmpty();
    }

    /**
     * Read-modify-write loops racing on one session, some moving its UE local IP (an index key)
     * and some not: every write applies exactly once, in one version sequence, and the index
     * names the session under its last UE local IP only.
     */
    @Test
    default void updatesThatMoveAnIndexKeyAndUpdatesThatDoNotKeepTheIndexExact() {
        IpCanSession v1 = await(store().sessions().create(session(320).build())).value();

        List<IpCanSession> applied = race(RACERS * 4, i -> updateUntilApplied(v1.sessionId(), i));

        IpCanSession last = await(store().sessions().get(v1.sessionId())).orElseThrow();
        assertThat(last.version()).isEqualTo(1 + RACERS * 4);
        assertThat(applied.stream().map(IpCanSession::version)).doesNotHaveDuplicates();
        for (int i = 0; i < RACERS * 4; i += 2) {
            String ip = "192.0.2." + (100 + i);
            assertThat(await(store().sessions().findByUeLocalIp(ip)))
                    .isEqualTo(ip.equals(last.access().ueLocalIp()) ? List.of(last) : List.of());
        }
        assertThat(await(store().sessions().findByUeLocalIp(v1.access().ueLocalIp())))
                .isEqualTo(v1.access().ueLocalIp().equals(last.access().ueLocalIp()) ? List.of(last) : List.of());
    }

    /** Reads the session and updates it (even {@code i}: a new UE local IP; odd: the RAT type) until that applies. */
    private CompletionStage<IpCanSession> updateUntilApplied(String sessionId, int i) {
        return store().sessions().get(sessionId).thenCompose(found -> {
            IpCanSession s = found.orElseThrow();
            IpCanSession.Builder b = s.toBuilder();
            if (i % 2 == 0) {
                b.access(new AccessInfo("192.0.2." + (100 + i), null, 0, null));
            } else {
                b.ratType("RAT-" + i);
            }
            return store().sessions().update(b.build()).thenCompose(r -> r instanceof CasResult.Applied<IpCanSession> a
                    ? CompletableFuture.completedFuture(a.value()) : updateUntilApplied(sessionId, i));
        });
    }
}
