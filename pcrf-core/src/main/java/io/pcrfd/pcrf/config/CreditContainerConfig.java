package io.pcrfd.pcrf.config;

/**
 * One credit container of an OCS account: its own unit and balance. A money container may carry
 * a tariff, which lets it pay for octets or seconds.
 *
 * @param id      a name, unique in the account (REST, CLI, policy counters)
 * @param unit    octets, seconds or money
 * @param balance the starting balance in {@code unit} ({@code 10MB}, {@code 600s}, {@code 500})
 * @param tariff  prices of octets and seconds, for a money container only
 */
public record CreditContainerConfig(@Required String id, @Required CreditUnit unit, @Required String balance,
                                    TariffConfig tariff) {

    public CreditContainerConfig {
        if (unit != null && balance != null) {
            try {
                unit.parseAmount(balance);
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("balance", e.getMessage());
            }
        }
        InvalidValueException.check(tariff == null || unit == CreditUnit.MONEY, "tariff",
                "only a money container has a tariff (this one counts " + name(unit) + ")");
    }

    /** The starting balance in the container's unit. */
    public long balanceUnits() {
        return unit.parseAmount(balance);
    }

    public static CreditContainerConfig defaults() {
        return new CreditContainerConfig(null, null, null, null);
    }

    private static String name(CreditUnit unit) {
        return unit == null ? "?" : unit.name().toLowerCase(java.util.Locale.ROOT);
    }
}
