package io.pcrfd.dra;

import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.diameter.peer.PeerStatus;
import io.pcrfd.diameter.peer.routing.Route;
import io.pcrfd.diameter.peer.watchdog.WatchdogState;
import io.pcrfd.dra.pool.PcrfHealth;

/** A PCRF's health as the DRA's peer layer sees it (connection state and RFC 3539 watchdog). */
final class PeerHealth implements PcrfHealth {
    private final DiameterNode node;

    PeerHealth(DiameterNode node) {
        this.node = node;
    }

    @Override
    public boolean available(String host) {
        return node.peer(host).map(p -> p.health() != Route.Health.UNAVAILABLE).orElse(false);
    }

    /** Not open, or open with a watchdog that gave up (DOWN); SUSPECT is not down yet. */
    @Override
    public boolean down(String host) {
        return node.peer(host).map(PeerHealth::down).orElse(true);
    }

    private static boolean down(PeerStatus p) {
        return !p.state().isOpen() || p.watchdog() == WatchdogState.DOWN;
    }
}
