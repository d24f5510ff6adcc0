package io.pcrfd.pcrf.config;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bit rate in bit/s, the unit of Max-Requested-Bandwidth-UL/DL, Guaranteed-Bitrate-UL/DL and
 * APN-Aggregate-Max-Bitrate-UL/DL (TS 29.212 §5.3.41, §5.3.25, §5.3.39). Written {@code 10Mbps}
 * (SI prefixes, as 3GPP counts bit rates) or a bare integer of bit/s.
 */
public record Bitrate(long bitsPerSecond) implements Comparable<Bitrate> {
    private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([A-Za-z/]*)");
    private static final Map<String, Long> UNITS = Map.of(
            "", 1L, "bps", 1L, "kbps", 1_000L, "Kbps", 1_000L,
            "Mbps", 1_000_000L, "Gbps", 1_000_000_000L);

    public Bitrate {
        if (bitsPerSecond < 0) {
            throw new IllegalArgumentException("a bit rate cannot be negative: " + bitsPerSecond);
        }
    }

    public static Bitrate ofBps(long bitsPerSecond) {
        return new Bitrate(bitsPerSecond);
    }

    /** Parses {@code 10Mbps}, {@code 512kbps}, {@code 1.5Gbps}, {@code 64000}. */
    public static Bitrate parse(String text) {
        Matcher m = FORMAT.matcher(text.trim());
        Long unit = m.matches() ? UNITS.get(m.group(2)) : null;
        if (unit == null) {
            throw new IllegalArgumentException(
                    "expected a bit rate like 64000, 512kbps, 10Mbps or 1Gbps, got '" + text + "'");
        }
        return new Bitrate(Units.wholeProduct(new BigDecimal(m.group(1)), unit, text));
    }

    @Override
    public int compareTo(Bitrate o) {
        return Long.compare(bitsPerSecond, o.bitsPerSecond);
    }

    @Override
    public String toString() {
        return bitsPerSecond + "bps";
    }
}
