package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.message.DiameterError;

/**
 * Thrown inside {@link GxRequestParser} to stop at the first bad AVP (RFC 6733 §7: only the
 * first error is reported); the parser turns it into {@link GxParse.Invalid}, so it never
 * leaves the package.
 */
final class InvalidRequestException extends RuntimeException {
    private final transient DiameterError error;

    InvalidRequestException(DiameterError error) {
        super(error.text(), null, false, false);
        this.error = error;
    }

    DiameterError error() {
        return error;
    }
}
