package io.pcrfd.pcrf.gx;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What to log about a background task that runs every few hundred milliseconds and fails
 * the same way for as long as a dependency is down (the inactivity audit while Redis is
 * unreachable): the first failure in full, then one reminder per {@link #REMINDER} with the
 * count, and one line when it works again. A store outage so gives a handful of lines, not
 * ten a second that bury the rest of the log.
 */
final class FailureStreak {
    static final Duration REMINDER = Duration.ofMinutes(1);

    private final String task;
    private final Clock clock;
    private long failures;
    private Instant lastLogged;

    FailureStreak(String task, Clock clock) {
        this.task = task;
        this.clock = clock;
    }

    /** The line to log at ERROR for this failure, or null when it is part of a streak already logged. */
    synchronized String failed(Throwable failure) {
        Instant now = clock.instant();
        failures++;
        if (failures == 1) {
            lastLogged = now;
            return task + " failed: " + failure;
        }
        if (!now.isBefore(lastLogged.plus(REMINDER))) {
            lastLogged = now;
            return task + " still failing (" + failures + " passes in a row): " + failure;
        }
        return null;
    }

    /** The line to log at INFO now that a pass worked after failures, or null when none failed. */
    synchronized String succeeded() {
        if (failures == 0) {
            return null;
        }
        String line = task + " works again after " + failures + " failed passes";
        failures = 0;
        return line;
    }
}
