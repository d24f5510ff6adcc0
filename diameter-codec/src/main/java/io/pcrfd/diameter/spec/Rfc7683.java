// Generated from rfc7683.dia by SpecGenerator (diameter-codec tests); do not edit.
// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true
package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpKey;

/** The AVPs that {@code rfc7683.dia} defines, as typed handles. */
public final class Rfc7683 {
    /** OC-Supported-Features (621), Grouped. */
    public static final AvpKey.Grouped OC_SUPPORTED_FEATURES = new AvpKey.Grouped("OC-Supported-Features", 621, 0, false);
    /** OC-Feature-Vector (622), Unsigned64. */
    public static final AvpKey.Unsigned64 OC_FEATURE_VECTOR = new AvpKey.Unsigned64("OC-Feature-Vector", 622, 0, false);
    /** OC-OLR (623), Grouped. */
    public static final AvpKey.Grouped OC_OLR = new AvpKey.Grouped("OC-OLR", 623, 0, false);
    /** OC-Sequence-Number (624), Unsigned64. */
    public static final AvpKey.Unsigned64 OC_SEQUENCE_NUMBER = new AvpKey.Unsigned64("OC-Sequence-Number", 624, 0, false);
    /** OC-Validity-Duration (625), Unsigned32. */
    public static final AvpKey.Unsigned32 OC_VALIDITY_DURATION = new AvpKey.Unsigned32("OC-Validity-Duration", 625, 0, false);
    /** OC-Report-Type (626), Enumerated. */
    public static final AvpKey.Enumerated OC_REPORT_TYPE = new AvpKey.Enumerated("OC-Report-Type", 626, 0, false);
    /** OC-Reduction-Percentage (627), Unsigned32. */
    public static final AvpKey.Unsigned32 OC_REDUCTION_PERCENTAGE = new AvpKey.Unsigned32("OC-Reduction-Percentage", 627, 0, false);

    /** The named values of OC-Report-Type (an open set). */
    public static final class OcReportType {
        public static final int HOST_REPORT = 0;
        public static final int REALM_REPORT = 1;

        private OcReportType() {
        }
    }

    private Rfc7683() {
    }
}
