package io.pcrfd.pcrf.config;

/**
 * One threshold of a policy counter.
 *
 * @param status    the Policy-Counter-Status reported when the balance is at or below the level
 * @param atOrBelow the level: an amount in the container's unit ({@code 100MB}, {@code 0}) or a
 *                  percentage of its configured starting balance ({@code 20%})
 */
public record CounterThresholdConfig(@Required String status, @Required String atOrBelow) {

    public CounterThresholdConfig {
        InvalidValueException.check(status == null || !status.isBlank(), "status", "must not be empty");
    }

    /** The level in units of a container of {@code unit} that started with {@code initial}. */
    public long level(CreditUnit unit, long initial) {
        String t = atOrBelow.trim();
        if (t.endsWith("%")) {
            long pct = Long.parseLong(t.substring(0, t.length() - 1).trim());
            if (pct < 0 || pct > 100) {
                throw new IllegalArgumentException("a percentage must be 0% to 100%, got '" + t + "'");
            }
            return initial <= Long.MAX_VALUE / 100 ? initial * pct / 100 : initial / 100 * pct;
        }
        return unit.parseAmount(t);
    }

    public static CounterThresholdConfig defaults() {
        return new CounterThresholdConfig(null, null);
    }
}
