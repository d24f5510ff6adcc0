package io.pcrfd.diameter.dictionary;

/**
 * One AVP as a specification defines it. Identity is (code, vendorId); the name is for people
 * and for the builder.
 *
 * @param name       the spec name, e.g. {@code Charging-Rule-Install}
 * @param code       the AVP code (unsigned 32 bits held in an int)
 * @param vendorId   0 for IETF AVPs, otherwise the IANA enterprise number (10415 = 3GPP)
 * @param type       the data format
 * @param mandatory  the rule for the M bit
 * @param grammar    the {@code @grouped} grammar for a Grouped AVP ({@link Grammar#ANY} when the
 *                   dictionary gives none); {@link Grammar#ANY} for other types
 * @param enumValues named values (empty for most types)
 * @param origin     {@code file:line} of the definition, for error messages
 */
public record AvpDefinition(String name, int code, int vendorId, DataType type, FlagRule mandatory,
                            Grammar grammar, EnumValues enumValues, String origin) {

    /** The V bit: set exactly when the vendor is not 0 (RFC 6733 §4.1). */
    public boolean vendorSpecific() {
        return vendorId != 0;
    }

    /** The AVP flag octet a sender writes for this AVP: V from the vendor, M when it MUST. */
    public byte sendFlags() {
        int flags = (vendorSpecific() ? 0x80 : 0) | (mandatory.setOnSend() ? 0x40 : 0);
        return (byte) flags;
    }

    /** The (code, vendor) pair as one long, the key used by the lookup tables. */
    public long key() {
        return key(code, vendorId);
    }

    /** Packs an AVP identity into one long. */
    public static long key(int code, int vendorId) {
        return ((long) code << 32) | (vendorId & 0xFFFF_FFFFL);
    }

    @Override
    public String toString() {
        return name + "(" + Integer.toUnsignedString(code)
                + (vendorId == 0 ? "" : "/" + Integer.toUnsignedString(vendorId)) + ")";
    }
}
