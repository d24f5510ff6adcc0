package io.pcrfd.pcrf.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.health.Readiness;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.Store;
import io.pcrfd.store.StoreUnavailableException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code GET /health/ready} of a running PCRF: what makes it 200, what makes it 503 and says why. */
@Timeout(30)
class ReadinessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CONFIG = """
            diameter:
              originHost: pcrf.test.example
              originRealm: test.example
              listen: [{address: 127.0.0.1, port: 3868}]
              peers: %s
            rest: {address: 127.0.0.1, port: 8080}
            store: {snapshot: {enabled: false}}
            """;

    private static NodeConfig config(String peers) {
        return ConfigLoader.load(CONFIG.formatted(peers), null, Map.of());
    }

    @Test
    void aPcrfThatDialsNobodyIsReadyOnceListeningWithItsStore() throws Exception {
        // the BPCF dials this PCRF (connect: false): not required, or the two could wait for each other
        try (PcrfNode pcrf = PcrfNode.start(config("[{host: bpcf.test.example, connect: false}]"),
                NodeEnvironment.DEFAULTS.withEphemeralPorts(true))) {
            HttpResponse<String> r = get(pcrf, "/health/ready");
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.get("status").asText()).isEqualTo("UP");
            assertThat(body.properties()).extracting(Map.Entry::getKey).containsExactly("status", "checks");
            assertThat(body.at("/checks/store").properties()).extracting(Map.Entry::getKey)
                    .containsExactly("status", "detail");
            assertThat(body.at("/checks/diameter/detail").asText())
                    .isEqualTo("listening on 127.0.0.1:" + pcrf.diameterAddresses().get(0).getPort());
            assertThat(body.at("/checks/store/detail").asText()).isEqualTo("reachable");
            assertThat(body.at("/checks/peers/status").asText()).isEqualTo("UP");
            assertThat(get(pcrf, "/health/live").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aPeerThisNodeDialsMustBeOpenAndItsLossIsA503SayingWhich() throws Exception {
        // closed by the test itself: its listener going away is the fault (so not try-with-resources)
        TestPeer ocs = TestPeer.server(GxRequests.DICT, "ocs.test.example", "test.example", ApplicationIds.GX);
        try (PcrfNode pcrf = PcrfNode.start(config("[{host: ocs.test.example, address: 127.0.0.1, port: "
                     + ocs.port() + ", realm: test.example, connect: true}]"),
                     NodeEnvironment.DEFAULTS.withEphemeralPorts(true))) {
            JsonNode ready = awaitReady(pcrf, 200);
            assertThat(ready.at("/checks/peers/detail").asText()).isEqualTo("realm test.example: ocs.test.example open");

            ocs.close();
            JsonNode down = awaitReady(pcrf, 503);
            assertThat(down.get("status").asText()).isEqualTo("DOWN");
            assertThat(down.at("/checks/peers/status").asText()).isEqualTo("DOWN");
            assertThat(down.at("/checks/peers/detail").asText())
                    .isEqualTo("realm test.example: none of [ocs.test.example] open");
            assertThat(down.at("/checks/diameter/status").asText()).isEqualTo("UP");
            assertThat(get(pcrf, "/health/live").statusCode()).as("not a reason to restart").isEqualTo(200);
        }
    }

    /**
     * Peers this node dials, grouped by realm (realm routing fails over inside a realm): one open
     * peer per realm is enough, and a realm with none keeps the node unready, named in the detail.
     */
    @Test
    void everyRealmOfDialledPeersNeedsOneOpenPeer() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort(); // nothing listens there once closed: dialling it is refused
        }
        try (TestPeer a1 = TestPeer.server(GxRequests.DICT, "a1.a.example", "a.example", ApplicationIds.GX);
             TestPeer b1 = TestPeer.server(GxRequests.DICT, "b1.b.example", "b.example", ApplicationIds.GX)) {
            String a = "{host: a1.a.example, address: 127.0.0.1, port: " + a1.port() + ", realm: a.example, connect: true},"
                    + "{host: a2.a.example, address: 127.0.0.1, port: " + closedPort + ", realm: a.example, connect: true}";
            try (PcrfNode pcrf = PcrfNode.start(config("[" + a + ", {host: b2.b.example, address: 127.0.0.1, port: "
                    + closedPort + ", realm: b.example, connect: true}]"), NodeEnvironment.DEFAULTS.withEphemeralPorts(true))) {
                await503For(pcrf, "realm b.example: none of [b2.b.example] open");
            }
            try (PcrfNode pcrf = PcrfNode.start(config("[" + a + ", {host: b1.b.example, address: 127.0.0.1, port: "
                    + b1.port() + ", realm: b.example, connect: true}]"), NodeEnvironment.DEFAULTS.withEphemeralPorts(true))) {
                JsonNode ready = awaitReady(pcrf, 200);
                assertThat(ready.at("/checks/peers/detail").asText())
                        .isEqualTo("realm a.example: a1.a.example open; realm b.example: b1.b.example open");
            }
        }
    }

    /** Waits until realm a's open peer is seen, then expects 503 naming only realm b. */
    private static void await503For(PcrfNode pcrf, String detail) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!pcrf.diameter().peer("a1.a.example").map(p -> p.state().isOpen()).orElse(false)
                && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L); // poll every 20 ms until the deadline
        }
        JsonNode down = awaitReady(pcrf, 503);
        assertThat(down.at("/checks/peers/detail").asText()).isEqualTo(detail);
        assertThat(down.at("/checks/diameter/status").asText()).isEqualTo("UP");
        assertThat(down.at("/checks/store/status").asText()).isEqualTo("UP");
    }

    @Test
    void aStoreThatDoesNotAnswerIsDownWithItsError() throws Exception {
        try (PcrfNode pcrf = PcrfNode.start(config("[]"), NodeEnvironment.DEFAULTS.withEphemeralPorts(true))) {
            Readiness r = new Readiness(pcrf.diameter(), config("[]").diameter(), unreachableStore());
            Readiness.Report report = r.check();
            assertThat(report.ready()).isFalse();
            assertThat(report.checks().get("store").detail()).isEqualTo("unreachable: connection refused");
            assertThat(report.checks().keySet()).containsExactly("diameter", "store", "peers");
        }
    }

    private static JsonNode awaitReady(PcrfNode pcrf, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        HttpResponse<String> r = get(pcrf, "/health/ready");
        while (r.statusCode() != status && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L); // poll every 20 ms until the deadline
            r = get(pcrf, "/health/ready");
        }
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> get(PcrfNode pcrf, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + pcrf.restAddress().getPort() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A store whose every session read fails as a Redis that went away does. */
    private static Store unreachableStore() {
        SessionStore sessions = (SessionStore) Proxy.newProxyInstance(SessionStore.class.getClassLoader(),
                new Class<?>[] {SessionStore.class}, (p, m, a) -> CompletableFuture.failedFuture(
                        new StoreUnavailableException("connection refused", null)));
        Predicate<String> isSessions = "sessions"::equals;
        return (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
                (p, m, a) -> isSessions.test(m.getName()) ? sessions : null);
    }
}
