package io.pcrfd.diameter.dictionary;

/**
 * The AVP data formats of RFC 6733 §4.2 (basic) and §4.3 (derived).
 *
 * <p>{@link #fixedLength()} is the exact data length a format demands (-1 when the length
 * varies); {@link #minLength()} is the length of the zero-filled example payload that RFC 6733
 * §7.5 asks for in a Failed-AVP when an AVP is missing (5005) or its length is impossible
 * (5014).
 */
public enum DataType {
    OCTET_STRING("OctetString", -1, 0),
    INTEGER32("Integer32", 4, 4),
    INTEGER64("Integer64", 8, 8),
    UNSIGNED32("Unsigned32", 4, 4),
    UNSIGNED64("Unsigned64", 8, 8),
    FLOAT32("Float32", 4, 4),
    FLOAT64("Float64", 8, 8),
    GROUPED("Grouped", -1, 0),
    /** Two octets of IANA address family, then the address (§4.3.1). */
    ADDRESS("Address", -1, 6),
    /** Seconds since 1900-01-01 UTC, as NTP (§4.3.1). */
    TIME("Time", 4, 4),
    UTF8_STRING("UTF8String", -1, 0),
    DIAMETER_IDENTITY("DiameterIdentity", -1, 0),
    DIAMETER_URI("DiameterURI", -1, 0),
    /** Integer32 with named values (§4.3.1). */
    ENUMERATED("Enumerated", 4, 4),
    IP_FILTER_RULE("IPFilterRule", -1, 0),
    QOS_FILTER_RULE("QoSFilterRule", -1, 0);

    private final String specName;
    private final int fixedLength;
    private final int minLength;

    DataType(String specName, int fixedLength, int minLength) {
        this.specName = specName;
        this.fixedLength = fixedLength;
        this.minLength = minLength;
    }

    /** The name RFC 6733 uses, which is also the name in {@code .dia} files. */
    public String specName() {
        return specName;
    }

    /** Exact data length in octets, or -1 when the format has a variable length. */
    public int fixedLength() {
        return fixedLength;
    }

    /** Length of the zero-filled example payload used in Failed-AVP (RFC 6733 §7.5). */
    public int minLength() {
        return minLength;
    }

    /** True for the formats whose data is text that must be valid UTF-8. */
    public boolean isText() {
        return this == UTF8_STRING || this == DIAMETER_IDENTITY || this == DIAMETER_URI
                || this == IP_FILTER_RULE || this == QOS_FILTER_RULE;
    }

    /** True for the 32-bit integer formats that may carry named values. */
    public boolean mayHaveNamedValues() {
        return this == ENUMERATED || this == INTEGER32 || this == UNSIGNED32;
    }

    /** The format with this spec name, or null when there is none. */
    public static DataType fromSpecName(String name) {
        for (DataType t : values()) {
            if (t.specName.equals(name)) {
                return t;
            }
        }
        return null;
    }
}
