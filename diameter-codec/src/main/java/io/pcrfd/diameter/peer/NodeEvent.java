package io.pcrfd.diameter.peer;

import java.util.Set;

/**
 * What a {@link DiameterNode} tells its listeners. Listeners run on a peer's event loop and
 * must not block.
 */
public sealed interface NodeEvent {
    /** The peer's Origin-Host. */
    String host();

    /**
     * A connection to {@code host} completed CER/CEA and carries traffic now.
     *
     * @param host         the peer's Origin-Host
     * @param realm        its Origin-Realm
     * @param applications the applications both sides serve
     * @param initiator    true when we dialled
     */
    record PeerUp(String host, String realm, Set<Long> applications, boolean initiator) implements NodeEvent {
    }

    /**
     * The connection to {@code host} is gone.
     *
     * @param host   the peer's Origin-Host
     * @param reason why (peer closed, DPR, watchdog, shutdown)
     */
    record PeerDown(String host, String reason) implements NodeEvent {
    }

    /**
     * The peer's Origin-State-Id changed: it restarted and lost state (RFC 6733 §8.16), so its
     * sessions may be treated as ended.
     *
     * @param host     the peer's Origin-Host
     * @param previous the value seen before
     * @param current  the new value
     */
    record OriginStateIdChanged(String host, long previous, long current) implements NodeEvent {
    }
}
