// Generated from etsi183017.dia by SpecGenerator (diameter-codec tests); do not edit.
// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true
package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpKey;

/** The AVPs that {@code etsi183017.dia} defines, as typed handles. */
public final class Etsi183017 {
    /** Reservation-Priority (458, vendor 13019), Enumerated. */
    public static final AvpKey.Enumerated RESERVATION_PRIORITY = new AvpKey.Enumerated("Reservation-Priority", 458, 13019, false);

    /** The named values of Reservation-Priority (an open set). */
    public static final class ReservationPriority {
        public static final int DEFAULT = 0;
        public static final int PRIORITY_ONE = 1;
        public static final int PRIORITY_TWO = 2;
        public static final int PRIORITY_THREE = 3;
        public static final int PRIORITY_FOUR = 4;
        public static final int PRIORITY_FIVE = 5;
        public static final int PRIORITY_SIX = 6;
        public static final int PRIORITY_SEVEN = 7;
        public static final int PRIORITY_EIGHT = 8;
        public static final int PRIORITY_NINE = 9;
        public static final int PRIORITY_TEN = 10;
        public static final int PRIORITY_ELEVEN = 11;
        public static final int PRIORITY_TWELVE = 12;
        public static final int PRIORITY_THIRTEEN = 13;
        public static final int PRIORITY_FOURTEEN = 14;
        public static final int PRIORITY_FIFTEEN = 15;

        private ReservationPriority() {
        }
    }

    private Etsi183017() {
    }
}
