package io.pcrfd.pcrf.sy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Runs the Sy work of one counter owner one piece at a time, in arrival order, without holding
 * a thread: each piece starts when the previous one's stage completed. So two members' CCR-Is
 * racing for the owner's first SLR open one Sy session, and an SNR never interleaves with an
 * SLA's write. The tail is dropped once the last piece is done, so idle owners cost nothing.
 */
final class OwnerQueue {
    private final ConcurrentHashMap<String, CompletableFuture<?>> tails = new ConcurrentHashMap<>();

    <T> CompletionStage<T> run(String owner, Supplier<CompletionStage<T>> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        CompletableFuture<?> before = tails.put(owner, result);
        CompletableFuture<?> start = before == null ? CompletableFuture.completedFuture(null) : before;
        start.handle((x, e) -> null).thenCompose(x -> safely(work)).whenComplete((v, e) -> {
            tails.remove(owner, result);
            if (e != null) {
                result.completeExceptionally(e);
            } else {
                result.complete(v);
            }
        });
        return result;
    }

    /** Owners with work queued or running. */
    int busy() {
        return tails.size();
    }

    private static <T> CompletionStage<T> safely(Supplier<CompletionStage<T>> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
