package io.pcrfd.it;

import io.pcrfd.diameter.peer.routing.Route;
import io.pcrfd.dra.DraNode;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.node.NodeEnvironment;
import java.time.Duration;
import java.util.Map;

/**
 * A pcrfd Policy DRA in front of one PCRF, for the end-to-end tests that run a scenario through
 * it: the DRA is named {@code originHost} in the PCRF's {@code realm}, listens on a free loopback
 * port, dials the PCRF at {@code pcrfPort} and has it as its one pool; its admin REST API is on
 * a free port too. Returned once the PCRF is open (watchdog OKAY) at the DRA.
 */
public final class DraInFront {
    private DraInFront() {
    }

    public static DraNode start(String originHost, String realm, String pcrfHost, int pcrfPort) {
        DraNode dra = DraNode.start(ConfigLoader.load("""
                role: dra
                diameter:
                  originHost: %s
                  originRealm: %s
                  listen: [{address: 127.0.0.1, port: 3868}]
                  peers:
                    - {host: %s, address: 127.0.0.1, port: %d, realm: %s, connect: true, tc: 1s}
                rest: {address: 127.0.0.1, port: 8082}
                dra:
                  routingTables: [{name: t1, routes: [{host: %s}]}]
                  pools: [{name: default, routingTable: t1}]
                """.formatted(originHost, realm, pcrfHost, pcrfPort, realm, pcrfHost), null, Map.of()),
                NodeEnvironment.DEFAULTS.withEphemeralPorts(true));
        try {
            Await.await(pcrfHost + " open at the DRA", Duration.ofSeconds(20), () -> dra.diameter().peer(pcrfHost)
                    .map(p -> p.health() == Route.Health.OKAY).orElse(false));
        } catch (RuntimeException | Error e) {
            dra.close();
            throw e;
        }
        return dra;
    }

    /** The DRA's Diameter port. */
    public static int port(DraNode dra) {
        return dra.diameterAddresses().get(0).getPort();
    }
}
