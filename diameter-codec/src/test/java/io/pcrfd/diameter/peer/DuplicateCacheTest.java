package io.pcrfd.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Test
    void anExpiredEntryLeavesOnTheNextInsertWhateverIsClaimed() {
        cache.claim("pcef.example", 1, new CompletableFuture<>());
        now.addAndGet(TimeUnit.SECONDS.toNanos(20));
        CompletableFuture<DiameterMessage> second = new CompletableFuture<>();
        cache.claim("pcef.example", 2, second);
        now.addAndGet(TimeUnit.SECONDS.toNanos(11));

        assertThat(cache.claim("pcef.example", 3, new CompletableFuture<>())).isNull();
        assertThat(cache.size()).as("the first, 31 s old, dropped").isEqualTo(2);
        assertThat(cache.claim("pcef.example", 2, new CompletableFuture<>())).isSameAs(second);
    }

    @Test
    void aDuplicateInFlightGetsTheOriginalsAnswerOnceItIsReady() {
        CompletableFuture<DiameterMessage> original = new CompletableFuture<>();
        cache.claim("pcef.example", 11, original);
        CompletableFuture<DiameterMessage> waiting = cache.claim("pcef.example", 11, new CompletableFuture<>());
        assertThat(waiting).isNotNull().isNotDone();

        DiameterMessage answer = MessageBuilder.request(Dictionary.standard(), ApplicationIds.COMMON, "DWR")
                .originHost("pcrf.example").originRealm("example").build();
        original.complete(answer);
        assertThat(waiting.getNow(null)).isSameAs(answer);
    }

    @Test
    void sizeZeroHoldsNothing() {
        DuplicateCache off = new DuplicateCache(0, TimeUnit.SECONDS.toNanos(30), now::get);
        assertThat(off.claim("pcef.example", 1, new CompletableFuture<>())).isNull();
        assertThat(off.claim("pcef.example", 1, new CompletableFuture<>())).isNull();
        assertThat(off.size()).isZero();
    }

    /**
     * The cache against a plain model (an insertion-ordered map with the same rules) over many
     * claims of colliding keys, around the ring many times, with time moving on: the same
     * answer to every claim, and the same size, at every step.
     */
    @Test
    void behavesAsAnInsertionOrderedMapBoundedInSizeAndTime() {
        int max = 37;
        long ttl = 1_000;
        DuplicateCache c = new DuplicateCache(max, ttl, now::get);
        Map<String, Object[]> model = new LinkedHashMap<>();
        Random random = new Random(42);
        for (int step = 0; step < 200_000; step++) {
            now.addAndGet(random.nextInt(3) == 0 ? random.nextInt(40) : 0);
            String host = "peer" + random.nextInt(4) + (random.nextBoolean() ? ".example" : ".EXAMPLE");
            int e2e = random.nextInt(120);
            CompletableFuture<DiameterMessage> f = new CompletableFuture<>();
            Object expected = modelClaim(model, max, ttl, host, e2e, f);
            assertThat(c.claim(host, e2e, f)).as("step %d", step).isSameAs(expected);
            assertThat(c.size()).as("step %d", step).isEqualTo(model.size());
        }
    }

    private Object modelClaim(Map<String, Object[]> model, int max, long ttl, String host, int e2e, Object f) {
        model.values().removeIf(e -> now.get() - (long) e[1] > ttl);
        String key = host.toLowerCase(java.util.Locale.ROOT) + "/" + e2e;
        Object[] held = model.get(key);
        if (held != null) {
            return held[0];
        }
        if (model.size() == max) {
            model.remove(model.keySet().iterator().next());
        }
        model.put(key, new Object[] {f, now.get()});
        return null;
    }

    /**
     * More distinct Origin-Hosts than the cache gives ids to (a relay's many origins, or a
     * peer making them up): duplicates of every one are still found, and two hosts are never
     * confused, with ids or without.
     */
    @Test
    void hostsBeyondTheIdTableAreStillToldApart() {
        int hosts = HostIds.MAX_HOSTS + 500;
        DuplicateCache c = new DuplicateCache(3 * hosts, TimeUnit.SECONDS.toNanos(30), now::get);
        List<CompletableFuture<DiameterMessage>> firsts = new ArrayList<>();
        for (int h = 0; h < hosts; h++) {
            CompletableFuture<DiameterMessage> f = new CompletableFuture<>();
            firsts.add(f);
            assertThat(c.claim("pcef" + h + ".example", 7, f)).as("host %d", h).isNull();
        }
        for (int h = hosts - 1; h >= 0; h--) {
            assertThat(c.claim("PCEF" + h + ".example", 7, new CompletableFuture<>())).as("host %d", h)
                    .isSameAs(firsts.get(h));
            assertThat(c.claim("pcef" + h + ".example", 8, new CompletableFuture<>())).as("host %d", h).isNull();
        }
        assertThat(c.size()).isEqualTo(2 * hosts);
    }

    /** Two event loops claiming the same requests at once: each is new to exactly one of them. */
    @Test
    void eachRequestIsNewExactlyOnceAcrossThreads() throws Exception {
        DuplicateCache shared = new DuplicateCache(100_000, TimeUnit.SECONDS.toNanos(30), System::nanoTime);
        Map<Integer, Integer> firsts = new ConcurrentHashMap<>();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    for (int e2e = 0; e2e < 50_000; e2e++) {
                        if (shared.claim("pcef.example", e2e, new CompletableFuture<>()) == null) {
                            firsts.merge(e2e, 1, Integer::sum);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(20, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(firsts).hasSize(50_000).allSatisfy((e2e, n) -> assertThat(n).isEqualTo(1));
        assertThat(shared.size()).isEqualTo(50_000);
    }
}
