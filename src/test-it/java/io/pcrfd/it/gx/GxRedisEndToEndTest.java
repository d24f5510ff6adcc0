package io.pcrfd.it.gx;

import static io.pcrfd.it.gx.GxPcef.resultCode;
import static io.pcrfd.it.gx.GxPcef.u32;
import static io.pcrfd.it.gx.PcrfUnderTest.call;
import static io.pcrfd.it.gx.PcrfUnderTest.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.TestPeer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PCRF runtime on the Redis store (a private redis-server): a Gx session lives in Redis
 * under its key, a second PCRF node on the same Redis serves it (and decides on the context the
 * first node's CCR-U stored), and CCR-T removes it.
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

    /**
     * The context a CCR-U reported on one node is what another node's RAR decides on: the
     * operator push on the second node keeps the Non-3GPP-EPS APN-AMBR the first node's CCA-U
     * installed instead of returning to the CCR-I's.
     */
    @Test
    void aCcrUsContextStoredInRedisDecidesTheOtherNodesRar(@TempDir Path dir) throws Exception {
        assumeTrue(RedisServer.available(), "redis-server is not installed: skipped (CI installs it)");
        String id = "pgw1;1;redis-moved";
        // Redis expires keys on its own clock, so the PCRF's clock must agree with it here
        Instant now = Instant.now();
        GxPcef pcef = new GxPcef("pgw1.epc.e2e.example", 6);
        try (RedisServer redis = RedisServer.start()) {
            String store = "store: {type: redis, redis: {uri: \"" + redis.uri() + "\", keyPrefix: \"e2e:\"}}";
            try (PcrfUnderTest first = PcrfUnderTest.start(Files.createDirectories(dir.resolve("a")), now,
                    "pcrf-a.e2e.example", store);
                 PcrfUnderTest second = PcrfUnderTest.start(Files.createDirectories(dir.resolve("b")), now,
                         "pcrf-b.e2e.example", store);
                 TestPeer pgwA = first.connect(pcef.host());
                 TestPeer pgwB = second.connect(pcef.host())) {
                call(pgwA, pcef.initial(id, GxPcef.BASIC_IMSI, "10.70.0.2"));
                DiameterMessage ccaU = call(pgwA, pcef.movedToWlan(id, 1, "192.0.2.78"));
                // 100 Mbit/s on Non-3GPP-EPS, 200 in the night window: the wall clock decides which
                long ambrDl = u32(ccaU.avp("QoS-Information").orElseThrow(), "APN-Aggregate-Max-Bitrate-DL");
                assertThat(ambrDl).isIn(100_000_000L, 200_000_000L);

                HttpResponse<String> push = second.post("/sessions/" + segment(id) + "/reauthorize");

                assertThat(push.body()).contains("APPLIED");
                DiameterMessage rar = pgwB.awaitReceived(m -> m.commandCode() == 258 && m.isRequest(),
                        Duration.ofSeconds(5));
                assertThat(rar.avp("QoS-Information")).as("nothing to undo: APN-AMBR unchanged").isEmpty();
                assertThat(second.get("/sessions/" + segment(id)).body()).contains("\"apnAmbrDl\":" + ambrDl)
                        .contains("\"ipCanType\":\"Non-3GPP-EPS\"").contains("\"ueLocalIp\":\"192.0.2.78\"");
            }
        }
    }
}
