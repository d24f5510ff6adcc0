package io.pcrfd.store;

/** Stored data could not be read or written as a record (corrupt JSON, bad snapshot file). */
public class StoreDataException extends StoreException {

    private static final long serialVersionUID = 1L;

    public StoreDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
