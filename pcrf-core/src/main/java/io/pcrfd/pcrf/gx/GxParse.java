package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.message.DiameterError;

/** The outcome of reading a CCR: a request, or the error to answer with (RFC 6733 §7). */
public sealed interface GxParse {

    /** The CCR was read. */
    record Parsed(GxRequest request) implements GxParse {
    }

    /** The CCR cannot be served: answer {@code error.resultCode()} with its Failed-AVP. */
    record Invalid(DiameterError error) implements GxParse {
    }
}
