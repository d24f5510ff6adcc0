package io.pcrfd.store;

/** The backend did not answer within the command timeout; the outcome is unknown. */
public class StoreTimeoutException extends StoreException {

    private static final long serialVersionUID = 1L;

    public StoreTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
