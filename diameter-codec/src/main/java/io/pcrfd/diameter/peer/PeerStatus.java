package io.pcrfd.diameter.peer;

import io.pcrfd.diameter.peer.fsm.PeerState;
import io.pcrfd.diameter.peer.routing.Route;
import io.pcrfd.diameter.peer.watchdog.WatchdogState;

/**
 * A snapshot of one peer, for status pages and tests.
 *
 * @param host     its Origin-Host
 * @param realm    its realm
 * @param state    the RFC 6733 §5.6 state
 * @param watchdog the RFC 3539 state
 * @param health   what routing makes of both
 */
public record PeerStatus(String host, String realm, PeerState state, WatchdogState watchdog, Route.Health health) {
    static PeerStatus of(Peer p) {
        return new PeerStatus(p.host(), p.realm(), p.state(), p.watchdog().status().state(), p.health());
    }
}
