package io.pcrfd.it.gx;

import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.node.NodeEnvironment;
import io.pcrfd.pcrf.node.PcrfNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PCRF with Sy towards {@link SyOcsStub}, on free loopback ports, its clock set by the test. */
final class SyPcrf implements AutoCloseable {
    static final Duration SY_TIMEOUT = Duration.ofMillis(400);
    static final String CONFIG = """
            diameter:
              originHost: pcrf.sy.e2e.example
              originRealm: e2e.example
              listen: [{address: 127.0.0.1, port: 3868}]
            rest: {address: 127.0.0.1, port: 8080}
            store: {snapshot: {enabled: false}}
            policy: {file: policy.yaml}
            gx: {inactivityTimeout: 10m, rarTimeout: 2s, rarRetries: 1}
            sy:
              ocs: {realm: ocs.e2e.example, host: ocs.e2e.example}
              timeout: 400ms
              defaultStatuses: {data-cap: normal}
              fallback: {userUnknown: reject}
              reject: {resultCode: 5030}
            """;

    final MutableClock clock;
    final PcrfNode node;
    private final HttpClient http = HttpClient.newHttpClient();

    private SyPcrf(MutableClock clock, PcrfNode node) {
        this.clock = clock;
        this.node = node;
    }

    static SyPcrf start(Path dir, Instant now) {
        return start(dir, now, CONFIG);
    }

    static SyPcrf start(Path dir, Instant now, String yaml) {
        try (InputStream in = SyPcrf.class.getResourceAsStream("/sy-e2e/policy.yaml")) {
            return start(dir, now, yaml, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same with {@code policy} as the policy file. */
    static SyPcrf start(Path dir, Instant now, String yaml, String policy) {
        try {
            Files.writeString(dir.resolve("policy.yaml"), policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NodeConfig config = ConfigLoader.load(yaml, dir, Map.of());
        MutableClock clock = new MutableClock(now);
        NodeEnvironment env = NodeEnvironment.DEFAULTS.withClock(clock).withEphemeralPorts(true);
        return new SyPcrf(clock, PcrfNode.start(config, env));
    }

    int port() {
        return node.diameterAddresses().get(0).getPort();
    }

    /** {@code POST path} on the admin API; the status code. */
    int post(String path) {
        URI uri = URI.create("http://127.0.0.1:" + node.restAddress().getPort() + path);
        try {
            return http.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** One counter of {@code GET /metrics/counters}. */
    long counter(String name) {
        String body = get("/metrics/counters");
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\\d+)").matcher(body);
        if (!m.find()) {
            throw new AssertionError("no counter " + name + " in " + body);
        }
        return Long.parseLong(m.group(1));
    }

    /** The body of {@code GET path} on the admin API. */
    String get(String path) {
        URI uri = URI.create("http://127.0.0.1:" + node.restAddress().getPort() + path);
        try {
            return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
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
