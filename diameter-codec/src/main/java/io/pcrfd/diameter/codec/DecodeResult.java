package io.pcrfd.diameter.codec;

import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import java.util.List;
import java.util.Optional;

/**
 * What decoding produced: the message (null only when not even the 20-octet header was there)
 * and the problems found, in the order they were found. RFC 6733 §7 answers with the first;
 * the rest are for logs.
 *
 * @param message the message, or null when the header could not be read
 * @param errors  ordered errors; empty when the message is valid
 */
public record DecodeResult(DiameterMessage message, List<DiameterError> errors) {
    public DecodeResult {
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The error to answer with (RFC 6733 §7: only the first is reported). */
    public Optional<DiameterError> firstError() {
        return errors.isEmpty() ? Optional.empty() : Optional.of(errors.get(0));
    }
}
