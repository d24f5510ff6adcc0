// Generated from ts32299.dia by SpecGenerator (diameter-codec tests); do not edit.
// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true
package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.DataType;

/** The AVPs that {@code ts32299.dia} defines, as typed handles. */
public final class Ts32299 {
    /** Calling-Party-Address (831, vendor 10415), UTF8String. */
    public static final AvpKey.Text CALLING_PARTY_ADDRESS = new AvpKey.Text("Calling-Party-Address", 831, 10415, false, DataType.UTF8_STRING);
    /** Called-Party-Address (832, vendor 10415), UTF8String. */
    public static final AvpKey.Text CALLED_PARTY_ADDRESS = new AvpKey.Text("Called-Party-Address", 832, 10415, false, DataType.UTF8_STRING);
    /** Quota-Consumption-Time (881, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 QUOTA_CONSUMPTION_TIME = new AvpKey.Unsigned32("Quota-Consumption-Time", 881, 10415, false);
    /** Called-Asserted-Identity (1250, vendor 10415), UTF8String. */
    public static final AvpKey.Text CALLED_ASSERTED_IDENTITY = new AvpKey.Text("Called-Asserted-Identity", 1250, 10415, false, DataType.UTF8_STRING);
    /** Requested-Party-Address (1251, vendor 10415), UTF8String. */
    public static final AvpKey.Text REQUESTED_PARTY_ADDRESS = new AvpKey.Text("Requested-Party-Address", 1251, 10415, false, DataType.UTF8_STRING);
    /** PDN-Connection-Charging-ID (2050, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 PDN_CONNECTION_CHARGING_ID = new AvpKey.Unsigned32("PDN-Connection-Charging-ID", 2050, 10415, false);
    /** Dynamic-Address-Flag (2051, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated DYNAMIC_ADDRESS_FLAG = new AvpKey.Enumerated("Dynamic-Address-Flag", 2051, 10415, false);
    /** Dynamic-Address-Flag-Extension (2068, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated DYNAMIC_ADDRESS_FLAG_EXTENSION = new AvpKey.Enumerated("Dynamic-Address-Flag-Extension", 2068, 10415, false);
    /** CSG-Access-Mode (2317, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated CSG_ACCESS_MODE = new AvpKey.Enumerated("CSG-Access-Mode", 2317, 10415, false);
    /** CSG-Membership-Indication (2318, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated CSG_MEMBERSHIP_INDICATION = new AvpKey.Enumerated("CSG-Membership-Indication", 2318, 10415, false);
    /** User-CSG-Information (2319, vendor 10415), Grouped. */
    public static final AvpKey.Grouped USER_CSG_INFORMATION = new AvpKey.Grouped("User-CSG-Information", 2319, 10415, false);
    /** BSSID (2716, vendor 10415), UTF8String. */
    public static final AvpKey.Text BSSID = new AvpKey.Text("BSSID", 2716, 10415, false, DataType.UTF8_STRING);

    /** The named values of Dynamic-Address-Flag (an open set). */
    public static final class DynamicAddressFlag {
        public static final int STATIC = 0;
        public static final int DYNAMIC = 1;

        private DynamicAddressFlag() {
        }
    }

    /** The named values of Dynamic-Address-Flag-Extension (an open set). */
    public static final class DynamicAddressFlagExtension {
        public static final int STATIC = 0;
        public static final int DYNAMIC = 1;

        private DynamicAddressFlagExtension() {
        }
    }

    /** The named values of CSG-Access-Mode (an open set). */
    public static final class CsgAccessMode {
        public static final int CLOSED = 0;
        public static final int HYBRID = 1;

        private CsgAccessMode() {
        }
    }

    /** The named values of CSG-Membership-Indication (an open set). */
    public static final class CsgMembershipIndication {
        public static final int NOT_MEMBER = 0;
        public static final int MEMBER = 1;

        private CsgMembershipIndication() {
        }
    }

    private Ts32299() {
    }
}
