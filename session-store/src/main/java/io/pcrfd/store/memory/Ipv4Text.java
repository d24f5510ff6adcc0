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

    /**
     * The address's 32 bits (0 to 2^32 - 1), or {@link #NOT_PACKED}; never allocates. One pass
     * over the text: a digit extends the current octet (no leading zero, at most 255), a dot
     * closes it (not empty, at most three).
     */
    static long pack(String text) {
        if (text == null || text.length() < 7 || text.length() > 15) {
            return NOT_PACKED;
        }
        long bits = 0;
        int octet = 0;
        int digits = 0;
        int dots = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' && digits > 0 && dots < 3) {
                bits = bits << 8 | octet;
                octet = 0;
                digits = 0;
                dots++;
            } else if (c >= '0' && c <= '9' && (digits == 0 || octet > 0) && octet * 10 + c - '0' <= 255) {
                octet = octet * 10 + c - '0';
                digits++;
            } else {
                return NOT_PACKED;
            }
        }
        return dots == 3 && digits > 0 ? bits << 8 | octet : NOT_PACKED;
    }

    /** The dotted quad of {@link #pack}'s bits. */
    static String unpack(int bits) {
        return (bits >>> 24) + "." + (bits >>> 16 & 0xFF) + "." + (bits >>> 8 & 0xFF) + "." + (bits & 0xFF);
    }
}
