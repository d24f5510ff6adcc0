package io.pcrfd.pcrf.exposure;

import io.pcrfd.pcrf.health.Readiness;
import io.pcrfd.pcrf.policy.Policy;
import io.pcrfd.pcrf.rest.AdminApi;
import io.pcrfd.pcrf.rest.AdminServer;
import io.pcrfd.pcrf.rest.AnalyticsApi;
import io.pcrfd.store.Store;
import io.pcrfd.store.memory.InMemoryStore;
import io.pcrfd.store.memory.InMemoryStoreOptions;
import io.pcrfd.store.model.AuthorizedQos;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.UsageMonitor;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Bounded benchmark of the analytics REST API over the in-memory store, not run in CI (command
 * in BENCHMARKS.md, "Session context exposure"): {@code N} contexts, one ongoing and four
 * closed per subscriber (N / 5 subscribers, every ongoing session on its own IPv4 address and
 * IPv6 prefix), served by the admin server on loopback; {@code CLIENTS} HTTP/1.1 clients with
 * keep-alive ({@link ExposureLoad}) then ask subscriber-info and imsi-list of random
 * subscribers for {@code SECONDS} each.
 *
 * <pre>
 *   ExposureBench [N=1000000] [CLIENTS=16] [SECONDS=10]
 * </pre>
 */
public final class ExposureBench {
    private static final int CONTEXTS_PER_SUBSCRIBER = 5;

    private ExposureBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int subscribers = n / CONTEXTS_PER_SUBSCRIBER;
        Instant base = Instant.now();
        try (Store store = InMemoryStore.open(InMemoryStoreOptions.DEFAULTS.withClosedMaxEntries(n), Clock.systemUTC())) {
            long t0 = System.nanoTime();
            for (int s = 0; s < subscribers; s++) {
                load(store, s, base);
            }
            System.out.printf(Locale.ROOT, "loaded %,d contexts (%,d subscribers) in %.1f s, %,d MiB heap used%n",
                    (long) subscribers * CONTEXTS_PER_SUBSCRIBER, subscribers, (System.nanoTime() - t0) / 1e9,
                    usedMiB());
            ContextExposure exposure = new ContextExposure(true, store, Policy::defaults, null);
            try (AdminServer server = AdminServer.start(new InetSocketAddress("127.0.0.1", 0), api(exposure))) {
                String root = "http://127.0.0.1:" + server.address().getPort() + "/analytics/v1";
                ExposureLoad load = new ExposureLoad(clients, Duration.ofSeconds(seconds));
                Predicate<String> fiveContexts = body -> body.contains("\"total\":5");
                Predicate<String> oneImsi = body -> body.contains("\"total\":1");
                load.run("warm-up", i -> root + "/subscribers/" + imsi(i % subscribers) + "/subscriber-info",
                        fiveContexts);
                System.out.println(load.run("subscriber-info",
                        i -> root + "/subscribers/" + imsi(i % subscribers) + "/subscriber-info", fiveContexts));
                System.out.println(load.run("imsi-list",
                        i -> root + "/sessions/" + ipv4(i % subscribers) + "/imsi-list", oneImsi));
            }
            direct("subscriber-info, no HTTP", seconds, i -> exposure.contexts(
                    new AnalyticsApi.SubscriberKey(null, imsi(i % subscribers))).size() == 5);
            direct("imsi-list, no HTTP", seconds, i -> exposure.imsiList(
                    new AnalyticsApi.IpQuery(ipv4(i % subscribers), null), null, null).size() == 1);
        }
    }

    /** The same lookups called in this thread, for what the store and the views cost without HTTP. */
    private static void direct(String name, int seconds, java.util.function.IntPredicate lookup) {
        java.util.Random random = new java.util.Random(1);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long n = 0;
        while (System.nanoTime() < end) {
            if (!lookup.test(random.nextInt(Integer.MAX_VALUE))) {
                throw new IllegalStateException(name + ": a lookup missed what was stored");
            }
            n++;
        }
        System.out.printf(Locale.ROOT, "%-24s %,10.0f lookups/s (1 thread, %d s)%n", name, n / (double) seconds, seconds);
    }

    /** Subscriber {@code s}: four sessions created and closed, then one left ongoing. */
    private static void load(Store store, int s, Instant base) throws Exception {
        for (int k = 0; k < CONTEXTS_PER_SUBSCRIBER; k++) {
            IpCanSession session = session(s, k, base);
            store.sessions().create(session).toCompletableFuture().get(1, TimeUnit.SECONDS);
            if (k < CONTEXTS_PER_SUBSCRIBER - 1) {
                store.sessions().close(session.sessionId(), base.plusSeconds(k), IpCanSession.NO_EXPIRY)
                        .toCompletableFuture().get(1, TimeUnit.SECONDS);
            }
        }
    }

    private static IpCanSession session(int s, int k, Instant base) {
        return IpCanSession.builder("pgw" + (s % 10) + ".bench.example;" + s + ";" + k)
                .imsi(imsi(s)).msisdn("46" + (700_000_000L + s)).apn(k % 2 == 0 ? "internet" : "ims")
                .ueIpv4(ipv4(s)).ueIpv6Prefix("2001:db8:" + Integer.toHexString(s >>> 16) + ":"
                        + Integer.toHexString(s & 0xFFFF) + ":0:0:0:0/64")
                .gatewayHost("pgw" + (s % 10) + ".bench.example").gatewayRealm("bench.example")
                .ratType("EUTRAN").ipCanType("3GPP-EPS").sgsnMccMnc("00101")
                .pccRules(List.of("default", "video-sd")).pccRulesChangedAt(base)
                .qos(new AuthorizedQos(9, 50_000_000L, 100_000_000L, 8, true, false, "0x05", 0, 0))
                .usageMonitors(List.of(new UsageMonitor("mk1", true, 400_000_000L, 1_000L * s)))
                .startedAt(base).updatedAt(base).expiresAt(IpCanSession.NO_EXPIRY).build();
    }

    static String imsi(int s) {
        return String.format(Locale.ROOT, "00101%010d", s);
    }

    static String ipv4(int s) {
        return "10." + ((s >>> 16) & 0xFF) + "." + ((s >>> 8) & 0xFF) + "." + (s & 0xFF);
    }

    private static long usedMiB() {
        Runtime r = Runtime.getRuntime();
        System.gc();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }

    /** An admin API that serves only the analytics routes. */
    private static AdminApi api(AnalyticsApi analytics) {
        return new AdminApi() {
            @Override
            public Health health() {
                return new Health("UP", "bench", List.of());
            }

            @Override
            public Optional<com.fasterxml.jackson.databind.JsonNode> session(String sessionId) {
                return Optional.empty();
            }

            @Override
            public Reauthorization reauthorize(String sessionId) {
                throw new UnsupportedOperationException("not in the benchmark");
            }

            @Override
            public PolicyReload reloadPolicy() {
                throw new UnsupportedOperationException("not in the benchmark");
            }

            @Override
            public Map<String, Long> counters() {
                return Map.of();
            }

            @Override
            public Readiness.Report readiness() {
                throw new UnsupportedOperationException("not in the benchmark");
            }

            @Override
            public String metrics() {
                return "";
            }

            @Override
            public AnalyticsApi analytics() {
                return analytics;
            }

            @Override
            public List<com.fasterxml.jackson.databind.JsonNode> findSessions(io.pcrfd.pcrf.rest.SessionSearch search) {
                return List.of();
            }

            @Override
            public io.pcrfd.pcrf.console.SessionLadders ladders() {
                return io.pcrfd.pcrf.console.SessionLadders.off();
            }
        };
    }
}
