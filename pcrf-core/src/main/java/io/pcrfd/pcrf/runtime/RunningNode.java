package io.pcrfd.pcrf.runtime;

import java.time.Duration;
import java.util.Optional;

/** A started node, as the CLI and the tests see it. */
public interface RunningNode extends AutoCloseable {

    /** One line saying what runs and where it listens, printed by {@code pcrfd run} at start. */
    String describe();

    /**
     * Graceful shutdown: stop accepting, send DPR to peers, let requests in flight finish
     * within {@code grace}, write what must be written (the store snapshot), close.
     */
    void shutdown(Duration grace);

    /**
     * After shutdown: what could not be done (the snapshot not written), in one line; empty when
     * the stop kept everything it should. {@code pcrfd run} then exits 1 instead of 0.
     */
    default Optional<String> stopFailure() {
        return Optional.empty();
    }

    /** Blocks the calling thread until the node has shut down. */
    void awaitTermination() throws InterruptedException;

    /** Shutdown with the default grace period. */
    @Override
    default void close() {
        shutdown(Duration.ofSeconds(5));
    }
}
