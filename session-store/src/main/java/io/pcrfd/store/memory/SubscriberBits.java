package io.pcrfd.store.memory;

import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.model.SubscriberIdType;

/**
 * A closed context's trafficId kept as one {@code long} instead of a {@link SubscriberId}, its
 * String and the String's bytes (about 80 bytes and three objects that every held context
 * would otherwise keep alive for the young collections to copy), when it is an IMSI or MSISDN
 * of 1 to 16 decimal digits (an IMSI has at most 15, TS 23.003 §2.2; an E.164 number at most
 * 15, ITU-T E.164 §6): the digits as a number, their count (leading zeros count) and the type.
 * Anything else stays a {@link SubscriberId}. Two ids pack to the same bits exactly when they
 * are equal, so the bits are compared and hashed instead of the id.
 *
 * <pre>
 *  bit 63..62   61        60..56          55..0
 *  +--------+--------+-------------+-----------------+
 *  |   00   | MSISDN | digit count | digits, decimal |
 *  +--------+--------+-------------+-----------------+
 * </pre>
 */
final class SubscriberBits {
    /** {@link #pack}'s answer for an id that is not a short decimal IMSI or MSISDN. */
    static final long NOT_PACKED = -1;
    private static final int MAX_DIGITS = 16;
    private static final int COUNT_SHIFT = 56;
    private static final long MSISDN_BIT = 1L << 61;
    private static final long DIGITS_MASK = (1L << COUNT_SHIFT) - 1;

    private SubscriberBits() {
    }

    /** The bits of {@code id}, or {@link #NOT_PACKED}; never allocates. */
    static long pack(SubscriberId id) {
        return pack(id.type(), id.value());
    }

    /** The bits of an id of {@code type} with {@code value}, or {@link #NOT_PACKED}; never allocates. */
    static long pack(SubscriberIdType type, String value) {
        int n = value.length();
        if (type == SubscriberIdType.NAI || n == 0 || n > MAX_DIGITS) {
            return NOT_PACKED;
        }
        long digits = 0;
        for (int i = 0; i < n; i++) {
            int d = value.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return NOT_PACKED;
            }
            digits = digits * 10 + d;
        }
        return (type == SubscriberIdType.MSISDN ? MSISDN_BIT : 0) | (long) n << COUNT_SHIFT | digits;
    }

    /** The id packed in {@code bits} (not {@link #NOT_PACKED}). */
    static SubscriberId unpack(long bits) {
        int n = (int) (bits >>> COUNT_SHIFT) & 0x1F;
        char[] text = new char[n];
        long digits = bits & DIGITS_MASK;
        for (int i = n - 1; i >= 0; i--) {
            text[i] = (char) ('0' + digits % 10);
            digits /= 10;
        }
        SubscriberIdType type = (bits & MSISDN_BIT) != 0 ? SubscriberIdType.MSISDN : SubscriberIdType.IMSI;
        return new SubscriberId(type, new String(text));
    }

    /**
     * A hash of {@code bits}, or of {@code id} when it did not pack, whose high bits are well
     * spread (Fibonacci hashing, Knuth TAOCP vol. 3 §6.4: the high half of the product by
     * 2^64 / golden ratio), for {@link ClosedIndex#bucket} to take a bucket from: consecutive
     * IMSIs, as a test load or a range of SIMs has them, land evenly across the buckets.
     */
    static int hash(long bits, SubscriberId id) {
        long h = bits == NOT_PACKED ? id.hashCode() : bits;
        return (int) (h * 0x9E3779B97F4A7C15L >>> 32);
    }
}
