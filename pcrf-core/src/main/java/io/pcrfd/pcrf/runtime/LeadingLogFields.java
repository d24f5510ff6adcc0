package io.pcrfd.pcrf.runtime;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.pcrfd.diameter.message.HopByHopId;

/**
 * Peer, Session-Id and Hop-by-Hop id of a line written outside the handling of a message (a
 * watchdog transition, a CER refused, a request refused before its handler, a re-authorisation
 * from the REST API), read from the line's own leading arguments. The project writes such lines
 * in one shape, and this relies on it: a line about a peer starts {@code "peer={} ..."} with the
 * peer first, optionally followed by {@code " session={} {}"} with the Session-Id and the
 * {@link HopByHopId}, or by {@code " {}"} with a {@link HopByHopId}; a line about a session
 * starts {@code "Session-Id={} ..."} (or {@code "session={} ..."}) with the Session-Id first.
 * Only the message pattern and the arguments are read, never the formatted text, so a value
 * that looks like a field cannot forge one.
 */
final class LeadingLogFields {
    private static final String PEER = "peer={}";
    private static final String PEER_SESSION_HBH = "peer={} session={} {}";
    private static final String PEER_HBH = "peer={} {}";

    private LeadingLogFields() {
    }

    /**
     * What a line names; any of them may be null.
     *
     * @param peer      the peer's Origin-Host (or its address before CER)
     * @param sessionId the Session-Id
     * @param hopByHop  the Hop-by-Hop id
     */
    record Found(String peer, String sessionId, Integer hopByHop) {
    }

    /** The fields the line's leading arguments name, or null when it does not start with one. */
    static Found of(ILoggingEvent event) {
        String pattern = event.getMessage();
        Object[] args = event.getArgumentArray();
        if (pattern == null || args == null || args.length == 0 || args[0] == null) {
            return null;
        }
        if (pattern.startsWith(PEER)) {
            return peerLine(pattern, args);
        }
        if (pattern.startsWith("Session-Id={}") || pattern.startsWith("session={}")) {
            return new Found(null, args[0].toString(), null);
        }
        return null;
    }

    private static Found peerLine(String pattern, Object[] args) {
        String peer = args[0].toString();
        if (pattern.startsWith(PEER_SESSION_HBH) && args.length >= 3 && args[2] instanceof HopByHopId h) {
            String session = args[1] == null || "-".equals(args[1]) ? null : args[1].toString();
            return new Found(peer, session, h.value());
        }
        if (pattern.startsWith(PEER_HBH) && args.length >= 2 && args[1] instanceof HopByHopId h) {
            return new Found(peer, null, h.value());
        }
        return new Found(peer, null, null);
    }
}
