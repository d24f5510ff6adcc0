package io.pcrfd.store.redis;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import io.pcrfd.store.StoreException;
import io.pcrfd.store.StoreTimeoutException;
import io.pcrfd.store.StoreUnavailableException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Turns Lettuce's failures into the store's typed exceptions, so callers never see a Redis
 * class: a command timeout becomes {@link StoreTimeoutException}; a connection that is down
 * (Lettuce rejects commands while it reconnects) or a Redis still loading its data becomes
 * {@link StoreUnavailableException}; anything else {@link StoreException}.
 */
final class RedisErrors {

    private RedisErrors() {
    }

    /** {@code stage} with its failure, if any, replaced by a store exception. */
    static <T> CompletionStage<T> translate(CompletionStage<T> stage) {
        CompletableFuture<T> out = new CompletableFuture<>();
        stage.whenComplete((value, error) -> {
            if (error == null) {
                out.complete(value);
            } else {
                out.completeExceptionally(map(unwrap(error)));
            }
        });
        return out;
    }

    /** Runs {@code call}; an exception it throws becomes a failed stage, as the contract says. */
    static <T> CompletionStage<T> guard(Supplier<CompletionStage<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(map(e));
        }
    }

    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    static RuntimeException map(Throwable e) {
        if (e instanceof StoreException || e instanceof IllegalArgumentException) {
            return (RuntimeException) e;
        }
        if (e instanceof RedisCommandTimeoutException) {
            return new StoreTimeoutException("redis: " + e.getMessage(), e);
        }
        if (e instanceof RedisConnectionException || e instanceof CancellationException
                || isNotConnected(e)) {
            return new StoreUnavailableException("redis unavailable: " + e.getMessage(), e);
        }
        if (e instanceof RedisCommandExecutionException && startsWith(e, "LOADING")) {
            return new StoreUnavailableException("redis is loading its data set", e);
        }
        return new StoreException("redis: " + e.getMessage(), e);
    }

    static boolean isNoScript(Throwable e) {
        Throwable t = unwrap(e);
        return t instanceof RedisCommandExecutionException && startsWith(t, "NOSCRIPT");
    }

    /** Lettuce signals a down connection with plain RedisExceptions; their text is stable. */
    private static boolean isNotConnected(Throwable e) {
        return e instanceof java.io.IOException
                || e instanceof RedisException && (startsWith(e, "Currently not connected")
                || startsWith(e, "Connection closed") || startsWith(e, "Connection is closed")
                || startsWith(e, "Connection disconnected") || e.getCause() instanceof java.io.IOException);
    }

    private static boolean startsWith(Throwable e, String text) {
        return e.getMessage() != null && e.getMessage().startsWith(text);
    }
}
