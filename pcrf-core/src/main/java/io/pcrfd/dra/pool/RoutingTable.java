package io.pcrfd.dra.pool;

import io.pcrfd.pcrf.config.DraRouteConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A pool's routing table: among the PCRFs that are available and not excluded (they failed this
 * request already), those of the best priority (1 is best); among them one at random in
 * proportion to its weight, or any of them evenly when all their weights are 0.
 */
final class RoutingTable {
    private final List<DraRouteConfig> routes;
    private final PcrfHealth health;

    RoutingTable(List<DraRouteConfig> routes, PcrfHealth health) {
        this.routes = List.copyOf(routes);
        this.health = health;
    }

    String choose(List<String> excluded) {
        List<DraRouteConfig> best = new ArrayList<>();
        int priority = Integer.MAX_VALUE;
        for (DraRouteConfig r : routes) {
            if (excluded.stream().anyMatch(r.host()::equalsIgnoreCase) || !health.available(r.host())) {
                continue;
            }
            if (r.priority() < priority) {
                best.clear();
                priority = r.priority();
            }
            if (r.priority() == priority) {
                best.add(r);
            }
        }
        return best.isEmpty() ? null : weighted(best).host();
    }

    private static DraRouteConfig weighted(List<DraRouteConfig> candidates) {
        int total = candidates.stream().mapToInt(DraRouteConfig::weight).sum();
        if (total == 0) {
            return candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()));
        }
        int pick = ThreadLocalRandom.current().nextInt(total);
        for (DraRouteConfig r : candidates) {
            pick -= r.weight();
            if (pick < 0) {
                return r;
            }
        }
        throw new IllegalStateException("weights changed while choosing");
    }

    boolean contains(String host) {
        return routes.stream().anyMatch(r -> r.host().equalsIgnoreCase(host));
    }
}
