package io.pcrfd.it.gx;

import static io.pcrfd.it.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.node.NodeEnvironment;
import io.pcrfd.pcrf.node.PcrfNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The PCRF runtime started in this JVM as {@code pcrfd run} starts it, on free loopback ports,
 * with the end-to-end policy, a clock the test sets, and an inactivity audit every 50 ms.
 */
final class PcrfUnderTest implements AutoCloseable {
    private static final String LISTEN = "  listen: [{address: 127.0.0.1, port: 3868}]\n";
    static final String CONFIG = """
            diameter:
              originHost: pcrf.e2e.example
              originRealm: e2e.example
              listen: [{address: 127.0.0.1, port: 3868}]
            rest: {address: 127.0.0.1, port: 8080}
            store: {snapshot: {enabled: false}}
            policy: {file: policy.yaml}
            gx: {inactivityTimeout: 10m, rarTimeout: 2s, rarRetries: 1}
            """;

    final MutableClock clock;
    final PcrfNode node;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PcrfUnderTest(MutableClock clock, PcrfNode node) {
        this.clock = clock;
        this.node = node;
    }

    /** Writes the policy into {@code dir} and starts the PCRF with its clock at {@code now}. */
    static PcrfUnderTest start(Path dir, Instant now) {
        return start(dir, now, "pcrf.e2e.example");
    }

    /** The same with another Origin-Host (jDiameter wants the name it dials). */
    static PcrfUnderTest start(Path dir, Instant now, String originHost) {
        return start(dir, now, originHost, "store: {snapshot: {enabled: false}}");
    }

    /** The same with another {@code store:} section. */
    static PcrfUnderTest start(Path dir, Instant now, String originHost, String storeYaml) {
        return start(dir, now, originHost, storeYaml, "", Duration.ZERO);
    }

    /**
     * The same with {@code diameterLines} (YAML keys indented by two spaces: peers,
     * requestTimeout, ...) added to the {@code diameter:} section, and every configured peer's
     * Tw set to {@code watchdogInterval} below the RFC 3539 floor and unjittered (zero: as
     * configured; see {@link NodeEnvironment#watchdogInterval()}).
     */
    static PcrfUnderTest start(Path dir, Instant now, String originHost, String storeYaml, String diameterLines,
                               Duration watchdogInterval) {
        return start(dir, now, originHost, storeYaml, diameterLines, watchdogInterval, "");
    }

    /** The same with {@code sections} (top-level YAML, e.g. {@code exposure: {enabled: true}}) added. */
    static PcrfUnderTest startWith(Path dir, Instant now, String storeYaml, String sections) {
        return start(dir, now, "pcrf.e2e.example", storeYaml, "", Duration.ZERO, sections);
    }

    /** The default node with {@code sections} (whole top-level YAML sections) added to its configuration. */
    static PcrfUnderTest startWith(Path dir, Instant now, String sections) {
        return start(dir, now, "pcrf.e2e.example", "store: {snapshot: {enabled: false}}", "", Duration.ZERO, sections);
    }

    private static PcrfUnderTest start(Path dir, Instant now, String originHost, String storeYaml,
                                       String diameterLines, Duration watchdogInterval, String sections) {
        copyPolicy(dir.resolve("policy.yaml"));
        String yaml = CONFIG.replace("pcrf.e2e.example", originHost)
                .replace("store: {snapshot: {enabled: false}}", storeYaml)
                .replace(LISTEN, LISTEN + diameterLines) + sections;
        NodeConfig config = ConfigLoader.load(yaml, dir, Map.of());
        MutableClock clock = new MutableClock(now);
        NodeEnvironment env = NodeEnvironment.DEFAULTS.withClock(clock).withAuditInterval(Duration.ofMillis(50))
                .withEphemeralPorts(true).withWatchdogInterval(watchdogInterval);
        return new PcrfUnderTest(clock, PcrfNode.start(config, env));
    }

    static void copyPolicy(Path target) {
        try (InputStream in = PcrfUnderTest.class.getResourceAsStream("/gx-e2e/policy.yaml")) {
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int diameterPort() {
        return node.diameterAddresses().get(0).getPort();
    }

    /** A PCEF connected over TCP that has completed CER/CEA (2001, Gx in common). */
    TestPeer connect(String host) {
        return connect(host, diameterPort());
    }

    static TestPeer connect(String host, int port) {
        TestPeer pcef = TestPeer.client(GxPcef.DICT, host, GxPcef.REALM, port, ApplicationIds.GX);
        DiameterMessage cea = pcef.awaitReceived(m -> m.commandCode() == 257, Duration.ofSeconds(10));
        assertThat(GxPcef.resultCode(cea)).isEqualTo(2001);
        return pcef;
    }

    static DiameterMessage call(TestPeer pcef, DiameterMessage request) {
        try {
            return pcef.request(request).get(10, TimeUnit.SECONDS);
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

    /** Any method (PUT, DELETE, ...) without a body. */
    HttpResponse<String> send(String method, String path) {
        return http(method, path);
    }

    static String segment(String sessionId) {
        return URLEncoder.encode(sessionId, StandardCharsets.UTF_8);
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
    }
}
