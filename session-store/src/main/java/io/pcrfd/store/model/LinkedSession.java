package io.pcrfd.store.model;

import java.util.Objects;

/**
 * A Diameter session on another interface that belongs to an IP-CAN session, and the peer
 * (Origin-Host) that owns it. Its Session-Id is indexed, so a request on that interface
 * finds the IP-CAN session.
 */
public record LinkedSession(LinkedInterface iface, String sessionId, String peer) {

    public LinkedSession {
        Objects.requireNonNull(iface, "iface");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(peer, "peer");
    }
}
