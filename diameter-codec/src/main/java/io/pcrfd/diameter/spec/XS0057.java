// Generated from x-s0057.dia by SpecGenerator (diameter-codec tests); do not edit.
// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true
package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.DataType;

/** The AVPs that {@code x-s0057.dia} defines, as typed handles. */
public final class XS0057 {
    /** 3GPP2-BSID (9010, vendor 5535), UTF8String. */
    public static final AvpKey.Text _3GPP2_BSID = new AvpKey.Text("3GPP2-BSID", 9010, 5535, false, DataType.UTF8_STRING);

    private XS0057() {
    }
}
