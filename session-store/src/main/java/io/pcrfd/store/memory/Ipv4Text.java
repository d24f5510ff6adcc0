package io.pcrfd.store.memory;

/**
 * A UE IPv4 address kept as its 32 bits instead of its text, when the text is exactly the
 * canonical dotted quad (four decimal octets, no leading zero, no blank), so that formatting
 * the bits gives the very same text back. Anything else stays text. A retained record saves
 * the String and its bytes (about 48 bytes) and the young collections that copy them.
 */
final class Ipv4Text {
    /** {@link #pack}'s answer for a text that is not a canonical dotted quad. */
    static final long NOT_PACKED = -1;

    private Ipv4Text() {
    }

    /** The address's 32 bits (0 to 2^32 - 1), or {@link #NOT_PACKED}; never allocates. */
    static long pack(String text) {
        if (text == null || text.length() < 7 || text.length() > 15) {
            return NOT_PACKED;
        }
        long bits = 0;
        int at = 0;
        for (int octet = 0; octet < 4; octet++) {
            int end = octet == 3 ? text.length() : text.indexOf('.', at);
            int value = end < 0 ? -1 : octet(text, at, end);
            if (value < 0) {
                return NOT_PACKED;
            }
            bits = bits << 8 | value;
            at = end + 1;
        }
        return bits;
    }

    /** The dotted quad of {@link #pack}'s bits. */
    static String unpack(int bits) {
        return (bits >>> 24) + "." + (bits >>> 16 & 0xFF) + "." + (bits >>> 8 & 0xFF) + "." + (bits & 0xFF);
    }

    /** The value of the decimal octet in {@code text[from, to)}, or -1 when it is not a canonical one. */
    private static int octet(String text, int from, int to) {
        int length = to - from;
        if (length < 1 || length > 3 || length > 1 && text.charAt(from) == '0') {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= 255 ? value : -1;
    }
}
