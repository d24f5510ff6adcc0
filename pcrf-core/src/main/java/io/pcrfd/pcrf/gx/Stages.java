package io.pcrfd.pcrf.gx;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The fast path of the Gx flow's stages. With the in-memory store every store call returns a
 * stage that is already complete; chaining {@code thenCompose}/{@code thenApply} onto it costs a
 * new future, a completion node and a capturing lambda per step (several per request) for
 * nothing. The flow asks {@link #done} first and calls its continuation directly when the value
 * is there; a stage still running (Redis) or one that failed takes the ordinary chained path,
 * which propagates a failure exactly as before.
 */
final class Stages {
    private Stages() {
    }

    /**
     * Whether {@code stage} is a future that completed normally, so {@link #value} may read it.
     * A stage that is not a {@link CompletableFuture} counts as not done (asking it for one would
     * make a copy).
     */
    static boolean done(CompletionStage<?> stage) {
        return stage instanceof CompletableFuture<?> f && f.isDone() && !f.isCompletedExceptionally();
    }

    /** The value of a stage {@link #done} said completed normally. */
    static <T> T value(CompletionStage<T> stage) {
        return ((CompletableFuture<T>) stage).resultNow();
    }
}
