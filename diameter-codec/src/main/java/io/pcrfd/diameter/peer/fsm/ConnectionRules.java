package io.pcrfd.diameter.peer.fsm;

import java.util.Locale;

/**
 * The two choices between connections to one peer that RFC 6733 §5.6 leaves to a node, as
 * pure functions so they are tested without sockets.
 */
public final class ConnectionRules {
    private ConnectionRules() {
    }

    /**
     * RFC 6733 §5.6.4 election: the node whose Origin-Host is the higher, compared as octet
     * strings ignoring ASCII case, wins and keeps the connection the peer initiated.
     */
    public static boolean localWinsElection(String localHost, String peerHost) {
        return localHost.toLowerCase(Locale.ROOT).compareTo(peerHost.toLowerCase(Locale.ROOT)) > 0;
    }

    /**
     * A new CER while the peer is open is normally rejected (§5.6, R-Reject). Decision: the open
     * connection gives way when it is already closed underneath us (its close event is still
     * queued), or when the CER carries a different non-zero Origin-State-Id: the peer restarted
     * (§8.16), so the old connection is a dead half-open one that the watchdog would take up to
     * 3 Tw to find.
     *
     * @param knownOriginStateId the Origin-State-Id the open connection announced, 0 if none
     * @param newOriginStateId   the one in the new CER, 0 if none
     */
    public static boolean newConnectionReplaces(boolean openConnectionActive, long knownOriginStateId,
                                                long newOriginStateId) {
        return !openConnectionActive || peerRestarted(knownOriginStateId, newOriginStateId);
    }

    /** Both values known and different: the peer lost its state in between (§8.16). */
    public static boolean peerRestarted(long knownOriginStateId, long newOriginStateId) {
        return knownOriginStateId != 0 && newOriginStateId != 0 && knownOriginStateId != newOriginStateId;
    }
}
