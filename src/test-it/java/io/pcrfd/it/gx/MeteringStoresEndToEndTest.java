package io.pcrfd.it.gx;

import static io.pcrfd.it.gx.GxPcef.resultCode;
import static io.pcrfd.it.gx.PcrfUnderTest.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.testing.TestPeer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Usage meters in both stores over TCP: two PCRF nodes on one Redis meter one subscriber's
 * reports arriving on either node, and a node started afterwards sees them; the in-memory store
 * keeps them across a graceful restart (snapshot). The metering policy is the end-to-end Gx
 * policy with a metering section on mk1, put in force by {@code POST /policy/reload}.
 */
@Timeout(90)
class MeteringStoresEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String METERING = """
            metering:
              policies:
                monthly:
                  monitoringKey: mk1
                  quota: 10GB
                  thresholds: [{at: 80%}]
                  reset: {period: monthly, day: 1}
            """;

    @Test
    void twoNodesOnOneRedisMeterOneSubscriberAndANewNodeSeesIt(@TempDir Path dir) throws Exception {
        assumeTrue(RedisServer.available(), "redis-server is not installed: skipped (CI installs it)");
        Instant now = Instant.now(); // Redis expires keys on its own clock
        GxPcef pcef = new GxPcef("pgw1.epc.e2e.example", 7);
        try (RedisServer redis = RedisServer.start()) {
            String store = "store: {type: redis, redis: {uri: \"" + redis.uri() + "\", keyPrefix: \"m:\"}}";
            try (PcrfUnderTest a = metered(dir.resolve("a"), now, "pcrf-a.e2e.example", store);
                 PcrfUnderTest b = metered(dir.resolve("b"), now, "pcrf-b.e2e.example", store);
                 TestPeer pgwA = a.connect(pcef.host());
                 TestPeer pgwB = b.connect(pcef.host())) {
                assertThat(resultCode(call(pgwA, pcef.initial("pgw1;m;1", GxPcef.BASIC_IMSI, "10.71.0.1"))))
                        .isEqualTo(2001);
                assertThat(resultCode(call(pgwB, pcef.initial("pgw1;m;2", GxPcef.BASIC_IMSI, "10.71.0.2"))))
                        .isEqualTo(2001);
                assertThat(resultCode(call(pgwA, pcef.usage("pgw1;m;1", 1, "mk1", 300_000_000L)))).isEqualTo(2001);
                assertThat(resultCode(call(pgwB, pcef.usage("pgw1;m;2", 1, "mk1", 200_000_000L)))).isEqualTo(2001);

                assertThat(monthly(a).path("mobile").asLong()).isEqualTo(500_000_000L);
                assertThat(monthly(b).path("ratedOctets").asLong()).isEqualTo(500_000_000L);
                assertThat(redis.command("EXISTS", "m:meter:IMSI:" + GxPcef.BASIC_IMSI)).isEqualTo(":1");
            }
            try (PcrfUnderTest c = metered(dir.resolve("c"), now, "pcrf-c.e2e.example", store)) {
                assertThat(monthly(c).path("mobile").asLong()).as("in Redis, not in a node").isEqualTo(500_000_000L);
            }
        }
    }

    @Test
    void theInMemoryStoreKeepsTheMetersAcrossAGracefulRestart(@TempDir Path dir) throws Exception {
        Instant now = Instant.parse("2026-11-18T12:00:00Z");
        GxPcef pcef = new GxPcef("pgw1.epc.e2e.example", 8);
        // an absolute path: a relative one is the process's directory, not the node's
        String store = "store: {snapshot: {enabled: true, path: \"" + dir.resolve("snapshot.dat") + "\"}}";
        try (PcrfUnderTest first = metered(dir, now, "pcrf.e2e.example", store);
             TestPeer pgw = first.connect(pcef.host())) {
            assertThat(resultCode(call(pgw, pcef.initial("pgw1;m;3", GxPcef.BASIC_IMSI, "10.71.0.3")))).isEqualTo(2001);
            assertThat(resultCode(call(pgw, pcef.usage("pgw1;m;3", 1, "mk1", 123_000_000L)))).isEqualTo(2001);
            assertThat(monthly(first).path("mobile").asLong()).isEqualTo(123_000_000L);
        }
        try (PcrfUnderTest second = metered(dir, now.plusSeconds(60), "pcrf.e2e.example", store)) {
            assertThat(monthly(second).path("mobile").asLong()).as("loaded from the snapshot").isEqualTo(123_000_000L);
            assertThat(monthly(second).path("ratedOctets").asLong()).isEqualTo(123_000_000L);
        }
    }

    /** A node with the end-to-end policy plus the metering section in force. */
    private static PcrfUnderTest metered(Path dir, Instant now, String host, String store) throws IOException {
        Files.createDirectories(dir);
        PcrfUnderTest node = PcrfUnderTest.start(dir, now, host, store);
        try (InputStream in = PcrfUnderTest.class.getResourceAsStream("/gx-e2e/policy.yaml")) {
            Files.writeString(dir.resolve("policy.yaml"), new String(in.readAllBytes()) + METERING);
        }
        var reload = node.post("/policy/reload");
        assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
        return node;
    }

    private static JsonNode monthly(PcrfUnderTest node) throws IOException {
        var r = node.get("/subscribers/" + GxPcef.BASIC_IMSI + "/usage");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).path("policies").get(0);
    }
}
