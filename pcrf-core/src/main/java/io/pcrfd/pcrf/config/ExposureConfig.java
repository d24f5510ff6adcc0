package io.pcrfd.pcrf.config;

import java.time.Duration;

/**
 * Session context exposure (README "Session context exposure"): the analytics REST API under
 * {@code /analytics/v1} showing ongoing and closed session contexts per subscriber, its
 * subscriber state (which asks gateways for a usage report) and the IMSI list by IP address.
 *
 * @param enabled           serve it; off by default, like the SAPC analytics API's function.
 *                          Contexts are collected either way (they are the store's sessions
 *                          and closed contexts); this switches their exposure and the removal
 *                          by age below
 * @param removeClosedAfter with exposure on, closed contexts older than this (by update time)
 *                          are removed: when a session of the same subscriber ends, and by the
 *                          store's periodic sweep; {@code never} keeps them (still bounded by
 *                          {@code store.closedMaxEntries}). With exposure off,
 *                          {@code store.closedRetention} applies as before
 */
public record ExposureConfig(boolean enabled, ClosedRemoval removeClosedAfter) {
    public static final boolean DEFAULT_ENABLED = false;
    public static final ClosedRemoval DEFAULT_REMOVE_CLOSED_AFTER = ClosedRemoval.NEVER;

    /**
     * The ages of the SAPC analytics API's automatic removal: a week, a month (30 days), three
     * months (90 days), a year (365 days), or never.
     */
    public enum ClosedRemoval {
        NEVER(null), WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(30)), THREE_MONTHS(Duration.ofDays(90)),
        YEAR(Duration.ofDays(365));

        private final Duration age;

        ClosedRemoval(Duration age) {
            this.age = age;
        }

        /** The age past which a closed context is removed; null for {@link #NEVER}. */
        public Duration age() {
            return age;
        }
    }

    public ExposureConfig {
        InvalidValueException.check(removeClosedAfter != null, "removeClosedAfter",
                "must be never, week, month, three-months or year");
    }

    public static ExposureConfig defaults() {
        return new ExposureConfig(DEFAULT_ENABLED, DEFAULT_REMOVE_CLOSED_AFTER);
    }
}
