package io.pcrfd.diameter.codec;

import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.dictionary.DataType;
import io.pcrfd.diameter.message.ResultCodes;

/**
 * Checks AVP data against its format (RFC 6733 §4.2, §4.3). Returns 0 when the data is fine,
 * else the Result-Code: 5014 when the length cannot be right for the format, 5004 when the
 * octets are not a valid value.
 *
 * <p>Decisions: an Address must be IPv4 (family 1, 4 octets) or IPv6 (family 2, 16 octets);
 * any other family or length is 5004, since no AVP this node uses carries another family.
 * Enumerated values without a name are valid (the set is open; a newer peer may send values
 * this dictionary predates), so they never cause 5004. A DiameterIdentity must have the syntax
 * of {@link IdentitySyntax} (an FQDN, underscores accepted), so an empty, blank or comma-laden
 * Origin-Host is 5004 in every application and in CER. The Session-Id (RFC 6733 §8.8) must be
 * non-empty UTF-8 without control characters (C0, DEL, C1): it names the session in every log
 * line and store key. Its {@code <DiameterIdentity>;...} form is only recommended, so the
 * part before the first ';' is not checked.
 */
final class ValueChecks {
    private static final int SESSION_ID = 263;

    private ValueChecks() {
    }

    static long check(AvpDefinition def, byte[] b, int off, int len) {
        DataType type = def.type();
        int fixed = type.fixedLength();
        if (fixed >= 0) {
            return len == fixed ? 0 : ResultCodes.DIAMETER_INVALID_AVP_LENGTH;
        }
        if (type == DataType.ADDRESS) {
            return address(b, off, len);
        }
        if (type == DataType.DIAMETER_IDENTITY) {
            return IdentitySyntax.isValid(b, off, len) ? 0 : ResultCodes.DIAMETER_INVALID_AVP_VALUE;
        }
        if (type.isText()) {
            boolean ok = Utf8.isValid(b, off, len) && (!isSessionId(def) || sessionId(b, off, len));
            return ok ? 0 : ResultCodes.DIAMETER_INVALID_AVP_VALUE;
        }
        return 0;
    }

    private static boolean isSessionId(AvpDefinition def) {
        return def.code() == SESSION_ID && def.vendorId() == 0;
    }

    /** Non-empty and, being valid UTF-8 already, without a C0, DEL or C1 (U+0080-U+009F) character. */
    private static boolean sessionId(byte[] b, int off, int len) {
        if (len == 0) {
            return false;
        }
        int i = off;
        // Session-Ids are ASCII in practice: eight printable octets at a time.
        while (i + 8 <= off + len && Utf8.printableAscii(b, i)) {
            i += 8;
        }
        for (; i < off + len; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 || c == 0x7F || (c == 0xC2 && (b[i + 1] & 0xFF) <= 0x9F)) {
                return false;
            }
        }
        return true;
    }

    private static long address(byte[] b, int off, int len) {
        if (len < 2) {
            return ResultCodes.DIAMETER_INVALID_AVP_LENGTH;
        }
        int family = ((b[off] & 0xFF) << 8) | (b[off + 1] & 0xFF);
        boolean ok = (family == 1 && len == 6) || (family == 2 && len == 18);
        return ok ? 0 : ResultCodes.DIAMETER_INVALID_AVP_VALUE;
    }

    static String reason(long resultCode, AvpDefinition def, int len) {
        DataType type = def.type();
        if (resultCode == ResultCodes.DIAMETER_INVALID_AVP_LENGTH) {
            return type.specName() + " with " + len + " octets of data";
        }
        if (type == DataType.DIAMETER_IDENTITY) {
            return "DiameterIdentity that is not an FQDN (RFC 6733 §4.3.1)";
        }
        if (isSessionId(def)) {
            return "Session-Id that is empty, not UTF-8 or holds control characters (RFC 6733 §8.8)";
        }
        return type == DataType.ADDRESS ? "Address is not IPv4 or IPv6" : "invalid " + type.specName();
    }
}
