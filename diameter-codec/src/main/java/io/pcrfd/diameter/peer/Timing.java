package io.pcrfd.diameter.peer;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Timer rules the RFCs fix, kept apart so that tests can shrink them. Production uses {@link
 * #STANDARD}: Tw never below 6 s and jittered by ±2 s (RFC 3539 §3.4.1). Tests in this package
 * pass a {@link #forTests} value through {@link DiameterNode}'s package-private constructor,
 * because waiting 3 × 6 s for every watchdog test would make the suite slow without proving
 * more; the state machine rows themselves are tested without any clock.
 *
 * @param minTw          the lowest Tw accepted
 * @param twJitter       ± this much on every Tw
 * @param cerTimeout     how long an accepted connection may stay silent before its CER
 * @param ceaTimeout     how long we wait for a CEA (and for connect)
 * @param dpaTimeout     how long Closing waits for the DPA or the peer's close
 * @param reconnectFloor the first reconnect delay; doubles up to Tc
 */
record Timing(Duration minTw, Duration twJitter, Duration cerTimeout, Duration ceaTimeout, Duration dpaTimeout,
              Duration reconnectFloor) {
    static final Timing STANDARD = new Timing(Duration.ofSeconds(6), Duration.ofSeconds(2),
            Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(1));

    /** No Tw floor, no jitter, short handshakes: for tests that drive the watchdog quickly. */
    static Timing forTests() {
        return new Timing(Duration.ofMillis(10), Duration.ZERO, Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(2), Duration.ofMillis(50));
    }

    /** The same without a Tw floor and without jitter (see {@link DiameterNode#createWithFastWatchdog}). */
    Timing withFastWatchdog() {
        return new Timing(Duration.ofMillis(10), Duration.ZERO, cerTimeout, ceaTimeout, dpaTimeout, reconnectFloor);
    }

    /** One Tw interval in nanoseconds, jittered. */
    long twNanos(Duration tw) {
        long base = tw.toNanos();
        long j = twJitter.toNanos();
        return j == 0 ? base : base - j + ThreadLocalRandom.current().nextLong(2 * j + 1);
    }

    /** The reconnect delay after {@code failures} consecutive failures: floor·2^n, at most Tc. */
    long reconnectNanos(Duration tc, int failures) {
        long floor = Math.min(reconnectFloor.toNanos(), tc.toNanos());
        long d = floor << Math.min(failures, 20);
        return Math.min(d, tc.toNanos());
    }
}
