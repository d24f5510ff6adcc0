package io.pcrfd.diameter.codec;

import java.util.HexFormat;

/** Test helper: hex words written one per line in golden-bytes tests. */
final class WireHex {
    private WireHex() {
    }

    /** Joins words like {@code "01 0000a8"} (spaces ignored) into octets; each must be 4 octets. */
    static byte[] words(String... words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            String clean = w.replace(" ", "");
            if (clean.length() != 8) {
                throw new IllegalArgumentException("not a 4-octet word: '" + w + "'");
            }
            sb.append(clean);
        }
        return HexFormat.of().parseHex(sb);
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
