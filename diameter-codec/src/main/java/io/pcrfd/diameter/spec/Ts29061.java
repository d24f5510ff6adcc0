// Generated from ts29061.dia by SpecGenerator (diameter-codec tests); do not edit.
// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true
package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.DataType;

/** The AVPs that {@code ts29061.dia} defines, as typed handles. */
public final class Ts29061 {
    /** 3GPP-SGSN-Address (6, vendor 10415), OctetString. */
    public static final AvpKey.Octets _3GPP_SGSN_ADDRESS = new AvpKey.Octets("3GPP-SGSN-Address", 6, 10415, false);
    /** 3GPP-GGSN-Address (7, vendor 10415), OctetString. */
    public static final AvpKey.Octets _3GPP_GGSN_ADDRESS = new AvpKey.Octets("3GPP-GGSN-Address", 7, 10415, false);
    /** 3GPP-Selection-Mode (12, vendor 10415), UTF8String. */
    public static final AvpKey.Text _3GPP_SELECTION_MODE = new AvpKey.Text("3GPP-Selection-Mode", 12, 10415, false, DataType.UTF8_STRING);
    /** 3GPP-Charging-Characteristics (13, vendor 10415), UTF8String. */
    public static final AvpKey.Text _3GPP_CHARGING_CHARACTERISTICS = new AvpKey.Text("3GPP-Charging-Characteristics", 13, 10415, false, DataType.UTF8_STRING);
    /** 3GPP-SGSN-IPv6-Address (15, vendor 10415), OctetString. */
    public static final AvpKey.Octets _3GPP_SGSN_IPV6_ADDRESS = new AvpKey.Octets("3GPP-SGSN-IPv6-Address", 15, 10415, false);
    /** 3GPP-GGSN-IPv6-Address (16, vendor 10415), OctetString. */
    public static final AvpKey.Octets _3GPP_GGSN_IPV6_ADDRESS = new AvpKey.Octets("3GPP-GGSN-IPv6-Address", 16, 10415, false);
    /** 3GPP-SGSN-MCC-MNC (18, vendor 10415), UTF8String. */
    public static final AvpKey.Text _3GPP_SGSN_MCC_MNC = new AvpKey.Text("3GPP-SGSN-MCC-MNC", 18, 10415, false, DataType.UTF8_STRING);
    /** 3GPP-RAT-Type (21, vendor 10415), OctetString. */
    public static final AvpKey.Octets _3GPP_RAT_TYPE = new AvpKey.Octets("3GPP-RAT-Type", 21, 10415, false);
    /** 3GPP-User-Location-Info (22, vendor 10415), OctetString. */
    public static final AvpKey.Octets _3GPP_USER_LOCATION_INFO = new AvpKey.Octets("3GPP-User-Location-Info", 22, 10415, false);
    /** 3GPP-MS-TimeZone (23, vendor 10415), OctetString. */
    public static final AvpKey.Octets _3GPP_MS_TIMEZONE = new AvpKey.Octets("3GPP-MS-TimeZone", 23, 10415, false);
    /** TWAN-Identifier (29, vendor 10415), OctetString. */
    public static final AvpKey.Octets TWAN_IDENTIFIER = new AvpKey.Octets("TWAN-Identifier", 29, 10415, false);
    /** RAI (909, vendor 10415), UTF8String. */
    public static final AvpKey.Text RAI = new AvpKey.Text("RAI", 909, 10415, false, DataType.UTF8_STRING);

    private Ts29061() {
    }
}
