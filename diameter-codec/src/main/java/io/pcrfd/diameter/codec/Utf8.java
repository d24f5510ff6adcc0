package io.pcrfd.diameter.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 validation (RFC 3629) without creating a String: rejects overlong forms,
 * surrogates and code points above U+10FFFF, as a UTF8String must be (RFC 6733 §4.3.1).
 */
final class Utf8 {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    private Utf8() {
    }

    static boolean isValid(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        // Most Diameter text is ASCII: skip it eight octets at a time.
        while (i + 8 <= end && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
            i += 8;
        }
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n = sequenceLength(c);
            if (n == 0 || i + n > end || !validTail(b, i, n, c)) {
                return false;
            }
            i += n;
        }
        return true;
    }

    /** True when the eight octets at {@code i} are all printable ASCII (0x20-0x7E). */
    static boolean printableAscii(byte[] b, int i) {
        long w = (long) LONGS.get(b, i);
        long below = (w - 0x2020_2020_2020_2020L) & ~w;          // high bit set where an octet < 0x20
        long v = w ^ 0x7F7F_7F7F_7F7F_7F7FL;
        long del = (v - 0x0101_0101_0101_0101L) & ~v;            // high bit set where an octet == 0x7F
        return ((w | below | del) & HIGH_BITS) == 0;
    }

    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    }

    private static boolean validTail(byte[] b, int i, int n, int lead) {
        int second = b[i + 1] & 0xFF;
        // Narrowed ranges of the second octet, RFC 3629 §4 table.
        int lo = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        int hi = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        if (second < lo || second > hi) {
            return false;
        }
        for (int k = 2; k < n; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
