package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.CasResult;
import io.pcrfd.store.TestClock;
import io.pcrfd.store.model.PendingTrigger;
import io.pcrfd.store.model.TriggerIdentification;
import io.pcrfd.store.model.TriggerState;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random create / match / fail / remove / clock sequences over few local IPs, against a
 * model: at most one PENDING trigger per local IP, {@code match} by UE or H(e)NB local IP
 * finds exactly the model's pending trigger, and once everything is removed no index entry
 * is left.
 */
class InMemoryTriggerPropertiesTest {

    enum Kind { CREATE, MATCHED, FAILED, REMOVE, TICK }

    record Op(Kind kind, int trigger, int ip) {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 3)).as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(50);
    }

    @Property(tries = 300)
    void oneTriggerPendingPerLocalIpAndNothingLeaks(@ForAll("operations") List<Op> ops) {
        TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
        InMemoryStore store = InMemoryStore.open(InMemoryStoreOptions.DEFAULTS.withSweepInterval(Duration.ZERO), clock);
        Map<String, PendingTrigger> model = new HashMap<>();
        for (Op op : ops) {
            apply(store, clock, model, op);
            model.values().removeIf(t -> !t.expiresAt().isAfter(clock.instant()));
            check(store, model);
        }
        model.keySet().forEach(id -> get(store.triggers().remove(id)));
        get(store.sweep());
        assertThat(store.triggerIndexKeyCount()).isZero();
        store.close();
    }

    private static void apply(InMemoryStore store, TestClock clock, Map<String, PendingTrigger> model, Op op) {
        String id = "t" + op.trigger();
        switch (op.kind()) {
            case CREATE -> {
                PendingTrigger t = trigger(id, op.ip(), clock.instant());
                boolean free = !model.containsKey(id) && pendingOn(model, localIp(op.ip())).isEmpty();
                var claim = get(store.triggers().createIfAbsent(t));
                assertThat(claim.claimed()).isEqualTo(free);
                if (free) {
                    model.put(id, claim.value());
                }
            }
            case MATCHED, FAILED -> Optional.ofNullable(model.get(id)).ifPresent(cur -> {
                TriggerState to = op.kind() == Kind.MATCHED ? TriggerState.MATCHED : TriggerState.FAILED;
                var r = get(store.triggers().update(cur.withState(to)));
                model.put(id, ((CasResult.Applied<PendingTrigger>) r).value());
            });
            case REMOVE -> assertThat(get(store.triggers().remove(id))).isEqualTo(model.remove(id) != null);
            case TICK -> {
                clock.advance(Duration.ofSeconds(25));
                get(store.sweep());
            }
        }
    }

    private static void check(InMemoryStore store, Map<String, PendingTrigger> model) {
        for (int a = 0; a < 4; a++) {
            Optional<PendingTrigger> expected = pendingOn(model, localIp(a));
            assertThat(get(store.triggers().match(new TriggerIdentification(null, localIp(a), null, null, null))))
                    .isEqualTo(expected);
            assertThat(get(store.triggers().match(new TriggerIdentification(null, null, henbIp(a), null, null))))
                    .isEqualTo(expected);
        }
        model.values().forEach(t -> assertThat(get(store.triggers().get(t.triggerId()))).contains(t));
    }

    private static Optional<PendingTrigger> pendingOn(Map<String, PendingTrigger> model, String ip) {
        return model.values().stream().filter(t -> t.state() == TriggerState.PENDING
                && ip.equals(t.identification().ueLocalIp())).findFirst();
    }

    private static PendingTrigger trigger(String id, int ip, Instant now) {
        return new PendingTrigger(id, new TriggerIdentification(id, localIp(ip), henbIp(ip),
                "00101000000000" + ip, "ims"), "bpcf", 1, now.plusSeconds(5), null, 0,
                now.plusSeconds(60));
    }

    private static String localIp(int a) {
        return "192.0.2." + a;
    }

    private static String henbIp(int a) {
        return "198.51.100." + a;
    }

    private static <T> T get(CompletionStage<T> stage) {
        return stage.toCompletableFuture().join();
    }
}
