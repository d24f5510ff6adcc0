// Generated from rfc8506.dia by SpecGenerator (diameter-codec tests); do not edit.
// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true
package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.DataType;

/** The AVPs that {@code rfc8506.dia} defines, as typed handles. */
public final class Rfc8506 {
    /** User-Equipment-Info-Extension (653), Grouped. */
    public static final AvpKey.Grouped USER_EQUIPMENT_INFO_EXTENSION = new AvpKey.Grouped("User-Equipment-Info-Extension", 653, 0, false);
    /** User-Equipment-Info-IMEISV (654), OctetString. */
    public static final AvpKey.Octets USER_EQUIPMENT_INFO_IMEISV = new AvpKey.Octets("User-Equipment-Info-IMEISV", 654, 0, false);
    /** User-Equipment-Info-MAC (655), OctetString. */
    public static final AvpKey.Octets USER_EQUIPMENT_INFO_MAC = new AvpKey.Octets("User-Equipment-Info-MAC", 655, 0, false);
    /** User-Equipment-Info-EUI64 (656), OctetString. */
    public static final AvpKey.Octets USER_EQUIPMENT_INFO_EUI64 = new AvpKey.Octets("User-Equipment-Info-EUI64", 656, 0, false);
    /** User-Equipment-Info-ModifiedEUI64 (657), OctetString. */
    public static final AvpKey.Octets USER_EQUIPMENT_INFO_MODIFIEDEUI64 = new AvpKey.Octets("User-Equipment-Info-ModifiedEUI64", 657, 0, false);
    /** User-Equipment-Info-IMEI (658), OctetString. */
    public static final AvpKey.Octets USER_EQUIPMENT_INFO_IMEI = new AvpKey.Octets("User-Equipment-Info-IMEI", 658, 0, false);
    /** Subscription-Id-Extension (659), Grouped. */
    public static final AvpKey.Grouped SUBSCRIPTION_ID_EXTENSION = new AvpKey.Grouped("Subscription-Id-Extension", 659, 0, false);
    /** Subscription-Id-E164 (660), UTF8String. */
    public static final AvpKey.Text SUBSCRIPTION_ID_E164 = new AvpKey.Text("Subscription-Id-E164", 660, 0, false, DataType.UTF8_STRING);
    /** Subscription-Id-IMSI (661), UTF8String. */
    public static final AvpKey.Text SUBSCRIPTION_ID_IMSI = new AvpKey.Text("Subscription-Id-IMSI", 661, 0, false, DataType.UTF8_STRING);
    /** Subscription-Id-SIP-URI (662), UTF8String. */
    public static final AvpKey.Text SUBSCRIPTION_ID_SIP_URI = new AvpKey.Text("Subscription-Id-SIP-URI", 662, 0, false, DataType.UTF8_STRING);
    /** Subscription-Id-NAI (663), UTF8String. */
    public static final AvpKey.Text SUBSCRIPTION_ID_NAI = new AvpKey.Text("Subscription-Id-NAI", 663, 0, false, DataType.UTF8_STRING);
    /** Subscription-Id-Private (664), UTF8String. */
    public static final AvpKey.Text SUBSCRIPTION_ID_PRIVATE = new AvpKey.Text("Subscription-Id-Private", 664, 0, false, DataType.UTF8_STRING);

    private Rfc8506() {
    }
}
