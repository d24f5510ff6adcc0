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
 * @param outboundBytes octets written to its open connection and not yet taken by the socket
 *                 (0 when it has none); at most about the high water mark, 1 MiB, because sends
 *                 are refused beyond it
 */
public record PeerStatus(String host, String realm, PeerState state, WatchdogState watchdog, Route.Health health,
                         long outboundBytes) {
    static PeerStatus of(Peer p) {
        Connection c = p.active();
        return new PeerStatus(p.host(), p.realm(), p.state(), p.watchdog().status().state(), p.health(),
                c == null ? 0 : c.pendingOutboundBytes());
    }
}
