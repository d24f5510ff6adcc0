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
     * Only a plain {@link CompletableFuture} is asked: any other stage counts as not done (asking
     * it for a future would make a copy, and the JDK's minimal stages, subclasses of it, throw
     * on {@code isDone}).
     */
    static boolean done(CompletionStage<?> stage) {
        return finished(stage) && !((CompletableFuture<?>) stage).isCompletedExceptionally();
    }

    /** Whether {@code stage} is a plain {@link CompletableFuture} that has completed, normally or not. */
    static boolean finished(CompletionStage<?> stage) {
        return stage.getClass() == CompletableFuture.class && ((CompletableFuture<?>) stage).isDone();
    }

    /** The value of a stage {@link #done} said completed normally. */
    static <T> T value(CompletionStage<T> stage) {
        return ((CompletableFuture<T>) stage).resultNow();
    }
}
