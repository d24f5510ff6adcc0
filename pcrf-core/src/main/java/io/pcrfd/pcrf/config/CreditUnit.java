package io.pcrfd.pcrf.config;

/**
 * The unit a credit container counts in, and the unit a charging interval is measured in
 * (RFC 4006 §8.17-8.21: CC-Total-Octets, CC-Time, CC-Money). Written {@code octets},
 * {@code seconds} or {@code money} in YAML; money is in the currency's minor units (cents).
 */
public enum CreditUnit {
    OCTETS,
    SECONDS,
    MONEY;

    /**
     * Reads an amount in this unit: a size for octets ({@code 10MB}, {@code 1048576}), a duration
     * for seconds ({@code 60s}, {@code 1h}; whole seconds), a whole number of minor units for money.
     *
     * @throws IllegalArgumentException with a readable reason
     */
    public long parseAmount(String text) {
        return switch (this) {
            case OCTETS -> DataSize.parse(text).bytes();
            case SECONDS -> wholeSeconds(Durations.parse(text), text);
            case MONEY -> money(text);
        };
    }

    private static long wholeSeconds(java.time.Duration d, String text) {
        if (d.getNano() != 0 || d.isNegative()) {
            throw new IllegalArgumentException("expected a whole number of seconds, got '" + text + "'");
        }
        return d.getSeconds();
    }

    private static long money(String text) {
        try {
            long v = Long.parseLong(text.trim());
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("expected a whole, non-negative number of minor currency units, got '"
                + text + "'");
    }
}
