package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.DataSize;

/**
 * Where a metering threshold lies: a whole percentage of the quota ({@code 80%}, up to
 * {@code 1000%}) or an absolute rated volume ({@code 5GB}).
 *
 * @param percent  the percentage, or null
 * @param absolute the volume, or null
 */
public record ThresholdLevel(Integer percent, DataSize absolute) {
    public ThresholdLevel {
        if ((percent == null) == (absolute == null)) {
            throw new IllegalArgumentException("a threshold is a percentage or a size");
        }
        if (percent != null && (percent < 1 || percent > 1000)) {
            throw new IllegalArgumentException("a threshold percentage is from 1% to 1000%, got " + percent + "%");
        }
    }

    /** Parses {@code 80%} or a size ({@code 5GB}, {@code 1048576}). */
    public static ThresholdLevel parse(String text) {
        String t = text.trim();
        if (!t.endsWith("%")) {
            return new ThresholdLevel(null, DataSize.parse(t));
        }
        try {
            return new ThresholdLevel(Integer.parseInt(t.substring(0, t.length() - 1).trim()), null);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole percentage like 80% or a size like 5GB, got '"
                    + text + "'");
        }
    }

    /** The level in milli-octets of rated usage, for a quota of {@code quotaOctets}: exact. */
    public long milliOctets(long quotaOctets) {
        return percent != null ? Math.multiplyExact(quotaOctets, 10L * percent)
                : Math.multiplyExact(absolute.bytes(), 1000L);
    }

    @Override
    public String toString() {
        return percent != null ? percent + "%" : absolute.bytes() + "B";
    }
}
