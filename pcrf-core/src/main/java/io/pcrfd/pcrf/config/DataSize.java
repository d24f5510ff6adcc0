package io.pcrfd.pcrf.config;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of octets: a message size limit or a usage volume. Written {@code 1GB} (SI,
 * 10^9, as operators quote volume plans) or {@code 1GiB} (binary, 2^30, as memory and message
 * limits are usually meant); a bare integer is octets. Decimal fractions are allowed when the
 * result is a whole number of octets ({@code 1.5GB}).
 */
public record DataSize(long bytes) implements Comparable<DataSize> {
    private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([A-Za-z]*)");
    private static final Map<String, Long> UNITS = Map.ofEntries(
            Map.entry("", 1L), Map.entry("B", 1L),
            Map.entry("kB", 1_000L), Map.entry("KB", 1_000L), Map.entry("MB", 1_000_000L),
            Map.entry("GB", 1_000_000_000L), Map.entry("TB", 1_000_000_000_000L),
            Map.entry("KiB", 1L << 10), Map.entry("MiB", 1L << 20),
            Map.entry("GiB", 1L << 30), Map.entry("TiB", 1L << 40));

    public DataSize {
        if (bytes < 0) {
            throw new IllegalArgumentException("a size cannot be negative: " + bytes);
        }
    }

    public static DataSize ofBytes(long bytes) {
        return new DataSize(bytes);
    }

    /** Parses {@code 1GB}, {@code 64KiB}, {@code 1.5GB}, {@code 1048576}. */
    public static DataSize parse(String text) {
        Matcher m = FORMAT.matcher(text.trim());
        Long unit = m.matches() ? UNITS.get(m.group(2)) : null;
        if (unit == null) {
            throw new IllegalArgumentException(
                    "expected a size like 1048576, 64KiB, 1MiB or 1GB, got '" + text + "'");
        }
        return new DataSize(Units.wholeProduct(new BigDecimal(m.group(1)), unit, text));
    }

    @Override
    public int compareTo(DataSize o) {
        return Long.compare(bytes, o.bytes);
    }

    @Override
    public String toString() {
        return bytes + "B";
    }
}
