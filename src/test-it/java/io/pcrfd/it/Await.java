package io.pcrfd.it;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for a condition with a deadline, the one way the end-to-end tests wait. */
public final class Await {
    private static final long POLL_MILLIS = 10;

    private Await() {
    }

    /** Polls {@code condition} until it holds; fails with {@code what} when {@code max} passes first. */
    public static void await(String what, Duration max, BooleanSupplier condition) {
        if (!within(max, condition)) {
            throw new AssertionError(what + ": not within " + max);
        }
    }

    /** Polls {@code condition} for up to {@code max}; whether it came true. */
    public static boolean within(Duration max, BooleanSupplier condition) {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
        return true;
    }
}
