package io.pcrfd.diameter.peer.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Realm selection: best priority among OKAY peers, round-robin among equals, REOPEN last. */
class RealmTableTest {
    private static final long GX = 16777238L;
    private static class FakeRoute implements Route {
        final String host;
        final int priority;
        Health health = Health.OKAY;

        FakeRoute(String host, int priority) {
            this.host = host;
            this.priority = priority;
        }

        @Override
        public String host() {
            return host;
        }

        @Override
        public String realm() {
            return "Example.COM";
        }

        @Override
        public int priority() {
            return priority;
        }

        @Override
        public Health health() {
            return health;
        }
    }

    private final RealmTable<FakeRoute> table = new RealmTable<>();
    private final FakeRoute a = new FakeRoute("a", 1);
    private final FakeRoute b = new FakeRoute("b", 1);
    private final FakeRoute c = new FakeRoute("c", 5);

    RealmTableTest() {
        table.add(a);
        table.add(b);
        table.add(c);
    }

    @Test
    void equalBestPrioritiesShareTheLoad() {
        Set<String> chosen = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            chosen.add(table.select("example.com", GX).host());
        }
        assertThat(chosen).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void suspectPeersAreFailedOverAwayFrom() {
        a.health = Route.Health.UNAVAILABLE;
        b.health = Route.Health.UNAVAILABLE;
        assertThat(table.select("EXAMPLE.com", GX)).isSameAs(c);
    }

    @Test
    void reopenPeersOnlyWhenNothingIsOkay() {
        a.health = Route.Health.REOPEN;
        b.health = Route.Health.UNAVAILABLE;
        assertThat(table.select("example.com", GX)).isSameAs(c);
        c.health = Route.Health.UNAVAILABLE;
        assertThat(table.select("example.com", GX)).isSameAs(a);
        a.health = Route.Health.UNAVAILABLE;
        assertThat(table.select("example.com", GX)).isNull();
        assertThat(table.serves("example.com")).isTrue();
        assertThat(table.serves("elsewhere.example")).isFalse();
    }

    /**
     * RFC 6733 §2.7: a realm no entry matches takes a default route that serves the request's
     * application; a realm that has peers keeps to them, even when none is usable (no silent
     * detour of its requests).
     */
    @Test
    void aRealmNoPeerServesTakesTheDefaultRouteForItsApplicationsOnly() {
        final long sy = 16777302L;
        FakeRoute dra = new FakeRoute("dra", 1) {
            @Override
            public boolean servesApplication(long applicationId) {
                return applicationId == GX;
            }
        };
        assertThat(table.serves("epc.example", GX)).isFalse();
        assertThat(table.select("epc.example", GX)).isNull();

        table.addDefault(dra);
        table.addDefault(dra);

        assertThat(table.serves("epc.example", GX)).isTrue();
        assertThat(table.select("EPC.example", GX)).isSameAs(dra);
        assertThat(table.serves("epc.example", sy)).as("an application the default route does not take").isFalse();
        assertThat(table.select("epc.example", sy)).isNull();
        a.health = Route.Health.UNAVAILABLE;
        b.health = Route.Health.UNAVAILABLE;
        c.health = Route.Health.UNAVAILABLE;
        assertThat(table.select("example.com", GX)).as("its own peers, none usable: not the default route")
                .isNull();
        dra.health = Route.Health.REOPEN;
        assertThat(table.select("epc.example", GX)).as("a default route in REOPEN, as any peer").isSameAs(dra);
    }
}
