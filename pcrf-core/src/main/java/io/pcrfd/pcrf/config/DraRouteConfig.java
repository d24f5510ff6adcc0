package io.pcrfd.pcrf.config;

/**
 * One PCRF in a Policy DRA routing table: the peer a new binding may be given to.
 *
 * @param host     the PCRF's Origin-Host; it must be a {@code diameter.peers} entry the DRA dials
 * @param priority 1 is the highest: a new binding goes to the available PCRFs of the best
 *                 priority, and to the next priority only when none of those is available
 * @param weight   share of new bindings among available PCRFs of one priority (0: only when
 *                 every other PCRF of its priority is unavailable)
 */
public record DraRouteConfig(@Required String host, int priority, int weight) {
    public static final int DEFAULT_PRIORITY = 1;
    public static final int DEFAULT_WEIGHT = 1;

    public DraRouteConfig {
        if (host != null) {
            Checks.diameterIdentity(host, "host");
        }
        Checks.atLeast(priority, 1, "priority");
        Checks.atLeast(weight, 0, "weight");
    }

    public static DraRouteConfig defaults() {
        return new DraRouteConfig(null, DEFAULT_PRIORITY, DEFAULT_WEIGHT);
    }
}
