package io.pcrfd.diameter.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The syntax of a received DiameterIdentity (RFC 6733 §4.3.1: an FQDN or a realm, in ASCII;
 * internationalised names arrive as A-labels, RFC 5890), checked without creating a String:
 *
 * <pre>
 *   identity = label *( "." label ) [ "." ]      1 to 255 octets
 *   label    = 1*63( ALPHA / DIGIT / "-" / "_" )
 * </pre>
 *
 * <p>Decisions, lenient where real deployments are: an underscore is accepted in a label
 * (RFC 1123 §2.1 has none, but gateway and lab host names carry it); a hyphen may start or
 * end a label; a single-label name ({@code localhost}) and a trailing dot (the absolute form)
 * are accepted. Refused, as no FQDN can hold them: the empty identity, an empty label
 * ({@code a..b}, {@code .a}), a label above 63 or a name above 255 octets (RFC 1035 §2.3.4),
 * and any other octet: blanks, commas, control characters, non-ASCII.
 */
public final class IdentitySyntax {
    /** RFC 1035 §2.3.4. */
    public static final int MAX_LENGTH = 255;
    /** RFC 1035 §2.3.4. */
    public static final int MAX_LABEL = 63;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long HIGH = 0x80 * ONES;
    private static final long LOW7 = 0x7F * ONES;
    private static final long DOTS = '.' * ONES;
    private static final long SLASHES = '/' * ONES;
    private static final long UNDERSCORES = '_' * ONES;

    /** Octets allowed in a label: letters, digits, '-' and '_'; a table, since this runs per identity AVP. */
    private static final boolean[] LABEL = labelOctets();

    private IdentitySyntax() {
    }

    /**
     * True when {@code b[off, off + len)} is a DiameterIdentity by the rules above. Runs per
     * identity AVP of every request (Origin-Host, Origin-Realm, Destination-Realm), so eight
     * octets are judged at a time, with the label lengths taken from the dots' positions.
     */
    public static boolean isValid(byte[] b, int off, int len) {
        if (len < 1 || len > MAX_LENGTH) {
            return false;
        }
        int end = off + len;
        int labelStart = off;
        int i = off;
        for (; i + 8 <= end; i += 8) {
            long w = (long) LONGS.get(b, i);
            if (!labelOrDotOctets(w)) {
                return false;
            }
            for (long dots = zeroOctets(w ^ DOTS); dots != 0; dots &= dots - 1) {
                int dot = i + (Long.numberOfTrailingZeros(dots) >>> 3);
                if (!goodLabel(dot - labelStart)) {
                    return false;
                }
                labelStart = dot + 1;
            }
        }
        for (; i < end; i++) {
            int c = b[i] & 0xFF;
            if (c == '.') {
                if (!goodLabel(i - labelStart)) {
                    return false;
                }
                labelStart = i + 1;
            } else if (!LABEL[c]) {
                return false;
            }
        }
        // An empty last label is the trailing dot, after a label already found good.
        return end - labelStart <= MAX_LABEL;
    }

    private static boolean goodLabel(int length) {
        return length > 0 && length <= MAX_LABEL;
    }

    /** True when each of the eight octets is a label octet or a dot. */
    private static boolean labelOrDotOctets(long w) {
        if ((w & HIGH) != 0) {
            return false;
        }
        // Each octet is below 0x80 now, so the per-octet sums below never carry into the next.
        long ok = inRange(w, '-', '9') & ~zeroOctets(w ^ SLASHES);
        ok |= inRange(w, 'A', 'Z') | inRange(w, 'a', 'z') | zeroOctets(w ^ UNDERSCORES);
        return ok == HIGH;
    }

    /** The high bit of each octet (all below 0x80) that lies in [lo, hi]. */
    private static long inRange(long w, int lo, int hi) {
        long atLeastLo = w + (0x80 - lo) * ONES;
        long aboveHi = w + (0x7F - hi) * ONES;
        return atLeastLo & ~aboveHi & HIGH;
    }

    /** The high bit of each octet that is zero, exactly (no borrow between octets). */
    private static long zeroOctets(long w) {
        long t = (w & LOW7) + LOW7;
        return ~(t | w | LOW7);
    }

    /** The same check on text. */
    public static boolean isValid(CharSequence s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            char c = s.charAt(i);
            if (c > 0x7F) {
                return false;
            }
            b[i] = (byte) c;
        }
        return isValid(b, 0, b.length);
    }

    private static boolean[] labelOctets() {
        boolean[] t = new boolean[256];
        for (int c = 0; c < 256; c++) {
            t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        }
        return t;
    }
}
