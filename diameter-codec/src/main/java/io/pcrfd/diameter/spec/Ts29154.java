// Generated from ts29154.dia by SpecGenerator (diameter-codec tests); do not edit.
// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true
package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpKey;

/** The AVPs that {@code ts29154.dia} defines, as typed handles. */
public final class Ts29154 {
    /** Reference-Id (4202, vendor 10415), OctetString. */
    public static final AvpKey.Octets REFERENCE_ID = new AvpKey.Octets("Reference-Id", 4202, 10415, false);

    private Ts29154() {
    }
}
