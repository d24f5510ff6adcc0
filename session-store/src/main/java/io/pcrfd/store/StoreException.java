package io.pcrfd.store;

/**
 * A store operation failed. Delivered as the cause of a failed {@link
 * java.util.concurrent.CompletionStage}, never thrown from a call that returns a stage.
 * Subclasses say why, so a handler can map them to a Diameter result
 * (DIAMETER_UNABLE_TO_COMPLY 5012, or DIAMETER_TOO_BUSY 3004 for a transient store outage).
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
