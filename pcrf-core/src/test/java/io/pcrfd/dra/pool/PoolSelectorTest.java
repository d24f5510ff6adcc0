package io.pcrfd.dra.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.DraConfig;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pool, sub-pool and PCRF selection for a new binding, without sockets. */
class PoolSelectorTest {
    private static final String DRA = """
            role: dra
            diameter:
              peers:
                - {host: a.example, address: 127.0.0.1, connect: true}
                - {host: b.example, address: 127.0.0.1, connect: true}
                - {host: c.example, address: 127.0.0.1, connect: true}
            dra:
              routingTables:
                - name: abc
                  routes: [{host: a.example, priority: 1, weight: 3}, {host: b.example, priority: 1, weight: 1},
                           {host: c.example, priority: 2}]
                - {name: c, routes: [{host: c.example}]}
                - {name: zero, routes: [{host: a.example, weight: 0}, {host: b.example, weight: 0}]}
              pools:
                - {name: default, routingTable: abc}
                - {name: west, routingTable: c}
                - {name: full, routingTable: c}
                - {name: ims, routingTable: zero}
              apnPools: [{apn: IMS, pool: ims}]
              subPools:
                - {pool: default, originHost: .west.example, match: suffix, priority: 5, subPool: west}
                - {pool: default, originHost: pgw1.west.example, match: full, priority: 5, subPool: full}
                - {pool: default, originHost: pgw1.west, match: prefix, priority: 5, subPool: ims}
                - {pool: default, originHost: pgw2, match: prefix, priority: 1, subPool: ims}
                - {pool: default, originHost: pgw2.west.example, match: full, priority: 9, subPool: full}
            """;
    private final Set<String> down = new HashSet<>();
    private final PoolSelector selector = new PoolSelector(config(), host -> !down.contains(host));

    private static DraConfig config() {
        return ConfigLoader.load(DRA, null, Map.of()).dra();
    }

    @Test
    void theApnRuleIgnoresCaseAndUnmappedApnsUseTheDefaultPool() {
        assertThat(selector.pool("ims", "pgw9.east.example")).isEqualTo("ims");
        assertThat(selector.pool("internet", "pgw9.east.example")).isEqualTo("default");
        assertThat(selector.pool(null, "pgw9.east.example")).isEqualTo("default");
    }

    @Test
    void atOnePriorityAFullMatchBeatsPartialOnesAndALongerPartialBeatsAShorterOne() {
        assertThat(selector.pool("internet", "PGW1.west.example")).isEqualTo("full");
        assertThat(selector.pool("internet", "pgw1.west.other.example")).isEqualTo("ims");
        assertThat(selector.pool("internet", "pgw3.west.example")).isEqualTo("west");
    }

    @Test
    void aBetterPriorityBeatsAFullMatch() {
        assertThat(selector.pool("internet", "pgw2.west.example")).isEqualTo("ims");
    }

    @Test
    void subPoolRulesApplyOnlyToTheirPool() {
        assertThat(selector.pool("ims", "pgw1.west.example")).isEqualTo("ims");
    }

    @Test
    void weightsShareTheBestPriorityAndTheNextPriorityOnlyTakesOverWhenItIsDown() {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 4_000; i++) {
            counts.merge(selector.pcrf("default", List.of()), 1, Integer::sum);
        }
        assertThat(counts).containsOnlyKeys("a.example", "b.example");
        assertThat(counts.get("a.example")).isBetween(2_700, 3_300);

        down.add("a.example");
        assertThat(selector.pcrf("default", List.of())).isEqualTo("b.example");
        assertThat(selector.pcrf("default", List.of("b.example"))).isEqualTo("c.example");
        down.add("c.example");
        assertThat(selector.pcrf("default", List.of("B.example"))).isNull();
    }

    @Test
    void allWeightsZeroShareEvenly() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(selector.pcrf("ims", List.of()));
        }
        assertThat(seen).containsExactlyInAnyOrder("a.example", "b.example");
        assertThat(selector.knows("C.EXAMPLE")).isTrue();
        assertThat(selector.knows("d.example")).isFalse();
    }
}
