// Generated from rfc7944.dia by SpecGenerator (diameter-codec tests); do not edit.
// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true
package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpKey;

/** The AVPs that {@code rfc7944.dia} defines, as typed handles. */
public final class Rfc7944 {
    /** DRMP (301), Enumerated. */
    public static final AvpKey.Enumerated DRMP = new AvpKey.Enumerated("DRMP", 301, 0, false);

    /** The named values of DRMP (an open set). */
    public static final class Drmp {
        public static final int PRIORITY_0 = 0;
        public static final int PRIORITY_1 = 1;
        public static final int PRIORITY_2 = 2;
        public static final int PRIORITY_3 = 3;
        public static final int PRIORITY_4 = 4;
        public static final int PRIORITY_5 = 5;
        public static final int PRIORITY_6 = 6;
        public static final int PRIORITY_7 = 7;
        public static final int PRIORITY_8 = 8;
        public static final int PRIORITY_9 = 9;
        public static final int PRIORITY_10 = 10;
        public static final int PRIORITY_11 = 11;
        public static final int PRIORITY_12 = 12;
        public static final int PRIORITY_13 = 13;
        public static final int PRIORITY_14 = 14;
        public static final int PRIORITY_15 = 15;

        private Drmp() {
        }
    }

    private Rfc7944() {
    }
}
