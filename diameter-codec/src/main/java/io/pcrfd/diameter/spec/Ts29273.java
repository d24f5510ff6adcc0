// Generated from ts29273.dia by SpecGenerator (diameter-codec tests); do not edit.
// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true
package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.DataType;

/** The AVPs that {@code ts29273.dia} defines, as typed handles. */
public final class Ts29273 {
    /** AN-Trusted (1503, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated AN_TRUSTED = new AvpKey.Enumerated("AN-Trusted", 1503, 10415, false);
    /** SSID (1524, vendor 10415), UTF8String. */
    public static final AvpKey.Text SSID = new AvpKey.Text("SSID", 1524, 10415, false, DataType.UTF8_STRING);
    /** Origination-Time-Stamp (1536, vendor 10415), Unsigned64. */
    public static final AvpKey.Unsigned64 ORIGINATION_TIME_STAMP = new AvpKey.Unsigned64("Origination-Time-Stamp", 1536, 10415, false);
    /** Maximum-Wait-Time (1537, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 MAXIMUM_WAIT_TIME = new AvpKey.Unsigned32("Maximum-Wait-Time", 1537, 10415, false);

    /** The named values of AN-Trusted (an open set). */
    public static final class AnTrusted {
        public static final int TRUSTED = 0;
        public static final int UNTRUSTED = 1;

        private AnTrusted() {
        }
    }

    private Ts29273() {
    }
}
