// Generated from pcrfd.dia by SpecGenerator (diameter-codec tests); do not edit.
// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true
package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.DataType;

/** The AVPs that {@code pcrfd.dia} defines, as typed handles. */
public final class Pcrfd {
    /** Session-Establishment-Request (1, vendor 32473), Enumerated. */
    public static final AvpKey.Enumerated SESSION_ESTABLISHMENT_REQUEST = new AvpKey.Enumerated("Session-Establishment-Request", 1, 32473, true);
    /** Establishment-Id (2, vendor 32473), UTF8String. */
    public static final AvpKey.Text ESTABLISHMENT_ID = new AvpKey.Text("Establishment-Id", 2, 32473, true, DataType.UTF8_STRING);
    /** HeNB-Identity (3, vendor 32473), OctetString. */
    public static final AvpKey.Octets HENB_IDENTITY = new AvpKey.Octets("HeNB-Identity", 3, 32473, true);

    /** The named values of Session-Establishment-Request (an open set). */
    public static final class SessionEstablishmentRequest {
        public static final int ONE_SHOT = 0;
        public static final int DEVICE_LEVEL = 1;
        public static final int NOTIFY_ONLY = 2;

        private SessionEstablishmentRequest() {
        }
    }

    private Pcrfd() {
    }
}
