package io.pcrfd.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The (Origin-Host, End-to-End) cache of RFC 6733 §3: same answer, bounded in size and time. */
class DuplicateCacheTest {
    private final AtomicLong now = new AtomicLong();
    private final DuplicateCache cache = new DuplicateCache(3, TimeUnit.SECONDS.toNanos(30), now::get);

    @Test
    void aDuplicateGetsTheOriginalsFutureWhateverTheHostsCase() {
        CompletableFuture<DiameterMessage> original = new CompletableFuture<>();
        assertThat(cache.claim("pcef.example", 7, original)).isNull();
        assertThat(cache.claim("PCEF.example", 7, new CompletableFuture<>())).isSameAs(original);
        assertThat(cache.claim("pcef.example", 8, new CompletableFuture<>())).isNull();
        assertThat(cache.claim("other.example", 7, new CompletableFuture<>())).isNull();
    }

    @Test
    void theOldestEntriesGoBeyondTheSize() {
        for (int e2e = 1; e2e <= 5; e2e++) {
            assertThat(cache.claim("pcef.example", e2e, new CompletableFuture<>())).isNull();
        }
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.claim("pcef.example", 1, new CompletableFuture<>())).as("evicted").isNull();
        assertThat(cache.claim("pcef.example", 5, new CompletableFuture<>())).as("kept").isNotNull();
    }

    @Test
    void entriesExpireAfterTheTtl() {
        CompletableFuture<DiameterMessage> first = new CompletableFuture<>();
        cache.claim("pcef.example", 9, first);
        now.addAndGet(TimeUnit.SECONDS.toNanos(29));
        assertThat(cache.claim("pcef.example", 9, new CompletableFuture<>())).isSameAs(first);
        now.addAndGet(TimeUnit.SECONDS.toNanos(2));
        CompletableFuture<DiameterMessage> later = new CompletableFuture<>();
        assertThat(cache.claim("pcef.example", 9, later)).as("expired: a new request").isNull();
        assertThat(cache.claim("pcef.example", 9, new CompletableFuture<>())).isSameAs(later);
    }
}
