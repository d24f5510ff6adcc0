package io.pcrfd.diameter.peer.routing;

/**
 * What routing needs to know about a peer: who it is, its realm and priority, and whether it
 * can take a request now. Implemented by the peer runtime; read from any thread.
 */
public interface Route {
    /** Its Origin-Host. */
    String host();

    /** Its realm. */
    String realm();

    /** Lower is preferred among the peers of one realm. */
    int priority();

    /** How usable the peer is now. */
    Health health();

    /**
     * Whether the peer takes requests of {@code applicationId} (RFC 6733 §2.7: the application
     * is the routing table's second key); asked of default routes only. By default: any.
     */
    default boolean servesApplication(long applicationId) {
        return true;
    }

    /** Routing's view of a peer (from the RFC 3539 watchdog and the RFC 6733 §5.6 state). */
    enum Health {
        /** Open and the watchdog is OKAY: takes traffic. */
        OKAY,
        /** Open but the watchdog is in REOPEN: only when nothing OKAY is left. */
        REOPEN,
        /** SUSPECT, DOWN, or not open: never chosen. */
        UNAVAILABLE
    }
}
