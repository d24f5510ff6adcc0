package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.CasResult;
import io.pcrfd.store.TestClock;
import io.pcrfd.store.model.AccessInfo;
import io.pcrfd.store.model.IpCanSession;
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
 * Random sequences of create, update, close, remove and clock moves over a small pool of
 * UE addresses and two APNs (so collisions are frequent), checked after every step against a
 * plain model: each live session is found by every index, no two live sessions share a UE
 * address in one APN (odd sessions are on "IMS", looked up as "ims": ASCII case is ignored),
 * an address is bound in an APN exactly when the model says so, and the listing by address
 * holds exactly the model's sessions on it. At the end every session is removed
 * and every index must be empty: reads re-check what an index names, so a leaked entry would
 * be invisible to lookups and show only here.
 */
class InMemoryIndexPropertiesTest {

    enum Kind { CREATE, MOVE_ACCESS, CLOSE, REMOVE, TICK }

    record Op(Kind kind, int session, int address) {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 5)).as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 300)
    void indexesAlwaysAgreeWithTheSessions(@ForAll("operations") List<Op> ops) {
        TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
        InMemoryStore store = InMemoryStore.open(InMemoryStoreOptions.DEFAULTS.withSweepInterval(Duration.ZERO), clock);
        Map<String, IpCanSession> model = new HashMap<>();
        for (Op op : ops) {
            apply(store, clock, model, op);
            model.values().removeIf(s -> !s.expiresAt().isAfter(clock.instant()));
            check(store, model);
        }
        model.keySet().forEach(id -> get(store.sessions().remove(id)));
        get(store.sweep());
        assertThat(store.sessionCount()).isZero();
        assertThat(store.sessionIndexKeyCount()).isZero();
        store.close();
    }

    private static void apply(InMemoryStore store, TestClock clock, Map<String, IpCanSession> model, Op op) {
        String id = "gx;" + op.session();
        switch (op.kind()) {
            case CREATE -> {
                IpCanSession s = newSession(id, op.session(), op.address(), clock.instant());
                boolean free = model.values().stream().noneMatch(m -> m.ueIpv4().equals(s.ueIpv4())
                        && m.inIpDomain(s.apn(), null)) && !model.containsKey(id);
                var claim = get(store.sessions().create(s));
                assertThat(claim.claimed()).isEqualTo(free);
                if (free) {
                    model.put(id, claim.value());
                }
            }
            case MOVE_ACCESS -> Optional.ofNullable(model.get(id)).ifPresent(cur -> {
                var r = get(store.sessions().update(cur.toBuilder()
                        .access(new AccessInfo("192.0.2." + op.address(), null, 0, null)).build()));
                model.put(id, ((CasResult.Applied<IpCanSession>) r).value());
            });
            case CLOSE -> assertThat(get(store.sessions().close(id, clock.instant(), clock.instant().plusSeconds(60))).isPresent())
                    .isEqualTo(model.remove(id) != null);
            case REMOVE -> assertThat(get(store.sessions().remove(id)).isPresent()).isEqualTo(model.remove(id) != null);
            case TICK -> {
                clock.advance(Duration.ofSeconds(40));
                get(store.sweep());
            }
        }
    }

    private static void check(InMemoryStore store, Map<String, IpCanSession> model) {
        for (int a = 0; a < 6; a++) {
            String ip = "10.0.0." + a;
            for (String apn : List.of("internet", "ims")) {
                Optional<IpCanSession> expected = model.values().stream()
                        .filter(s -> s.ueIpv4().equals(ip) && s.apn().equalsIgnoreCase(apn)).findFirst();
                assertThat(get(store.sessions().findByIpv4(ip, apn, null))).isEqualTo(expected);
            }
            assertThat(get(store.sessions().findAllByIpv4(ip))).containsExactlyInAnyOrderElementsOf(
                    model.values().stream().filter(s -> s.ueIpv4().equals(ip)).toList());
            String local = "192.0.2." + a;
            assertThat(get(store.sessions().findByUeLocalIp(local))).containsExactlyInAnyOrderElementsOf(
                    model.values().stream().filter(s -> local.equals(s.access().ueLocalIp())).toList());
        }
        assertThat(get(store.sessions().findByGateway("pgw"))).containsExactlyInAnyOrderElementsOf(model.values());
        for (IpCanSession s : model.values()) {
            assertThat(get(store.sessions().get(s.sessionId()))).contains(s);
        }
    }

    private static IpCanSession newSession(String id, int session, int address, Instant now) {
        String apn = session % 2 == 0 ? "internet" : "IMS";
        return IpCanSession.builder(id).imsi("0010100000000" + address).apn(apn)
                .ueIpv4("10.0.0." + address).gatewayHost("pgw")
                .access(new AccessInfo("192.0.2." + address, null, 0, null))
                .startedAt(now).updatedAt(now).expiresAt(now.plusSeconds(100)).build();
    }

    private static <T> T get(CompletionStage<T> stage) {
        return stage.toCompletableFuture().join();
    }
}
