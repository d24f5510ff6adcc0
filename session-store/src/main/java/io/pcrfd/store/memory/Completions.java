package io.pcrfd.store.memory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** Runs an in-memory operation now and hands its outcome back as a completed stage. */
final class Completions {

    private Completions() {
    }

    /**
     * The contract promises failures as failed stages, never as exceptions thrown by the call,
     * so caller errors (bad arguments) are captured here too.
     */
    static <T> CompletionStage<T> now(Supplier<T> operation) {
        try {
            return CompletableFuture.completedFuture(operation.get());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
