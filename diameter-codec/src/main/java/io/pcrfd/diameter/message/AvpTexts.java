package io.pcrfd.diameter.message;

/**
 * Text AVP values that repeat from request to request (Origin-Host, Origin-Realm, an APN, a
 * Monitoring-Key), read as the same {@code String} each time instead of a new one per request.
 * A small direct-mapped table of recent values, compared octet by octet with the AVP's data;
 * a value that is long, or not ASCII, is read as {@link Avp#asUtf8String()} every time.
 *
 * <p>Safe to share between threads without locks: a slot holds an immutable {@code String},
 * and a lost or stale slot only means a new string is made.
 */
public final class AvpTexts {
    private static final int SLOTS = 256;
    private static final int MAX_LENGTH = 128;
    private final String[] slots = new String[SLOTS];

    /** The data of {@code a} as text, equal to {@link Avp#asUtf8String()}. */
    public String of(Avp a) {
        int n = a.dataLength();
        if (n > MAX_LENGTH) {
            return a.asUtf8String();
        }
        byte[] b = a.rawBuffer();
        int off = a.rawOffset();
        int h = n;
        for (int i = 0; i < n; i++) {
            byte x = b[off + i];
            if (x < 0) {
                return a.asUtf8String();
            }
            h = 31 * h + x;
        }
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        String s = slots[slot];
        if (s != null && same(s, b, off, n)) {
            return s;
        }
        s = a.asUtf8String();
        slots[slot] = s;
        return s;
    }

    private static boolean same(String s, byte[] b, int off, int n) {
        if (s.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) != b[off + i]) {
                return false;
            }
        }
        return true;
    }
}
