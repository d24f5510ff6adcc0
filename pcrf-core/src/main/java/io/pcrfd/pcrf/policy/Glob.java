package io.pcrfd.pcrf.policy;

/**
 * APN patterns: {@code *} matches any run of characters, {@code ?} one character; everything
 * else is literal and compared case-insensitively, because APN network identifiers are
 * case-insensitive (TS 23.003 §9.1).
 */
final class Glob {
    private Glob() {
    }

    static boolean matches(String pattern, String text) {
        return text != null && match(pattern.toLowerCase(), 0, text.toLowerCase(), 0);
    }

    private static boolean match(String p, int pi, String t, int ti) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                for (int k = ti; k <= t.length(); k++) {
                    if (match(p, pi + 1, t, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (ti >= t.length() || (c != '?' && c != t.charAt(ti))) {
                return false;
            }
            pi++;
            ti++;
        }
        return ti == t.length();
    }
}
