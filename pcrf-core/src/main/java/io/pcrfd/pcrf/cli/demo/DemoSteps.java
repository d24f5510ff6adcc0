package io.pcrfd.pcrf.cli.demo;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The waits of every demo flow: a message on the wire or a condition, each within the step
 * timeout; a step that does not happen, or fails its check, is a {@link DemoStepException}
 * naming it (the demo prints it as one line and exits non-zero).
 */
final class DemoSteps {
    private static final long POLL_MILLIS = 10;

    private final Ladder ladder;
    private final Duration timeout;

    DemoSteps(Ladder ladder, Duration timeout) {
        this.ladder = ladder;
        this.timeout = timeout;
    }

    /** The first message on the wire that {@code p} accepts. */
    WireEvent await(String step, Predicate<WireEvent> p) throws InterruptedException {
        WireEvent e = ladder.await(p, System.nanoTime() + timeout.toNanos());
        if (e == null) {
            throw new DemoStepException(step + ": not seen on the wire within " + timeout.toMillis() + " ms");
        }
        return e;
    }

    /** Polls {@code done} (a REST read, a store) until it holds. */
    void poll(String step, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new DemoStepException(step + ": not within " + timeout.toMillis() + " ms");
            }
            Thread.sleep(POLL_MILLIS); // polling a condition with a deadline
        }
    }

    static void check(String step, boolean ok) {
        if (!ok) {
            throw new DemoStepException(step + ": failed");
        }
    }
}
