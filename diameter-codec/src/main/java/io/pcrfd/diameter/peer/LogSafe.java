package io.pcrfd.diameter.peer;

/**
 * Makes text from the wire safe to put in a log line: every control character (C0, DEL, C1)
 * and the Unicode line and paragraph separators become a visible escape, so a Session-Id,
 * Origin-Host or Subscription-Id-Data holding a line break cannot start a forged log line.
 * {@code \n}, {@code \r} and {@code \t} are written as such, anything else as {@code \}{@code uXXXX}.
 *
 * <p>Decision: a backslash is left as it is. The aim is one event per line, and escaping the
 * backslash too would double it in every line that passes through the helper twice (a value
 * escaped here, then the whole message escaped by the log layout).
 */
public final class LogSafe {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private LogSafe() {
    }

    /** {@code s} with control characters escaped; {@code s} itself when it has none (no copy). */
    public static String escape(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !isUnsafe(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            append(sb, s.charAt(i));
        }
        return sb.toString();
    }

    /** True for C0 (U+0000-U+001F), DEL, C1 (U+0080-U+009F), U+2028 and U+2029. */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
    }

    private static void append(StringBuilder sb, char c) {
        if (!isUnsafe(c)) {
            sb.append(c);
            return;
        }
        switch (c) {
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            default -> sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                    .append(HEX[c & 0xF]);
        }
    }
}
