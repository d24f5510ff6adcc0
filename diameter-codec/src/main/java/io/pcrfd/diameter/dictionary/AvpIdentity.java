package io.pcrfd.diameter.dictionary;

import java.util.Objects;

/**
 * A new (code, vendor) for an AVP the dictionary files define by name. Used for AVPs whose
 * identity an operator chooses (pcrfd's own AVPs in {@code pcrfd.dia}, which live under a
 * configurable enterprise number); grammars name AVPs, so every command and grouped grammar
 * that uses the AVP follows the new identity.
 *
 * @param name     the AVP name as a dictionary file defines it
 * @param code     the new AVP code
 * @param vendorId the new vendor id (0 makes the AVP vendor-neutral: V clear)
 */
public record AvpIdentity(String name, int code, int vendorId) {
    public AvpIdentity {
        Objects.requireNonNull(name, "name");
    }
}
