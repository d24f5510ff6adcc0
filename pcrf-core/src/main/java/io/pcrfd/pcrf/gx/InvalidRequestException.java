package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.message.DiameterError;

/**
 * Thrown inside {@link GxRequestParser} to stop at the first bad AVP (RFC 6733 §7: only the
 * first error is reported); the parser turns it into {@link GxParse.Invalid}. The Rx
 * parser, which shares {@link GxAvpReader}'s checks, catches it the same way.
 */
public final class InvalidRequestException extends RuntimeException {
    private final transient DiameterError error;

    public InvalidRequestException(DiameterError error) {
        super(error.text(), null, false, false);
        this.error = error;
    }

    public DiameterError error() {
        return error;
    }
}
