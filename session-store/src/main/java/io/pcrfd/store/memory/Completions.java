package io.pcrfd.store.memory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Runs an in-memory operation now and hands its outcome back as a completed stage. The hot
 * Gx-path methods of the session store call {@link #done} and {@link #failed} from their own
 * {@code try} rather than {@link #now}, which would cost a capturing lambda per call.
 */
final class Completions {

    private Completions() {
    }

    /**
     * The contract promises failures as failed stages, never as exceptions thrown by the call,
     * so caller errors (bad arguments) are captured here too.
     */
    static <T> CompletionStage<T> now(Supplier<T> operation) {
        try {
            return done(operation.get());
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    /** {@code value} as a completed stage. */
    static <T> CompletionStage<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }

    /** {@code e} as a failed stage (the contract's way of reporting it). */
    static <T> CompletionStage<T> failed(RuntimeException e) {
        return CompletableFuture.failedFuture(e);
    }
}
