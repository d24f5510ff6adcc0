package io.pcrfd.diameter.codec;

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
 * this dictionary predates), so they never cause 5004.
 */
final class ValueChecks {
    private ValueChecks() {
    }

    static long check(DataType type, byte[] b, int off, int len) {
        int fixed = type.fixedLength();
        if (fixed >= 0) {
            return len == fixed ? 0 : ResultCodes.DIAMETER_INVALID_AVP_LENGTH;
        }
        if (type == DataType.ADDRESS) {
            return address(b, off, len);
        }
        if (type.isText()) {
            return Utf8.isValid(b, off, len) ? 0 : ResultCodes.DIAMETER_INVALID_AVP_VALUE;
        }
        return 0;
    }

    private static long address(byte[] b, int off, int len) {
        if (len < 2) {
            return ResultCodes.DIAMETER_INVALID_AVP_LENGTH;
        }
        int family = ((b[off] & 0xFF) << 8) | (b[off + 1] & 0xFF);
        boolean ok = (family == 1 && len == 6) || (family == 2 && len == 18);
        return ok ? 0 : ResultCodes.DIAMETER_INVALID_AVP_VALUE;
    }

    static String reason(long resultCode, DataType type, int len) {
        if (resultCode == ResultCodes.DIAMETER_INVALID_AVP_LENGTH) {
            return type.specName() + " with " + len + " octets of data";
        }
        return type == DataType.ADDRESS ? "Address is not IPv4 or IPv6" : "invalid " + type.specName();
    }
}
