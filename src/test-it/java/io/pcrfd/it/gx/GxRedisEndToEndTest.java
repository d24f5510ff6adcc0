package io.pcrfd.it.gx;

import static io.pcrfd.it.gx.GxPcef.resultCode;
import static io.pcrfd.it.gx.PcrfUnderTest.call;
import static io.pcrfd.it.gx.PcrfUnderTest.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcrfd.diameter.testing.TestPeer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PCRF runtime on the Redis store (a private redis-server): a Gx session lives in Redis
 * under its key, a second PCRF node on the same Redis serves it, and CCR-T removes it.
 */
@Timeout(90)
class GxRedisEndToEndTest {

    @Test
    void twoPcrfNodesShareGxSessionsThroughRedis(@TempDir Path dir) throws Exception {
        assumeTrue(RedisServer.available(), "redis-server is not installed: skipped (CI installs it)");
        String id = "pgw1;1;redis";
        // Redis expires keys on its own clock, so the PCRF's clock must agree with it here
        Instant now = Instant.now();
        GxPcef pcef = new GxPcef("pgw1.epc.e2e.example", 5);
        try (RedisServer redis = RedisServer.start()) {
            String store = "store: {type: redis, redis: {uri: \"" + redis.uri() + "\", keyPrefix: \"e2e:\"}}";
            Path a = Files.createDirectories(dir.resolve("a"));
            Path b = Files.createDirectories(dir.resolve("b"));
            try (PcrfUnderTest first = PcrfUnderTest.start(a, now, "pcrf-a.e2e.example", store);
                 PcrfUnderTest second = PcrfUnderTest.start(b, now, "pcrf-b.e2e.example", store);
                 TestPeer pgwA = first.connect(pcef.host());
                 TestPeer pgwB = second.connect(pcef.host())) {
                assertThat(first.node.describe()).endsWith("; store: redis " + redis.uri());
                assertThat(resultCode(call(pgwA, pcef.initial(id, GxPcef.BASIC_IMSI, "10.70.0.1")))).isEqualTo(2001);
                assertThat(redis.command("EXISTS", "e2e:s:" + id)).isEqualTo(":1");
                assertThat(redis.command("GET", "e2e:ip4:10.70.0.1")).startsWith("$");

                assertThat(second.get("/sessions/" + segment(id)).statusCode()).isEqualTo(200);
                assertThat(resultCode(call(pgwB, pcef.usage(id, 1, "mk1", 1_000L)))).as("CCR-U on the other node")
                        .isEqualTo(2001);
                assertThat(resultCode(call(pgwB, pcef.terminate(id, 2)))).isEqualTo(2001);

                assertThat(redis.command("EXISTS", "e2e:s:" + id)).isEqualTo(":0");
                assertThat(first.get("/sessions/" + segment(id)).statusCode()).isEqualTo(404);
            }
        }
    }
}
