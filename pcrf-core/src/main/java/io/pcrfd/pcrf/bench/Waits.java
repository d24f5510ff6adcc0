package io.pcrfd.pcrf.bench;

import io.netty.channel.Channel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Bounded waits of the driver's main thread. */
final class Waits {
    private Waits() {
    }

    /** Parks until {@code deadline} on the {@link System#nanoTime()} clock. */
    static void parkUntil(long deadlineNanos) {
        long left;
        while ((left = deadlineNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new BenchException("interrupted");
            }
        }
    }

    /** Parks until {@code deadline}, running {@code every} each {@code periodMillis} meanwhile. */
    static void parkUntil(long deadlineNanos, long periodMillis, Runnable every) {
        long period = TimeUnit.MILLISECONDS.toNanos(periodMillis);
        for (long now = System.nanoTime(); now - deadlineNanos < 0; now = System.nanoTime()) {
            parkUntil(Math.min(deadlineNanos, now + period));
            every.run();
        }
    }

    /** True when {@code f} completed before the deadline. */
    static boolean awaitUntil(CompletableFuture<?> f, long deadlineNanos) {
        try {
            f.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted", e);
        }
    }

    /** Completes normally within {@code millis}, or a {@link BenchException} saying {@code what}. */
    static void join(CompletableFuture<?> f, long millis, String what) {
        try {
            f.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new BenchException(what + " within " + millis + " ms");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof BenchException b ? b : new BenchException(what + ": " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted", e);
        }
    }

    /** Runs {@code task} on the channel's loop and returns its result (bounded: 5 s). */
    static <T> T onLoop(Channel ch, Supplier<T> task) {
        CompletableFuture<T> f = new CompletableFuture<>();
        ch.eventLoop().execute(() -> f.complete(task.get()));
        join(f, 5_000, "the event loop did not answer");
        return f.join();
    }
}
