// Generated from etsi283034.dia by SpecGenerator (diameter-codec tests); do not edit.
// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true
package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.DataType;

/** The AVPs that {@code etsi283034.dia} defines, as typed handles. */
public final class Etsi283034 {
    /** Logical-Access-ID (302, vendor 13019), OctetString. */
    public static final AvpKey.Octets LOGICAL_ACCESS_ID = new AvpKey.Octets("Logical-Access-ID", 302, 13019, false);
    /** Physical-Access-ID (313, vendor 13019), UTF8String. */
    public static final AvpKey.Text PHYSICAL_ACCESS_ID = new AvpKey.Text("Physical-Access-ID", 313, 13019, false, DataType.UTF8_STRING);

    private Etsi283034() {
    }
}
