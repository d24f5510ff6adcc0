package io.pcrfd.it.ocs;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.ocs.OcsNode;
import io.pcrfd.pcrf.config.ConfigLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The OCS role in process, on free loopback ports, with the test's clock: the accounts of
 * {@link #YAML} (or the test's own), its REST API, and Sy/Gy clients that dial it.
 */
final class OcsUnderTest implements AutoCloseable {
    static final String SUBSCRIBER = "001010000000001";
    /**
     * 4 MB of data and 8 cents at 1 cent per 1 MB: neither covers a 10 MB interval alone, together
     * they cover 12 MB. The data counter is exhausted at 0, near its limit at 20 % (0.8 MB).
     */
    static final String YAML = """
            role: ocs
            diameter:
              originHost: ocs.e2e.example
              originRealm: e2e.example
              listen: [{address: 127.0.0.1, port: 3870}]
            rest: {address: 127.0.0.1, port: 8082}
            ocs:
              intervals: {octets: 10MB, seconds: 60s}
              validityTime: 10m
              stateFile: ocs-state.txt
              accounts:
                - subscribers: ["001010000000001", "46700000001"]
                  containers:
                    - {id: data, unit: octets, balance: 4MB}
                    - {id: wallet, unit: money, balance: "8", tariff: {octets: 1 per 1MB, seconds: 1 per 60s}}
                  counters:
                    - id: data-volume
                      container: data
                      thresholds: [{status: near-limit, atOrBelow: 20%}, {status: exhausted, atOrBelow: "0"}]
                    - {id: wallet-level, container: wallet, normal: funded, thresholds: [{status: empty, atOrBelow: "0"}]}
            """;

    private final OcsNode node;
    private final HttpClient http = HttpClient.newHttpClient();

    private OcsUnderTest(OcsNode node) {
        this.node = node;
    }

    static OcsUnderTest start(Path dir, Clock clock) {
        return start(dir, clock, YAML);
    }

    static OcsUnderTest start(Path dir, Clock clock, String yaml) {
        try {
            Files.writeString(dir.resolve("ocs.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OcsUnderTest(OcsNode.start(ConfigLoader.load(dir.resolve("ocs.yaml"), Map.of()), clock, true));
    }

    int diameterPort() {
        return node.diameterAddresses().get(0).getPort();
    }

    OcsNode node() {
        return node;
    }

    /** A client that dialled the OCS and got its CEA (2001). */
    TestPeer connect(String host, long application) {
        return connect(host, application, diameterPort());
    }

    static TestPeer connect(String host, long application, int port) {
        TestPeer p = TestPeer.client(OcsWire.DICT, host, OcsWire.REALM, port, application);
        DiameterMessage cea = p.awaitReceived(m -> m.commandCode() == 257, Duration.ofSeconds(10));
        assertThat(OcsWire.resultCode(cea)).isEqualTo(2001);
        return p;
    }

    static DiameterMessage call(TestPeer peer, DiameterMessage request) {
        try {
            return peer.request(request).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no answer to " + request.sessionId().orElse("?"), e);
        }
    }

    HttpResponse<String> get(String path) {
        return http("GET", path);
    }

    HttpResponse<String> post(String path) {
        return http("POST", path);
    }

    private HttpResponse<String> http(String method, String path) {
        URI uri = URI.create("http://127.0.0.1:" + node.restAddress().getPort() + path);
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        node.shutdown(Duration.ofSeconds(2));
        http.close();
    }
}
