package io.pcrfd.pcrf.gx;

/** The stored Gx state of a session could not be read or written: a bug or a damaged store. */
public final class GxStateException extends RuntimeException {
    public GxStateException(String message, Throwable cause) {
        super(message, cause);
    }
}
