// Generated from rfc8583.dia by SpecGenerator (diameter-codec tests); do not edit.
// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true
package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.DataType;

/** The AVPs that {@code rfc8583.dia} defines, as typed handles. */
public final class Rfc8583 {
    /** SourceID (649), DiameterIdentity. */
    public static final AvpKey.Text SOURCEID = new AvpKey.Text("SourceID", 649, 0, false, DataType.DIAMETER_IDENTITY);
    /** Load (650), Grouped. */
    public static final AvpKey.Grouped LOAD = new AvpKey.Grouped("Load", 650, 0, false);
    /** Load-Type (651), Enumerated. */
    public static final AvpKey.Enumerated LOAD_TYPE = new AvpKey.Enumerated("Load-Type", 651, 0, false);
    /** Load-Value (652), Unsigned64. */
    public static final AvpKey.Unsigned64 LOAD_VALUE = new AvpKey.Unsigned64("Load-Value", 652, 0, false);

    /** The named values of Load-Type (an open set). */
    public static final class LoadType {
        public static final int HOST = 0;
        public static final int PEER = 1;

        private LoadType() {
        }
    }

    private Rfc8583() {
    }
}
