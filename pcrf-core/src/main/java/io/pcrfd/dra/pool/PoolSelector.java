package io.pcrfd.dra.pool;

import io.pcrfd.pcrf.config.DraApnRuleConfig;
import io.pcrfd.pcrf.config.DraConfig;
import io.pcrfd.pcrf.config.DraPoolConfig;
import io.pcrfd.pcrf.config.DraSubPoolRuleConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a new binding goes: the pool of the CCR-I's APN (a {@code dra.apnPools} rule, else the
 * default pool), then the sub-pool a matching Origin-Host rule of that pool names, then a PCRF
 * of that pool's routing table. Only new bindings get here: an existing binding is used as it
 * is, whatever the rules say now. Immutable and lock-free.
 */
public final class PoolSelector {
    private final String defaultPool;
    private final Map<String, String> apnPools = new HashMap<>();
    private final Map<String, SubPoolRules> subPools;
    private final Map<String, RoutingTable> tables = new HashMap<>();
    private final Map<String, DraPoolConfig.OnPcrfDown> onPcrfDown = new HashMap<>();
    private final PcrfHealth health;

    public PoolSelector(DraConfig c, PcrfHealth health) {
        this.defaultPool = c.defaultPool();
        this.health = health;
        for (DraApnRuleConfig r : c.apnPools()) {
            apnPools.putIfAbsent(r.apn().toLowerCase(Locale.ROOT), r.pool());
        }
        this.subPools = c.subPools().stream().collect(Collectors.groupingBy(DraSubPoolRuleConfig::pool))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new SubPoolRules(e.getValue())));
        for (DraPoolConfig p : c.pools()) {
            tables.put(p.name(), new RoutingTable(c.routingTable(p.routingTable()).routes(), health));
            onPcrfDown.put(p.name(), p.onPcrfDown());
        }
    }

    /** The pool (or sub-pool) of a new binding for {@code apn} whose CCR-I came from {@code originHost}. */
    public String pool(String apn, String originHost) {
        String pool = apnPools.getOrDefault(apn == null ? "" : apn.toLowerCase(Locale.ROOT), defaultPool);
        SubPoolRules rules = subPools.get(pool);
        return rules == null ? pool : rules.subPool(originHost).orElse(pool);
    }

    /** The PCRF of {@code pool} for a new binding, none of {@code excluded}; null when none is available. */
    public String pcrf(String pool, List<String> excluded) {
        RoutingTable t = tables.get(pool);
        return t == null ? null : t.choose(excluded);
    }

    /** Whether {@code host} is down (its connection closed, or its watchdog DOWN), not merely SUSPECT. */
    public boolean down(String host) {
        return health.down(host);
    }

    /**
     * Whether a binding made in {@code pool} moves to a live PCRF of that pool when its PCRF is
     * down ({@code onPcrfDown: rehome}); false for a pool no longer configured.
     */
    public boolean rehomes(String pool) {
        return onPcrfDown.get(pool) == DraPoolConfig.OnPcrfDown.REHOME;
    }

    /** Every PCRF host of every routing table (the PCRFs this DRA may route to). */
    public boolean knows(String host) {
        return tables.values().stream().anyMatch(t -> t.contains(host));
    }
}
