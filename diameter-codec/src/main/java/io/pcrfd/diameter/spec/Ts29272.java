// Generated from ts29272.dia by SpecGenerator (diameter-codec tests); do not edit.
// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true
package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpKey;

/** The AVPs that {@code ts29272.dia} defines, as typed handles. */
public final class Ts29272 {
    /** CSG-Id (1437, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 CSG_ID = new AvpKey.Unsigned32("CSG-Id", 1437, 10415, false);
    /** Trace-Collection-Entity (1452, vendor 10415), Address. */
    public static final AvpKey.Address TRACE_COLLECTION_ENTITY = new AvpKey.Address("Trace-Collection-Entity", 1452, 10415, false);
    /** Trace-Data (1458, vendor 10415), Grouped. */
    public static final AvpKey.Grouped TRACE_DATA = new AvpKey.Grouped("Trace-Data", 1458, 10415, false);
    /** Trace-Reference (1459, vendor 10415), OctetString. */
    public static final AvpKey.Octets TRACE_REFERENCE = new AvpKey.Octets("Trace-Reference", 1459, 10415, false);
    /** Trace-Depth (1462, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated TRACE_DEPTH = new AvpKey.Enumerated("Trace-Depth", 1462, 10415, false);
    /** Trace-NE-Type-List (1463, vendor 10415), OctetString. */
    public static final AvpKey.Octets TRACE_NE_TYPE_LIST = new AvpKey.Octets("Trace-NE-Type-List", 1463, 10415, false);
    /** Trace-Interface-List (1464, vendor 10415), OctetString. */
    public static final AvpKey.Octets TRACE_INTERFACE_LIST = new AvpKey.Octets("Trace-Interface-List", 1464, 10415, false);
    /** Trace-Event-List (1465, vendor 10415), OctetString. */
    public static final AvpKey.Octets TRACE_EVENT_LIST = new AvpKey.Octets("Trace-Event-List", 1465, 10415, false);
    /** OMC-Id (1466, vendor 10415), OctetString. */
    public static final AvpKey.Octets OMC_ID = new AvpKey.Octets("OMC-Id", 1466, 10415, false);

    /** The named values of Trace-Depth (an open set). */
    public static final class TraceDepth {
        public static final int MINIMUM = 0;
        public static final int MEDIUM = 1;
        public static final int MAXIMUM = 2;
        public static final int MINIMUM_WITHOUT_VENDOR_SPECIFIC_EXTENSION = 3;
        public static final int MEDIUM_WITHOUT_VENDOR_SPECIFIC_EXTENSION = 4;
        public static final int MAXIMUM_WITHOUT_VENDOR_SPECIFIC_EXTENSION = 5;

        private TraceDepth() {
        }
    }

    private Ts29272() {
    }
}
