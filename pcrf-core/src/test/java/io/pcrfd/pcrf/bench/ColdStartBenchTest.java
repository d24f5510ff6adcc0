package io.pcrfd.pcrf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.node.NodeEnvironment;
import io.pcrfd.pcrf.node.PcrfNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --cold-start}: the driver is started before the server, keeps trying to connect, and
 * reports the first CCR-I's answer and each second's median, p99 and maximum.
 */
@Timeout(60)
class ColdStartBenchTest {

    @ParameterizedTest(name = "--updates {0}")
    @ValueSource(ints = {2, 0})
    void startedBeforeTheServerItConnectsOnceThePortAcceptsAndReportsTheFirstAnswer(int updates, @TempDir Path dir)
            throws Exception {
        int port = freePort();
        BenchOptions o = new BenchOptions("127.0.0.1", port, 2, new LoadModel.OpenLoop(100), Duration.ZERO,
                Duration.ofMillis(1500), 0, BenchOptions.DEFAULT_ORIGIN_HOST, BenchOptions.DEFAULT_REALM,
                BenchOptions.DEFAULT_DESTINATION_REALM, BenchOptions.DEFAULT_APN, Duration.ofSeconds(5), 1, 0, 0,
                FlushMode.PER_READ, true).withUpdates(updates);
        List<String> progress = new CopyOnWriteArrayList<>();
        CompletableFuture<BenchResult> run = CompletableFuture.supplyAsync(() -> GxLoadDriver.run(o, progress::add));
        try (PcrfNode pcrf = PcrfNode.start(ConfigLoader.load("""
                diameter:
                  originHost: pcrf.bench.test
                  originRealm: pcrfd.local
                  listen: [{address: 127.0.0.1, port: %d}]
                  overload: {enabled: false}
                rest: {enabled: false}
                store: {snapshot: {enabled: false}}
                """.formatted(port), dir, Map.of()), NodeEnvironment.DEFAULTS)) {
            BenchResult r = run.get(30, TimeUnit.SECONDS);

            assertThat(r.errors()).isZero();
            assertThat(progress).as("the driver warmed its own path before it tried the server").first()
                    .asString().matches("driver warmed up against a stub: [1-9]\\d* requests answered 2001 in 500 ms");
            ColdStart c = r.coldStart();
            assertThat(c).isNotNull();
            assertThat(c.firstResultCode()).isEqualTo(2001);
            assertThat(c.firstCcaNanos()).isPositive().isLessThanOrEqualTo(c.slowestFirstCcaNanos());
            assertThat(c.firstAfterConnectNanos()).isGreaterThanOrEqualTo(c.ceaNanos() + c.firstCcaNanos() / 2);
            assertThat(c.waitedNanos()).isNotNegative();
            assertThat(c.firstAnswerEpochMillis()).isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset
                    .offset(30_000L));
            assertThat(r.series()).isNotEmpty().allSatisfy(s -> assertThat(s.phase()).isEqualTo(Second.MEASURE));
            Second first = r.series().get(0);
            assertThat(first.p50Nanos()).isPositive().isLessThanOrEqualTo(first.p99Nanos());
            assertThat(first.maxNanos()).isGreaterThanOrEqualTo(first.p99Nanos());
            assertThat(BenchReport.format(r)).contains("cold start   port accepted after ")
                    .containsPattern("first CCA-I  2001 in \\d+\\.\\d ms").containsPattern("second 1 +\\d+ answered 2001  p50 ");
            JsonNode json = BenchJsonReport.of(r);
            assertThat(json.path("coldStart").path("firstResultCode").asLong()).isEqualTo(2001);
            assertThat(json.path("coldStart").path("firstCcaMs").asDouble()).isPositive();
            assertThat(json.path("coldStart").path("firstAnswerEpochMs").isIntegralNumber()).isTrue();
            assertThat(json.path("series").get(0).path("p50Ms").isNumber()).isTrue();
            assertThat(json.path("series").get(0).path("maxMs").isNumber()).isTrue();
            assertThat(json.path("options").path("warmupSeconds").asDouble()).isZero();
            assertThat(json.path("options").path("updates").asInt()).isEqualTo(updates);
            assertThat(BenchReport.format(r)).contains("sessions of " + o.mix() + ")")
                    .contains("(" + 100 * (updates + 2) + " requests/s offered)");
            assertThat(pcrf.admin().counters()).as("every session ran to its CCR-T").containsEntry("store.sessions", 0L);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
