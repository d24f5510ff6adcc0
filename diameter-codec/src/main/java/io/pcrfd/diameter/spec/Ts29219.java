// Generated from ts29219.dia by SpecGenerator (diameter-codec tests); do not edit.
// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true
package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.DataType;

/** The AVPs that {@code ts29219.dia} defines, as typed handles. */
public final class Ts29219 {
    /** Policy-Counter-Identifier (2901, vendor 10415), UTF8String. */
    public static final AvpKey.Text POLICY_COUNTER_IDENTIFIER = new AvpKey.Text("Policy-Counter-Identifier", 2901, 10415, false, DataType.UTF8_STRING);
    /** Policy-Counter-Status (2902, vendor 10415), UTF8String. */
    public static final AvpKey.Text POLICY_COUNTER_STATUS = new AvpKey.Text("Policy-Counter-Status", 2902, 10415, false, DataType.UTF8_STRING);
    /** Policy-Counter-Status-Report (2903, vendor 10415), Grouped. */
    public static final AvpKey.Grouped POLICY_COUNTER_STATUS_REPORT = new AvpKey.Grouped("Policy-Counter-Status-Report", 2903, 10415, false);
    /** SL-Request-Type (2904, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated SL_REQUEST_TYPE = new AvpKey.Enumerated("SL-Request-Type", 2904, 10415, false);
    /** Pending-Policy-Counter-Information (2905, vendor 10415), Grouped. */
    public static final AvpKey.Grouped PENDING_POLICY_COUNTER_INFORMATION = new AvpKey.Grouped("Pending-Policy-Counter-Information", 2905, 10415, false);
    /** Pending-Policy-Counter-Change-Time (2906, vendor 10415), Time. */
    public static final AvpKey.Time PENDING_POLICY_COUNTER_CHANGE_TIME = new AvpKey.Time("Pending-Policy-Counter-Change-Time", 2906, 10415, false);
    /** SN-Request-Type (2907, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 SN_REQUEST_TYPE = new AvpKey.Unsigned32("SN-Request-Type", 2907, 10415, false);

    /** The named values of SL-Request-Type (an open set). */
    public static final class SlRequestType {
        public static final int INITIAL_REQUEST = 0;
        public static final int INTERMEDIATE_REQUEST = 1;

        private SlRequestType() {
        }
    }

    private Ts29219() {
    }
}
