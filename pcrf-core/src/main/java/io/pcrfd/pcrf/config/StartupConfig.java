package io.pcrfd.pcrf.config;

import java.time.Duration;

/**
 * What {@code pcrfd run} does before its Diameter sockets accept (README "Fast start in CI");
 * read by the PCRF role (the other roles start as before).
 *
 * @param warmup     run synthetic Gx sessions (CCR-I, CCR-U, CCR-T) through a throwaway copy
 *                   of the node before listening, so that the first real request meets
 *                   loaded classes and compiled code; nothing of that copy is kept (its store,
 *                   counters, metrics and Origin-State-Id are its own). Default on
 * @param warmupTime how long the synthetic traffic runs, counted from the end of its first
 *                   session (the first ones meet cold code), at most {@link #MAX_WARMUP_TIME};
 *                   starting and stopping the copy adds to it
 */
public record StartupConfig(boolean warmup, Duration warmupTime) {
    public static final boolean DEFAULT_WARMUP = true;
    public static final Duration DEFAULT_WARMUP_TIME = Duration.ofMillis(500);
    /** A start is not meant to take long: past this, an AOT cache is the better tool. */
    public static final Duration MAX_WARMUP_TIME = Duration.ofSeconds(30);

    public StartupConfig {
        Checks.positive(warmupTime, "warmupTime");
        InvalidValueException.check(warmupTime.compareTo(MAX_WARMUP_TIME) <= 0, "warmupTime",
                "must be at most 30s, got " + Durations.format(warmupTime));
    }

    public static StartupConfig defaults() {
        return new StartupConfig(DEFAULT_WARMUP, DEFAULT_WARMUP_TIME);
    }
}
