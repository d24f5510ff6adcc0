package io.pcrfd.diameter.peer;

/**
 * A request we sent got no answer from the peer, for a local reason. The future returned by
 * {@link DiameterNode#send} completes exceptionally with this; it never hangs. Each reason
 * maps to the Result-Code an agent would have answered with (RFC 6733 §7.1.3).
 */
public final class LocalRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the request did not get an answer. */
    public enum Reason {
        /** No open, healthy connection to a peer that could take it (3002). */
        UNABLE_TO_DELIVER(3002),
        /** No peer serves the Destination-Realm (3003). */
        REALM_NOT_SERVED(3003),
        /** Too many requests in flight on the chosen connection (3004). */
        TOO_BUSY(3004),
        /** The answer did not arrive within the request timeout (3002 semantics). */
        TIMEOUT(3002),
        /** The connection closed before the answer arrived (3002 semantics). */
        CONNECTION_LOST(3002),
        /** The node is shutting down (3002 semantics). */
        SHUTTING_DOWN(3002);

        private final long resultCode;

        Reason(long resultCode) {
            this.resultCode = resultCode;
        }

        public long resultCode() {
            return resultCode;
        }
    }

    private final Reason reason;

    public LocalRequestException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The Result-Code this failure stands for. */
    public long resultCode() {
        return reason.resultCode();
    }
}
