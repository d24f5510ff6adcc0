package io.pcrfd.store;

/**
 * The backend cannot be reached now (connection down, reconnecting); the command was not
 * executed. Retrying later is safe.
 */
public class StoreUnavailableException extends StoreException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
