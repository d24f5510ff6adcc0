package io.pcrfd.pcrf.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A named Policy DRA routing table: the PCRFs of a pool with their priorities and weights.
 *
 * @param name   how pools name it
 * @param routes the PCRFs, at least one
 */
public record DraRoutingTableConfig(@Required String name, List<DraRouteConfig> routes) {

    public DraRoutingTableConfig {
        routes = List.copyOf(routes);
        InvalidValueException.check(name == null || !routes.isEmpty(), "routes", "a routing table needs at least one PCRF");
        Set<String> hosts = new HashSet<>();
        for (int i = 0; i < routes.size(); i++) {
            InvalidValueException.check(hosts.add(routes.get(i).host().toLowerCase()), "routes[" + i + "].host",
                    "PCRF '" + routes.get(i).host() + "' is listed twice");
        }
    }

    public static DraRoutingTableConfig defaults() {
        return new DraRoutingTableConfig(null, List.of());
    }
}
