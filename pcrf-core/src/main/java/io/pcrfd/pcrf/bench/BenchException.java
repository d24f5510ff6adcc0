package io.pcrfd.pcrf.bench;

/** The load run could not happen (target unreachable, CER refused); the message is one line. */
public final class BenchException extends RuntimeException {
    public BenchException(String message) {
        super(message);
    }

    public BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
