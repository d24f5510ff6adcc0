package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Stripe locking with up to three keys, some null or on one stripe: each stripe taken and released once. */
class StripesTest {
    private final Stripes stripes = new Stripes(4);

    @Test
    void keysOnOneStripeAreReleasedForTheNextHolder() throws Exception {
        assertThat(stripes.withLocks(() -> "ran", "a", "a", "a")).isEqualTo("ran");
        assertThat(stripes.withLocks(() -> "ran", null, "b", "b")).isEqualTo("ran");
        assertThat(stripes.withLocks(() -> "ran", null, null)).isEqualTo("ran");

        // held by no one now: another thread takes every stripe at once
        CompletableFuture<String> other = CompletableFuture.supplyAsync(
                () -> stripes.withLocks(() -> "other", "a", "b", "c"));
        assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("other");
    }

    @Test
    void aHolderOfAKeysStripeKeepsOutAnotherMutationOfThatKey() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> stripes.withLocks(() -> {
            inside.countDown();
            await(release);
            return null;
        }, "session-1", "10.0.0.1", null));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        AtomicBoolean entered = new AtomicBoolean();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> stripes.withLocks(() -> {
            entered.set(true);
            return null;
        }, "10.0.0.1", null));

        assertThat(second).as("waits for the stripe of 10.0.0.1").isNotDone();
        assertThat(entered).isFalse();
        release.countDown();
        second.get(5, TimeUnit.SECONDS);
        holder.get(5, TimeUnit.SECONDS);
        assertThat(entered).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void whatLockReturnsReleasesEveryStripeItTook() throws Exception {
        int held = stripes.lock("session-1", "10.0.0.1", "2001:db8::/64");
        CompletableFuture<String> other = CompletableFuture.supplyAsync(
                () -> stripes.withLocks(() -> "other", "10.0.0.1", null));
        assertThat(other).as("waits for the stripe of 10.0.0.1").isNotDone();

        stripes.unlock(held);

        assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("other");
        CompletableFuture<String> all = CompletableFuture.supplyAsync(
                () -> stripes.withLocks(() -> "all", "session-1", "10.0.0.1", "2001:db8::/64"));
        assertThat(all.get(5, TimeUnit.SECONDS)).isEqualTo("all");
    }

    @Test
    void moreStripesThanALockResultCarriesAreRefused() {
        assertThatThrownBy(() -> new Stripes(1023)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1022");
        Stripes most = new Stripes(1022);
        most.unlock(most.lock("a", "b", "c"));
    }
}
