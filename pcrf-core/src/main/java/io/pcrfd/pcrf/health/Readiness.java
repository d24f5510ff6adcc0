package io.pcrfd.pcrf.health;

import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.diameter.peer.PeerStatus;
import io.pcrfd.diameter.peer.fsm.PeerState;
import io.pcrfd.pcrf.config.DiameterConfig;
import io.pcrfd.pcrf.config.PeerConfig;
import io.pcrfd.store.Store;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether a node can do its job now ({@code GET /health/ready}): three checks, each UP or DOWN
 * with one line saying why.
 * <ul>
 *   <li>{@code diameter}: every {@code diameter.listen} socket is bound (none configured: a
 *       dial-out node, UP).</li>
 *   <li>{@code store}: a read of a key that does not exist answers within {@link #STORE_WAIT}
 *       (Redis reachable; the in-memory store always is). A node without a store (the BPCF)
 *       has no such check.</li>
 *   <li>{@code peers}: the peers this node dials ({@code connect: true}) are the ones it needs
 *       to work; grouped by realm (a peer without a configured realm is a group of its own), each
 *       group needs one of its peers open (I_OPEN or R_OPEN), as realm routing fails over between
 *       them. So a BPCF is ready once its PCRF is open. Peers that dial us (gateways, a BPCF
 *       towards a PCRF, {@code connect: false}) are never required: waiting for them could
 *       deadlock a deployment whose peers only connect to ready nodes, and the node serves
 *       whoever comes.</li>
 * </ul>
 */
public final class Readiness {
    /** Above a healthy Redis round trip, below an orchestrator's probe timeout. */
    static final Duration STORE_WAIT = Duration.ofSeconds(2);
    private static final String PROBE_KEY = "pcrfd-readiness-probe";

    private final DiameterNode node;
    private final DiameterConfig diameter;
    private final Store store;

    /**
     * @param node     the running Diameter node
     * @param diameter its configuration (listen sockets, peers)
     * @param store    the store to probe; null when the role has none
     */
    public Readiness(DiameterNode node, DiameterConfig diameter, Store store) {
        this.node = node;
        this.diameter = diameter;
        this.store = store;
    }

    /** Runs every check; blocks up to {@link #STORE_WAIT} on the store. */
    public Report check() {
        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("diameter", listening());
        if (store != null) {
            checks.put("store", store());
        }
        checks.put("peers", peers());
        return Report.of(checks);
    }

    private Check listening() {
        List<InetSocketAddress> bound = node.localAddresses();
        if (diameter.listen().isEmpty()) {
            return Check.up("no listen socket configured (dial-out only)");
        }
        if (bound.size() < diameter.listen().size()) {
            return Check.down(bound.size() + " of " + diameter.listen().size() + " listen sockets bound");
        }
        List<String> sockets = new ArrayList<>();
        for (int i = 0; i < bound.size(); i++) {
            String host = diameter.listen().get(i).address(); // as configured: 0.0.0.0, not the bound ::
            sockets.add((host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + bound.get(i).getPort());
        }
        return Check.up("listening on " + String.join(", ", sockets));
    }

    private Check store() {
        try {
            store.sessions().get(PROBE_KEY).toCompletableFuture().get(STORE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return Check.up("reachable");
        } catch (TimeoutException e) {
            return Check.down("no answer within " + STORE_WAIT.toSeconds() + " s");
        } catch (ExecutionException e) {
            return Check.down("unreachable: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Check.down("interrupted while probing");
        }
    }

    private Check peers() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (PeerConfig p : diameter.peers()) {
            if (p.connect()) {
                groups.computeIfAbsent(p.realm() != null ? "realm " + p.realm() : "peer " + p.host(),
                        k -> new ArrayList<>()).add(p.host());
            }
        }
        if (groups.isEmpty()) {
            return Check.up("no peer to dial is configured; peers that dial this node are not required");
        }
        List<String> missing = new ArrayList<>();
        List<String> open = new ArrayList<>();
        groups.forEach((group, hosts) -> {
            List<String> up = hosts.stream().filter(this::isOpen).toList();
            (up.isEmpty() ? missing : open).add(group + ": " + (up.isEmpty() ? "none of " + hosts + " open"
                    : String.join(", ", up) + " open"));
        });
        return missing.isEmpty() ? Check.up(String.join("; ", open)) : Check.down(String.join("; ", missing));
    }

    private boolean isOpen(String host) {
        return node.peer(host).map(PeerStatus::state).map(PeerState::isOpen).orElse(false);
    }

    /**
     * @param status {@code UP} when every check is, else {@code DOWN}
     * @param checks each check by name, in order
     */
    public record Report(String status, Map<String, Check> checks) {
        public static Report of(Map<String, Check> checks) {
            boolean up = checks.values().stream().allMatch(Check::passed);
            return new Report(up ? Check.UP : Check.DOWN, Collections.unmodifiableMap(new LinkedHashMap<>(checks)));
        }

        /** True when every check is UP (not a bean getter, so not a JSON field). */
        public boolean ready() {
            return Check.UP.equals(status);
        }
    }
}
