package io.pcrfd.it.gx;

import static io.pcrfd.it.Await.await;
import static io.pcrfd.it.gx.GxPcef.resultCode;
import static io.pcrfd.it.gx.PcrfUnderTest.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.TestPeer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Redis store under faults, against a private redis-server: Redis killed and restarted
 * mid-traffic (its failures counted on {@code /metrics}, the node not ready meanwhile), and one of two PCRF nodes sharing it
 * killed. Each bounded well under 30 s; what
 * happens is in the README, section "Faults".
 */
@Timeout(60)
class GxRedisFaultTest {
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration SLACK = Duration.ofSeconds(1);

    /** The value of the series named exactly {@code series} in a /metrics body, or -1 when absent. */
    private static double value(String body, String series) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + java.util.regex.Pattern.quote(series)
                + " (\\S+)$").matcher(body);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    private static String store(RedisServer redis) {
        return "store: {type: redis, redis: {uri: \"" + redis.uri() + "\", keyPrefix: \"f:\", commandTimeout: "
                + COMMAND_TIMEOUT.toSeconds() + "s}}";
    }

    @Test
    void duringARedisOutageGxGetsAnErrorAtOnceThenTrafficResumesAndNothingAcknowledgedIsLost(@TempDir Path dir)
            throws Exception {
        assumeTrue(RedisServer.available(), "redis-server is not installed: skipped (CI installs it)");
        GxPcef pcef = new GxPcef("pgw1.epc.e2e.example", 5);
        RedisServer redis = RedisServer.startDurable(dir.resolve("redis"));
        try (PcrfUnderTest pcrf = PcrfUnderTest.start(dir.resolve("pcrf"), Instant.now(), "pcrf.e2e.example",
                store(redis));
             TestPeer pgw = pcrf.connect(pcef.host())) {
            List<String> acknowledged = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                String id = "pgw1;redis;" + i;
                assertThat(resultCode(call(pgw, pcef.initial(id, GxPcef.BASIC_IMSI, "10.73.0." + i)))).isEqualTo(2001);
                acknowledged.add(id);
            }

            redis.kill();
            String refusedId = "pgw1;redis;outage";
            long asked = System.nanoTime();
            DiameterMessage newSession = call(pgw, pcef.initial(refusedId, GxPcef.BASIC_IMSI, "10.73.0.99"));
            DiameterMessage update = call(pgw, pcef.update(acknowledged.get(0), 1));
            assertThat(resultCode(newSession)).as("CCR-I during the outage").isEqualTo(5012);
            assertThat(resultCode(update)).as("CCR-U during the outage").isEqualTo(5012);
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("both within the command timeout")
                    .isLessThan(COMMAND_TIMEOUT.multipliedBy(2).plus(SLACK));
            String metrics = pcrf.get("/metrics").body();
            assertThat(value(metrics, "pcrfd_store_operation_errors_total{error=\"unavailable\",operation=\"get\","
                    + "store=\"sessions\"}")).as("the CCR-U's read of its session, on /metrics").isGreaterThanOrEqualTo(1);
            assertThat(metrics.lines().filter(l -> l.startsWith("pcrfd_store_operation_errors_total{error=\"other\"")
                    && !l.endsWith(" 0.0"))).as("every failure classified").isEmpty();
            assertThat(value(metrics, "pcrfd_diameter_inbound_answers_total{application=\"Gx\",command=\"CCR\","
                    + "result_code=\"5012\"}")).isEqualTo(2);

            var notReady = pcrf.get("/health/ready");
            assertThat(notReady.statusCode()).as("not ready without its store: " + notReady.body()).isEqualTo(503);
            assertThat(notReady.body()).contains("\"store\":{\"status\":\"DOWN\"");

            redis = redis.restart(); // same port, same append-only file
            await("Gx traffic resumes by itself", Duration.ofSeconds(15),
                    () -> resultCode(call(pgw, pcef.update(acknowledged.get(0), 1))) == 2001);
            assertThat(pcrf.get("/health/ready").statusCode()).as("ready again").isEqualTo(200);
            for (String id : acknowledged) {
                assertThat(redis.command("EXISTS", "f:s:" + id)).as("acknowledged before the kill: " + id)
                        .isEqualTo(":1");
                assertThat(resultCode(call(pgw, pcef.update(id, 2)))).isEqualTo(2001);
            }
            assertThat(redis.command("EXISTS", "f:s:" + refusedId)).as("refused, so never stored").isEqualTo(":0");
            assertThat(resultCode(call(pgw, pcef.update(refusedId, 1)))).isEqualTo(5002);
        } finally {
            redis.close();
        }
    }

    @Test
    void whenOneOfTwoPcrfNodesOnOneRedisIsKilledTheOtherServesItsSessions(@TempDir Path dir) throws Exception {
        assumeTrue(RedisServer.available(), "redis-server is not installed: skipped (CI installs it)");
        GxPcef pcef = new GxPcef("pgw1.epc.e2e.example", 5);
        List<String> sessions = List.of("pgw1;two;1", "pgw1;two;2", "pgw1;two;3");
        int portA = PcrfProcess.freePort();
        try (RedisServer redis = RedisServer.start();
             PcrfProcess a = PcrfProcess.start(dir.resolve("a"), nodeA(portA, redis), portA);
             PcrfUnderTest b = PcrfUnderTest.start(dir.resolve("b"), Instant.now(), "pcrf-b.e2e.example",
                     store(redis))) {
            try (TestPeer viaA = PcrfUnderTest.connect(pcef.host(), a.port())) {
                for (int i = 0; i < sessions.size(); i++) {
                    String id = sessions.get(i);
                    assertThat(resultCode(call(viaA, pcef.initial(id, GxPcef.BASIC_IMSI, "10.74.0." + (i + 1)))))
                            .isEqualTo(2001);
                    assertThat(resultCode(call(viaA, pcef.usage(id, 1, "mk1", 1_000L)))).isEqualTo(2001);
                }
                a.kill();
                await("the gateway sees node A gone", Duration.ofSeconds(10), () -> !viaA.connected());
            }
            try (TestPeer viaB = b.connect(pcef.host())) {
                for (String id : sessions) {
                    assertThat(resultCode(call(viaB, pcef.update(id, 2)))).as("CCR-U on B: " + id).isEqualTo(2001);
                    assertThat(resultCode(call(viaB, pcef.terminate(id, 3)))).as("CCR-T on B: " + id).isEqualTo(2001);
                    assertThat(redis.command("EXISTS", "f:s:" + id)).isEqualTo(":0");
                }
            }
        }
    }

    /** Node A's file: pcrfd run as a user writes it, on {@code port}, REST off, on {@code redis}. */
    private static String nodeA(int port, RedisServer redis) {
        return """
                diameter:
                  originHost: pcrf-a.e2e.example
                  originRealm: e2e.example
                  listen: [{address: 127.0.0.1, port: %d}]
                rest: {enabled: false}
                policy: {file: policy.yaml}
                """.formatted(port) + store(redis) + "\n";
    }
}
