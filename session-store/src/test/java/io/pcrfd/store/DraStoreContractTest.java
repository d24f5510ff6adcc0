package io.pcrfd.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.model.AlternateKeys;
import io.pcrfd.store.model.BoundSession;
import io.pcrfd.store.model.PcrfBinding;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one contract of the Policy DRA's binding and session SBRs ({@link DraStore}); a subclass
 * says how to open a store and a second store over the same data (another DRA node).
 */
public abstract class DraStoreContractTest {

    protected static final String IMSI = "001010000000001";
    private static final Duration TTL = Duration.ofMinutes(10);

    private final TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    private DraStore store;
    private DraStore other;

    /** An empty store using {@code clock}. */
    protected abstract DraStore openEmpty(TestClock clock);

    /** A second store over the data of the last one opened (another DRA node). */
    protected abstract DraStore openSibling(TestClock clock);

    @BeforeEach
    void open() {
        store = openEmpty(clock);
        other = openSibling(clock);
    }

    @AfterEach
    void close() {
        store.close();
        other.close();
    }

    private static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("store call did not complete normally", e);
        }
    }

    private PcrfBinding binding(String apn, String pcrf, String createdBy) {
        return new PcrfBinding(IMSI, apn, pcrf, "default", false, createdBy, List.of(), clock.instant());
    }

    private Instant expiry() {
        return clock.instant().plus(TTL);
    }

    private BoundSession session(String id, String apn, boolean capable) {
        return new BoundSession(id, PcrfBinding.key(IMSI, apn), capable, 16777238L, "pgw1.example", "example",
                "pcrf-a.example", expiry());
    }

    @Test
    void anExistingBindingAlwaysWins() {
        assertThat(await(store.findOrCreate(binding("internet", "pcrf-a.example", "s1"), expiry())))
                .isEqualTo(new Claim.Claimed<>(binding("internet", "pcrf-a.example", "s1")));

        Claim<PcrfBinding> second = await(other.findOrCreate(binding("internet", "pcrf-b.example", "s2"), expiry()));

        assertThat(second.claimed()).isFalse();
        assertThat(second.value().pcrfHost()).isEqualTo("pcrf-a.example");
        assertThat(await(other.binding(IMSI, "INTERNET"))).map(PcrfBinding::pcrfHost).contains("pcrf-a.example");
        assertThat(await(store.binding(IMSI, "ims"))).isEmpty();
    }

    @Test
    void ofManyRacingCreatesOnTwoNodesExactlyOneWins() {
        List<CompletableFuture<Claim<PcrfBinding>>> racing = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            DraStore node = i % 2 == 0 ? store : other;
            racing.add(node.findOrCreate(binding("internet", "pcrf-" + i + ".example", "s" + i), expiry())
                    .toCompletableFuture());
        }
        List<Claim<PcrfBinding>> outcomes = racing.stream().map(DraStoreContractTest::await).toList();

        assertThat(outcomes).filteredOn(Claim::claimed).hasSize(1);
        String winner = outcomes.stream().filter(Claim::claimed).findFirst().orElseThrow().value().pcrfHost();
        assertThat(outcomes).extracting(c -> c.value().pcrfHost()).containsOnly(winner);
    }

    @Test
    void aConfirmedBindingIsFoundByEachAlternateKey() {
        await(store.findOrCreate(binding("internet", "pcrf-a.example", "s1"), expiry()));
        List<String> keys = new ArrayList<>(AlternateKeys.both(AlternateKeys.Type.IPV4, "10.0.0.1", "internet"));
        keys.addAll(AlternateKeys.both(AlternateKeys.Type.MSISDN, "46700001", "internet"));
        keys.add(AlternateKeys.any(AlternateKeys.Type.IPV6, "2001:db8::/64"));

        PcrfBinding confirmed = await(store.confirm(PcrfBinding.key(IMSI, "internet"), keys)).orElseThrow();

        assertThat(confirmed.confirmed()).isTrue();
        assertThat(confirmed.alternateKeys()).containsExactlyElementsOf(keys);
        for (String k : keys) {
            assertThat(await(other.bindingByAlternate(k))).as(k).contains(confirmed);
        }
        assertThat(await(other.bindingByAlternate(AlternateKeys.within(AlternateKeys.Type.IPV4, "10.0.0.1", "ims"))))
                .isEmpty();
        assertThat(await(store.confirm(PcrfBinding.key(IMSI, "ims"), keys))).isEmpty();
    }

    @Test
    void theBindingGoesWithItsLastCapableSession() {
        await(store.findOrCreate(binding("internet", "pcrf-a.example", "s1"), expiry()));
        String ip = AlternateKeys.any(AlternateKeys.Type.IPV4, "10.0.0.2");
        await(store.confirm(PcrfBinding.key(IMSI, "internet"), List.of(ip)));
        assertThat(await(store.attach(session("s1", "internet", true)))).isTrue();
        assertThat(await(other.attach(session("s2", "internet", true)))).isTrue();
        assertThat(await(other.attach(session("rx1", "internet", false)))).isTrue();
        assertThat(await(store.sessionsOf(PcrfBinding.key(IMSI, "internet")))).containsExactlyInAnyOrder("s1", "s2");

        DraStore.Detached first = await(other.detach("s1"));
        assertThat(first.session()).contains(session("s1", "internet", true));
        assertThat(first.bindingRemoved()).isFalse();
        assertThat(await(store.detach("rx1")).bindingRemoved()).isFalse();

        assertThat(await(store.detach("s2")).bindingRemoved()).isTrue();
        assertThat(await(store.binding(IMSI, "internet"))).isEmpty();
        assertThat(await(store.bindingByAlternate(ip))).isEmpty();
        assertThat(await(store.detach("s2"))).isEqualTo(new DraStore.Detached(java.util.Optional.empty(), false));
    }

    @Test
    void aCapableSessionIsNotAttachedToABindingThatIsGone() {
        assertThat(await(store.attach(session("s1", "internet", true)))).isFalse();
        assertThat(await(store.session("s1"))).isEmpty();

        assertThat(await(store.attach(session("rx1", "internet", false)))).isTrue();
        assertThat(await(other.session("rx1"))).contains(session("rx1", "internet", false));
    }

    @Test
    void removingABindingKeepsAnAddressANewerBindingTookOver() {
        String ip = AlternateKeys.any(AlternateKeys.Type.IPV4, "10.0.0.3");
        await(store.findOrCreate(binding("internet", "pcrf-a.example", "s1"), expiry()));
        await(store.confirm(PcrfBinding.key(IMSI, "internet"), List.of(ip)));
        await(store.findOrCreate(binding("ims", "pcrf-b.example", "s2"), expiry()));
        await(store.confirm(PcrfBinding.key(IMSI, "ims"), List.of(ip)));

        assertThat(await(other.removeBinding(PcrfBinding.key(IMSI, "internet")))).isTrue();

        assertThat(await(store.bindingByAlternate(ip))).map(PcrfBinding::pcrfHost).contains("pcrf-b.example");
        assertThat(await(other.removeBinding(PcrfBinding.key(IMSI, "internet")))).isFalse();
        assertThat(await(store.bindings(10))).extracting(PcrfBinding::apn).containsExactly("ims");
    }

    @Test
    void rehomingMovesTheBindingOnceWithItsSessionsAndAlternateKeys() {
        String key = PcrfBinding.key(IMSI, "internet");
        String ip = AlternateKeys.any(AlternateKeys.Type.IPV4, "10.0.0.4");
        await(store.findOrCreate(binding("internet", "pcrf-a.example", "s1"), expiry()));
        await(store.confirm(key, List.of(ip)));
        await(store.attach(session("s1", "internet", true)));

        PcrfBinding moved = await(store.rehome(key, "pcrf-a.example", "pcrf-b.example")).orElseThrow();
        PcrfBinding late = await(other.rehome(key, "pcrf-a.example", "pcrf-c.example")).orElseThrow();

        assertThat(moved.pcrfHost()).isEqualTo("pcrf-b.example");
        assertThat(moved.confirmed()).isFalse();
        assertThat(late).as("the second move of a binding already moved").isEqualTo(moved);
        assertThat(await(other.bindingByAlternate(ip))).contains(moved);
        assertThat(await(other.sessionsOf(key))).containsExactly("s1");
        assertThat(await(other.session("s1"))).map(BoundSession::pcrfHost).contains("pcrf-a.example");
        assertThat(await(store.rehome(PcrfBinding.key(IMSI, "ims"), "pcrf-a.example", "pcrf-b.example"))).isEmpty();
    }

    @Test
    void ofManyRacingRehomesOnTwoNodesOneMovesTheBinding() {
        String key = PcrfBinding.key(IMSI, "internet");
        await(store.findOrCreate(binding("internet", "pcrf-a.example", "s1"), expiry()));
        List<CompletableFuture<java.util.Optional<PcrfBinding>>> racing = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            racing.add((i % 2 == 0 ? store : other).rehome(key, "pcrf-a.example", "pcrf-" + i + ".example")
                    .toCompletableFuture());
        }

        List<String> outcomes = racing.stream().map(f -> await(f).orElseThrow().pcrfHost()).toList();

        String winner = await(other.binding(IMSI, "internet")).orElseThrow().pcrfHost();
        assertThat(winner).isNotEqualTo("pcrf-a.example");
        assertThat(outcomes).containsOnly(winner);
    }

    @Test
    void anExpiredBindingHoldsNothing() {
        await(store.findOrCreate(binding("internet", "pcrf-a.example", "s1"), clock.instant().plusMillis(1)));
        await(store.findOrCreate(binding("", "pcrf-c.example", "s3"), expiry()));
        awaitExpiry(clock.instant().plusMillis(1));

        assertThat(await(other.binding(IMSI, "internet"))).isEmpty();
        assertThat(await(other.findOrCreate(binding("internet", "pcrf-b.example", "s2"), expiry())).claimed()).isTrue();
        assertThat(await(other.binding(IMSI, ""))).map(PcrfBinding::pcrfHost).contains("pcrf-c.example");
    }

    /** Moves the test clock past {@code t} and gives a store on a real clock (Redis) the time to see it. */
    protected void awaitExpiry(Instant t) {
        clock.advance(Duration.ofMillis(2));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (Instant.now().isBefore(t.plusMillis(2)) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }
}
