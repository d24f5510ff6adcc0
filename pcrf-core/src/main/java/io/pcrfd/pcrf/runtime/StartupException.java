package io.pcrfd.pcrf.runtime;

/**
 * The node cannot start for a reason the user can fix. The message is one line that says what
 * and where, for example {@code cannot listen on 0.0.0.0:3868: address already in use}.
 */
public final class StartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
