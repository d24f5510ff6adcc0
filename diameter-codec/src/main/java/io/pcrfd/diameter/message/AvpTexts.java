package io.pcrfd.diameter.message;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Text AVP values that repeat from request to request (Origin-Host, Origin-Realm, an APN, a
 * Monitoring-Key), read as the same {@code String} each time instead of a new one per request.
 * A small direct-mapped table of recent values, each kept with its octets, so a hit costs one
 * vectorised comparison of the AVP's data with them: no String is made and no character is
 * decoded. A value longer than {@value #MAX_LENGTH} octets is read as
 * {@link Avp#asUtf8String()} every time.
 *
 * <p>The slot is chosen from the length and the first and last eight octets (read as two
 * longs), not from a hash of every octet: the values here are short names that differ in those
 * places, and a collision only costs a new String, never a wrong one (the octets are compared
 * in full). Non-ASCII text is kept as well: the String is the UTF-8 reading of exactly the
 * octets it is kept with.
 *
 * <p>Safe to share between threads without locks: a slot holds an immutable entry, and a lost
 * or stale slot only means a new string is made.
 */
public final class AvpTexts {
    private static final int SLOTS = 256;
    private static final int MAX_LENGTH = 128;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private final Entry[] slots = new Entry[SLOTS];

    private record Entry(byte[] octets, String text) {
    }

    /** The data of {@code a} as text, equal to {@link Avp#asUtf8String()}. */
    public String of(Avp a) {
        int n = a.dataLength();
        if (n > MAX_LENGTH) {
            return a.asUtf8String();
        }
        byte[] b = a.rawBuffer();
        int off = a.rawOffset();
        int slot = slot(b, off, n);
        Entry e = slots[slot];
        if (e != null && Arrays.equals(e.octets, 0, e.octets.length, b, off, off + n)) {
            return e.text;
        }
        String s = a.asUtf8String();
        slots[slot] = new Entry(Arrays.copyOfRange(b, off, off + n), s);
        return s;
    }

    private static int slot(byte[] b, int off, int n) {
        long h;
        if (n >= 8) {
            h = ((long) LONGS.get(b, off) * 0x9E37_79B9_7F4A_7C15L)
                    ^ ((long) LONGS.get(b, off + n - 8) * 0xC2B2_AE3D_27D4_EB4FL) ^ n;
        } else {
            h = n;
            for (int i = 0; i < n; i++) {
                h = (h << 8) | (b[off + i] & 0xFF);
            }
            h *= 0x9E37_79B9_7F4A_7C15L;
        }
        return (int) (h ^ (h >>> 29) ^ (h >>> 47)) & (SLOTS - 1);
    }
}
