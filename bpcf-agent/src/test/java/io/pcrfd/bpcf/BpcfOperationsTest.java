package io.pcrfd.bpcf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.node.NodeEnvironment;
import io.pcrfd.pcrf.node.PcrfNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The BPCF's REST server has the operations routes of every pcrfd server: it is ready once its
 * PCRF (the peer it dials) is open, not before and not after losing it, and its metrics count
 * its S9a sessions and its peer.
 */
@Timeout(30)
class BpcfOperationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void readyWhileItsPcrfIsOpenWithMetricsOfItsOwn() throws Exception {
        PcrfNode pcrf = PcrfNode.start(ConfigLoader.load("""
                diameter: {originHost: pcrf.pcrfd.local, originRealm: pcrfd.local,
                           listen: [{address: 127.0.0.1, port: 3868}]}
                rest: {enabled: false}
                store: {snapshot: {enabled: false}}
                applications: {s9a: on}
                """, null, Map.of()), NodeEnvironment.DEFAULTS.withEphemeralPorts(true));
        try (BpcfNode bpcf = BpcfNode.start(ConfigLoader.load("""
                role: bpcf
                diameter:
                  originHost: bpcf.pcrfd.local
                  originRealm: pcrfd.local
                  listen: [{address: 127.0.0.1, port: 3869}]
                  peers: [{host: pcrf.pcrfd.local, address: 127.0.0.1, port: %d, realm: pcrfd.local, connect: true}]
                store: {snapshot: {enabled: false}}
                establishment: {enabled: false}
                rest: {address: 127.0.0.1, port: 8081}
                bpcf: {pcrfPeer: pcrf.pcrfd.local, lines: [{id: line-1, prefix: 198.51.100.0/24}]}
                """.formatted(pcrf.diameterAddresses().get(0).getPort()), null, Map.of()), Clock.systemUTC(), true)) {
            JsonNode ready = awaitStatus(bpcf, 200);
            assertThat(ready.at("/checks/peers/detail").asText()).isEqualTo("realm pcrfd.local: pcrf.pcrfd.local open");
            assertThat(ready.at("/checks/store").isMissingNode()).as("the BPCF has no store to probe").isTrue();

            String metrics = get(bpcf, "/metrics").body();
            assertThat(metrics).contains("pcrfd_sessions{application=\"S9a\"} 0.0",
                    "pcrfd_diameter_peer_open{peer=\"pcrf.pcrfd.local\"} 1.0", "jvm_memory_used_bytes");

            pcrf.close();
            JsonNode down = awaitStatus(bpcf, 503);
            assertThat(down.at("/checks/peers/detail").asText())
                    .isEqualTo("realm pcrfd.local: none of [pcrf.pcrfd.local] open");
            assertThat(get(bpcf, "/health/live").statusCode()).isEqualTo(200);
        } finally {
            pcrf.close();
        }
    }

    private static JsonNode awaitStatus(BpcfNode bpcf, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        HttpResponse<String> r = get(bpcf, "/health/ready");
        while (r.statusCode() != status && System.nanoTime() < deadline) {
            LockSupport.parkNanos(20_000_000L); // poll every 20 ms until the deadline
            r = get(bpcf, "/health/ready");
        }
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> get(BpcfNode bpcf, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bpcf.restAddress().getPort() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
