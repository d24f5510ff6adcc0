package io.pcrfd.store.memory;

/**
 * A closed context's Session-Id kept as the text up to its last {@code ;} (shared: every
 * session of one gateway since its restart has the same one) and the decimal number after it
 * as 64 bits, instead of the session's own String and bytes (about 80 bytes and two objects
 * that each held context would keep alive, long enough for young collections to copy them).
 * A Session-Id is {@code <DiameterIdentity>;<high 32 bits>;<low 32 bits>[;<optional value>]}
 * (RFC 6733 §8.8): the identity and the high part repeat, the low part counts sessions. An id
 * that does not end in 1 to {@value #MAX_DIGITS} ASCII digits after a {@code ;} stays whole.
 * The split is a function of the text alone, so two ids are equal exactly when their prefixes
 * are equal and their bits are.
 *
 * <pre>
 *  bit 63..62   61..57        56..0
 *  +--------+-------------+-----------------+
 *  |   00   | digit count | digits, decimal |
 *  +--------+-------------+-----------------+
 * </pre>
 */
final class SessionIdBits {
    /** {@link #pack}'s answer for an id that keeps its text whole. */
    static final long NOT_PACKED = -1;
    /** 10^17 - 1 fits the 57 bits below the count (2^57 is about 1.4 * 10^17). */
    private static final int MAX_DIGITS = 17;
    private static final int COUNT_SHIFT = 57;
    private static final long DIGITS_MASK = (1L << COUNT_SHIFT) - 1;

    private SessionIdBits() {
    }

    /** Where the packed digits of {@code id} start (just past its last {@code ;}), or -1 when they cannot. */
    static int digitsAt(String id) {
        int semi = id.lastIndexOf(';');
        int n = id.length() - semi - 1;
        return semi < 0 || n < 1 || n > MAX_DIGITS ? -1 : semi + 1;
    }

    /** The digits of {@code id} from {@code from} ({@link #digitsAt}) packed, or {@link #NOT_PACKED}; never allocates. */
    static long pack(String id, int from) {
        long digits = 0;
        for (int i = from; i < id.length(); i++) {
            int d = id.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return NOT_PACKED;
            }
            digits = digits * 10 + d;
        }
        return (long) (id.length() - from) << COUNT_SHIFT | digits;
    }

    /** The Session-Id of {@code prefix} (up to its last {@code ;}) and {@link #pack}'s bits. */
    static String unpack(String prefix, long bits) {
        int n = (int) (bits >>> COUNT_SHIFT);
        char[] text = new char[prefix.length() + n];
        prefix.getChars(0, prefix.length(), text, 0);
        long digits = bits & DIGITS_MASK;
        for (int i = text.length - 1; i >= prefix.length(); i--) {
            text[i] = (char) ('0' + digits % 10);
            digits /= 10;
        }
        return new String(text);
    }
}
