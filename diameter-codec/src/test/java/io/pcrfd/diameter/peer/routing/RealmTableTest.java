package io.pcrfd.diameter.peer.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Realm selection: best priority among OKAY peers, round-robin among equals, REOPEN last. */
class RealmTableTest {
    private static final class FakeRoute implements Route {
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
            chosen.add(table.select("example.com").host());
        }
        assertThat(chosen).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void suspectPeersAreFailedOverAwayFrom() {
        a.health = Route.Health.UNAVAILABLE;
        b.health = Route.Health.UNAVAILABLE;
        assertThat(table.select("EXAMPLE.com")).isSameAs(c);
    }

    @Test
    void reopenPeersOnlyWhenNothingIsOkay() {
        a.health = Route.Health.REOPEN;
        b.health = Route.Health.UNAVAILABLE;
        assertThat(table.select("example.com")).isSameAs(c);
        c.health = Route.Health.UNAVAILABLE;
        assertThat(table.select("example.com")).isSameAs(a);
        a.health = Route.Health.UNAVAILABLE;
        assertThat(table.select("example.com")).isNull();
        assertThat(table.serves("example.com")).isTrue();
        assertThat(table.serves("elsewhere.example")).isFalse();
    }
}
