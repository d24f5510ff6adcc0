package io.pcrfd.diameter.codec;

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

    /** Octets allowed in a label: letters, digits, '-' and '_'; a table, since this runs per identity AVP. */
    private static final boolean[] LABEL = labelOctets();

    private IdentitySyntax() {
    }

    /** True when {@code b[off, off + len)} is a DiameterIdentity by the rules above. */
    public static boolean isValid(byte[] b, int off, int len) {
        if (len < 1 || len > MAX_LENGTH) {
            return false;
        }
        int label = 0;
        for (int i = off; i < off + len; i++) {
            int c = b[i] & 0xFF;
            if (c == '.') {
                if (label == 0) {
                    return false;
                }
                label = 0;
            } else if (!LABEL[c] || ++label > MAX_LABEL) {
                return false;
            }
        }
        // label == 0 here only after a trailing dot, which follows a non-empty label.
        return true;
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
