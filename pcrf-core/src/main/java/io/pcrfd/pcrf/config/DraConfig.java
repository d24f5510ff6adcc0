package io.pcrfd.pcrf.config;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Policy DRA role's own settings (config/dra.yaml); ignored in the other roles. Bindings and
 * sessions live in the store of the {@code store} section (memory for one DRA, Redis for
 * several sharing bindings).
 *
 * @param bindingPerApn   true: a binding is IMSI + APN, so one subscriber's APNs may be served by
 *                        different PCRFs; false: one binding per IMSI whatever the APN
 * @param sessionLifetime a binding or session that sees no request for this long is forgotten
 *                        (a session's requests keep it and its binding alive)
 * @param defaultPool     the pool of APNs no {@code apnPools} rule names
 * @param routingTables   named lists of PCRFs with priority and weight
 * @param pools           the pools and sub-pools, each with its routing table
 * @param apnPools        APN to pool rules
 * @param subPools        sub-pool rules by the CCR-I's Origin-Host
 * @param gxPrimeClients  Origin-Hosts whose Gx sessions are Gx-Prime: binding-dependent, routed
 *                        by the subscriber's existing binding and never creating one
 * @param audit           the stale-binding audit
 */
public record DraConfig(boolean bindingPerApn, Duration sessionLifetime, String defaultPool,
                        List<DraRoutingTableConfig> routingTables, List<DraPoolConfig> pools,
                        List<DraApnRuleConfig> apnPools, List<DraSubPoolRuleConfig> subPools,
                        List<String> gxPrimeClients, DraAuditConfig audit) {
    public static final boolean DEFAULT_BINDING_PER_APN = true;
    public static final Duration DEFAULT_SESSION_LIFETIME = Duration.ofDays(7);
    public static final String DEFAULT_DEFAULT_POOL = "default";

    public DraConfig {
        Checks.positive(sessionLifetime, "sessionLifetime");
        Checks.notBlank(defaultPool, "defaultPool");
        routingTables = List.copyOf(routingTables);
        pools = List.copyOf(pools);
        apnPools = List.copyOf(apnPools);
        subPools = List.copyOf(subPools);
        gxPrimeClients = List.copyOf(gxPrimeClients);
        Set<String> tables = names(routingTables.stream().map(DraRoutingTableConfig::name).toList(), "routingTables");
        Set<String> poolNames = names(pools.stream().map(DraPoolConfig::name).toList(), "pools");
        for (int i = 0; i < pools.size(); i++) {
            refers(tables, pools.get(i).routingTable(), "pools[" + i + "].routingTable", "routingTables");
        }
        if (!pools.isEmpty()) {
            refers(poolNames, defaultPool, "defaultPool", "pools");
        }
        for (int i = 0; i < apnPools.size(); i++) {
            refers(poolNames, apnPools.get(i).pool(), "apnPools[" + i + "].pool", "pools");
        }
        for (int i = 0; i < subPools.size(); i++) {
            refers(poolNames, subPools.get(i).pool(), "subPools[" + i + "].pool", "pools");
            refers(poolNames, subPools.get(i).subPool(), "subPools[" + i + "].subPool", "pools");
        }
    }

    public static DraConfig defaults() {
        return new DraConfig(DEFAULT_BINDING_PER_APN, DEFAULT_SESSION_LIFETIME, DEFAULT_DEFAULT_POOL, List.of(),
                List.of(), List.of(), List.of(), List.of(), DraAuditConfig.defaults());
    }

    /**
     * What the DRA role needs beyond this section's own checks: at least one pool, and every
     * PCRF of a routing table a {@code diameter.peers} entry the DRA dials (keys relative to the
     * node configuration).
     */
    void checkForDraRole(DiameterConfig diameter) {
        InvalidValueException.check(!pools.isEmpty(), "dra.pools", "the dra role needs at least one pool");
        for (int t = 0; t < routingTables.size(); t++) {
            List<DraRouteConfig> routes = routingTables.get(t).routes();
            for (int r = 0; r < routes.size(); r++) {
                PeerConfig peer = diameter.peer(routes.get(r).host());
                InvalidValueException.check(peer != null && peer.connect(), "dra.routingTables[" + t + "].routes[" + r
                        + "].host", "PCRF '" + routes.get(r).host() + "' must be a diameter.peers entry with connect: true");
            }
        }
    }

    /** The routing table named {@code name}. */
    public DraRoutingTableConfig routingTable(String name) {
        return routingTables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static Set<String> names(List<String> names, String key) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            InvalidValueException.check(seen.add(names.get(i)), key + "[" + i + "].name",
                    "'" + names.get(i) + "' is defined twice");
        }
        return seen;
    }

    private static void refers(Set<String> defined, String name, String key, String where) {
        InvalidValueException.check(defined.contains(name), key, "'" + name + "' is not one of dra." + where
                + " " + defined.stream().sorted().toList());
    }
}
