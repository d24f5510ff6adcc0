package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.InvalidValueException;

/**
 * When a metering policy's usage starts again from zero, in the policy zone at local midnight:
 * {@code monthly} on billing day {@code day} (1-31; in a shorter month the last day), {@code
 * weekly} on weekday {@code day} (1 = Monday ... 7 = Sunday), {@code daily}, or {@code never}
 * (only an operator reset). Default monthly on day 1.
 *
 * @param period monthly, weekly, daily, never
 * @param day    billing day of the month, or day of the week; 1 when not written
 */
public record MeteringReset(Period period, Integer day) {
    /** The reset periods. */
    public enum Period { MONTHLY, WEEKLY, DAILY, NEVER }

    public MeteringReset {
        period = period == null ? Period.MONTHLY : period;
        day = day == null ? 1 : day;
        InvalidValueException.check(period != Period.MONTHLY || (day >= 1 && day <= 31), "day",
                "a billing day is from 1 to 31");
        InvalidValueException.check(period != Period.WEEKLY || (day >= 1 && day <= 7), "day",
                "a weekly reset day is from 1 (Monday) to 7 (Sunday)");
    }

    public static MeteringReset defaults() {
        return new MeteringReset(Period.MONTHLY, 1);
    }
}
