package io.pcrfd.diameter.peer;

import io.pcrfd.diameter.message.DiameterMessage;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the duplicate check (RFC 6733 §3) costs per request received: a claim of a new
 * (Origin-Host, End-to-End) pair in a full cache of the daemon's default size, so that every
 * claim also evicts the eldest entry; the same from two threads sharing the cache (two event
 * loops); and a claim of a pair seen a moment ago (a retransmission). The answer future is
 * made once: its allocation is the caller's, not the cache's. {@code claimNewAsReceived} claims
 * as the peer layer does under load: a new answer future and a new host String (as decoded from
 * the request) per claim, four peers' requests interleaved, so that what the cache stores is
 * young, as it is in the daemon.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DuplicateCacheBenchmark {
    private static final String HOST = "pgw.epc.example";
    private static final String[] PEERS = {"pgw1.epc.example", "pgw2.epc.example", "pgw3.epc.example",
        "pgw4.epc.example"};
    private final CompletableFuture<DiameterMessage> answer = new CompletableFuture<>();
    private DuplicateCache cache;

    /** Each thread's own End-to-End ids, as each connection's peer numbers its own. */
    @State(Scope.Thread)
    public static class Ids {
        private static int threads;
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            synchronized (Ids.class) {
                next = ++threads << 24;
            }
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        cache = new DuplicateCache(NodeOptions.DEFAULT_DUPLICATE_CACHE_SIZE, Duration.ofSeconds(30));
        for (int i = 0; i < NodeOptions.DEFAULT_DUPLICATE_CACHE_SIZE; i++) {
            cache.claim(HOST, -1 - i, answer);
        }
    }

    /** A new request: a miss, an insert and the eldest entry out. */
    @Benchmark
    public Object claimNew(Ids ids) {
        return cache.claim(HOST, ids.next++, answer);
    }

    /** The same from two threads at once, on one shared cache. */
    @Benchmark
    @Threads(2)
    public Object claimNewTwoThreads(Ids ids) {
        return cache.claim(HOST, ids.next++, answer);
    }

    /**
     * A new request as a connection claims it: a fresh future per claim, four hosts interleaved,
     * each host the same lower-case String from request to request (a connection lower-cases its
     * Origin-Host once per host it sees).
     */
    @Benchmark
    public Object claimNewAsReceived(Ids ids) {
        int e2e = ids.next++;
        return cache.claimLowerCase(PEERS[e2e & 3], e2e, new CompletableFuture<>());
    }

    /** A retransmission of the request claimed just before: a hit. */
    @Benchmark
    public Object claimDuplicate(Ids ids) {
        return cache.claim(HOST, ids.next - 1, answer);
    }
}
