package io.pcrfd.pcrf.config;

/**
 * The fixed size of a charging interval, per unit. The OCS reserves exactly one interval per
 * request, across as many credit containers as it takes, and never shrinks it to fit one
 * container; only the last credit of an account is granted as a smaller, final interval.
 *
 * @param octets the data interval ({@code 10MB})
 * @param seconds the time interval ({@code 60s})
 * @param money  the money interval, in minor currency units
 */
public record ChargingIntervalsConfig(String octets, String seconds, String money) {
    public static final String DEFAULT_OCTETS = "10MB";
    public static final String DEFAULT_SECONDS = "60s";
    public static final String DEFAULT_MONEY = "100";

    public ChargingIntervalsConfig {
        check(octets, CreditUnit.OCTETS, "octets");
        check(seconds, CreditUnit.SECONDS, "seconds");
        check(money, CreditUnit.MONEY, "money");
    }

    /** The interval in {@code unit}. */
    public long size(CreditUnit unit) {
        return switch (unit) {
            case OCTETS -> unit.parseAmount(octets);
            case SECONDS -> unit.parseAmount(seconds);
            case MONEY -> unit.parseAmount(money);
        };
    }

    private static void check(String text, CreditUnit unit, String key) {
        long v;
        try {
            v = unit.parseAmount(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(key, e.getMessage());
        }
        InvalidValueException.check(v >= 1 && (unit != CreditUnit.SECONDS || v <= 0xFFFF_FFFFL), key,
                "a charging interval must be at least one unit (CC-Time is an Unsigned32)");
    }

    public static ChargingIntervalsConfig defaults() {
        return new ChargingIntervalsConfig(DEFAULT_OCTETS, DEFAULT_SECONDS, DEFAULT_MONEY);
    }
}
