package io.pcrfd.pcrf.exposure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Closed-loop HTTP load for {@link ExposureBench}: {@code clients} threads, each with its own
 * HTTP/1.1 client (one kept-alive connection), sending GETs back to back for a fixed time and
 * checking every answer is 200 with the body expected.
 */
final class ExposureLoad {
    private final int clients;
    private final Duration duration;

    ExposureLoad(int clients, Duration duration) {
        this.clients = clients;
        this.duration = duration;
    }

    /**
     * Runs GETs of {@code uri(random)} and returns one line: requests/s, p50/p99 latency.
     *
     * @param expected what every 200 body must satisfy (the lookup found what was stored)
     */
    String run(String name, IntFunction<String> uri, Predicate<String> expected) throws InterruptedException {
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long end = System.nanoTime() + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[500_000];
            latencies.add(mine);
            threads.add(Thread.ofPlatform().start(() -> client(uri, expected, end, mine)));
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = latencies.stream().flatMapToLong(l -> Arrays.stream(l, 1, (int) l[0] + 1)).sorted().toArray();
        return String.format(Locale.ROOT, "%-16s %,10.0f requests/s  p50 %.2f ms  p99 %.2f ms  (%,d requests, %d clients,"
                        + " %d s)", name, all.length / (duration.toNanos() / 1e9), all[all.length / 2] / 1e6,
                all[(int) (all.length * 0.99)] / 1e6, all.length, clients, duration.toSeconds());
    }

    /** l[0] counts the latencies stored from l[1]. */
    private static void client(IntFunction<String> uri, Predicate<String> expected, long end, long[] l) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < end && l[0] < l.length - 1) {
            HttpRequest get = HttpRequest.newBuilder(URI.create(uri.apply(random.nextInt(Integer.MAX_VALUE)))).GET().build();
            long t = System.nanoTime();
            HttpResponse<String> r;
            try {
                r = http.send(get, HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException("request failed: " + get.uri(), e);
            }
            long took = System.nanoTime() - t;
            if (r.statusCode() != 200 || !expected.test(r.body())) {
                throw new IllegalStateException(get.uri() + " answered " + r.statusCode() + ": " + r.body());
            }
            l[(int) ++l[0]] = took;
        }
    }
}
