// Generated from rfc7155.dia by SpecGenerator (diameter-codec tests); do not edit.
// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true
package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.DataType;

/** The AVPs that {@code rfc7155.dia} defines, as typed handles. */
public final class Rfc7155 {
    /** Framed-IP-Address (8), OctetString. */
    public static final AvpKey.Octets FRAMED_IP_ADDRESS = new AvpKey.Octets("Framed-IP-Address", 8, 0, false);
    /** Filter-Id (11), UTF8String. */
    public static final AvpKey.Text FILTER_ID = new AvpKey.Text("Filter-Id", 11, 0, false, DataType.UTF8_STRING);
    /** Called-Station-Id (30), UTF8String. */
    public static final AvpKey.Text CALLED_STATION_ID = new AvpKey.Text("Called-Station-Id", 30, 0, false, DataType.UTF8_STRING);
    /** Framed-IPv6-Prefix (97), OctetString. */
    public static final AvpKey.Octets FRAMED_IPV6_PREFIX = new AvpKey.Octets("Framed-IPv6-Prefix", 97, 0, false);

    private Rfc7155() {
    }
}
