package io.pcrfd.diameter.peer.routing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The routing table of RFC 6733 §2.7, reduced to what a server that talks to its neighbours
 * needs: realm → peers, each with a priority. Choosing a peer for a realm (§6.1.6):
 * <ol>
 *   <li>peers whose health is OKAY, lowest priority value first, round-robin among equals;</li>
 *   <li>otherwise peers in REOPEN, the same way;</li>
 *   <li>otherwise none: SUSPECT and DOWN peers are failed over away from (RFC 3539 §3.4).</li>
 * </ol>
 * A realm no peer serves goes to the default routes (§2.7: the route used when no entry
 * matches) that take the request's application, chosen the same way; a realm that some peer
 * serves never does, even when none of its peers is usable. Realm names compare
 * case-insensitively. Reads never lock; changes are rare (config, dynamic peers after CER).
 */
public final class RealmTable<R extends Route> {
    private final Map<String, List<R>> realms = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<R> defaults = new CopyOnWriteArrayList<>();
    private final AtomicInteger roundRobin = new AtomicInteger();

    /** Adds {@code route} to its realm (idempotent). */
    public void add(R route) {
        List<R> list = realms.computeIfAbsent(key(route.realm()), k -> new CopyOnWriteArrayList<>());
        if (!list.contains(route)) {
            list.add(route);
        }
    }

    /** Adds {@code route} to the default routes (idempotent). */
    public void addDefault(R route) {
        defaults.addIfAbsent(route);
    }

    /** Every peer known for {@code realm}. */
    public List<R> peers(String realm) {
        return List.copyOf(realms.getOrDefault(key(realm), List.of()));
    }

    /** True when at least one peer is known for {@code realm}, whatever its health. */
    public boolean serves(String realm) {
        List<R> list = realms.get(key(realm));
        return list != null && !list.isEmpty();
    }

    /**
     * True when at least one peer is known for {@code realm}, or, when none is, a default route
     * that takes {@code applicationId}, whatever its health.
     */
    public boolean serves(String realm, long applicationId) {
        return !candidates(realm, applicationId).isEmpty();
    }

    /**
     * The peer to send a request of {@code applicationId} for {@code realm} to: one of the realm's
     * peers, or when it has none a default route that takes the application; null when none is usable.
     */
    public R select(String realm, long applicationId) {
        List<R> list = candidates(realm, applicationId);
        R best = pick(list, Route.Health.OKAY);
        return best != null ? best : pick(list, Route.Health.REOPEN);
    }

    /** The realm's peers, or the default routes that take the application when no peer serves it. */
    private List<R> candidates(String realm, long applicationId) {
        List<R> list = realms.get(key(realm));
        if (list != null && !list.isEmpty()) {
            return list;
        }
        return defaults.stream().filter(r -> r.servesApplication(applicationId)).toList();
    }

    private R pick(List<R> list, Route.Health wanted) {
        int bestPriority = Integer.MAX_VALUE;
        int ties = 0;
        for (R r : list) {
            if (r.health() != wanted) {
                continue;
            }
            if (r.priority() < bestPriority) {
                bestPriority = r.priority();
                ties = 1;
            } else if (r.priority() == bestPriority) {
                ties++;
            }
        }
        if (ties == 0) {
            return null;
        }
        int chosen = Math.floorMod(roundRobin.getAndIncrement(), ties);
        for (R r : list) {
            if (r.health() == wanted && r.priority() == bestPriority && chosen-- == 0) {
                return r;
            }
        }
        return null;
    }

    private static String key(String realm) {
        return realm.toLowerCase(Locale.ROOT);
    }
}
