package io.pcrfd.it.seagull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.node.NodeEnvironment;
import io.pcrfd.pcrf.node.PcrfNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PCRF runtime in this JVM, started from the shipped {@code config/pcrf.yaml} and a copy of
 * {@code config/policy.yaml} (which a test may rewrite and reload), on free loopback ports, with
 * only these overrides (the configuration's own environment overrides, as a container would set
 * them): Diameter on 127.0.0.1, no snapshot, no overload control (package documentation),
 * and the BPCF peer of the sample dialled at {@code bpcfPort} when there is one.
 */
final class PcrfForSeagull implements AutoCloseable {
    private static final Path SAMPLE = Path.of("../../config");
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path dir;
    final PcrfNode node;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PcrfForSeagull(Path dir, PcrfNode node) {
        this.dir = dir;
        this.node = node;
    }

    /**
     * @param bpcfPort where seagull listens as the sample's BPCF (bpcf.pcrfd.local), which pcrfd
     *                 then dials; 0: the BPCF dials pcrfd as in the sample
     */
    static PcrfForSeagull start(Path dir, int bpcfPort) {
        Map<String, String> env = new HashMap<>(Map.of(
                "PCRFD_DIAMETER_LISTEN_0_ADDRESS", "127.0.0.1",
                "PCRFD_STORE_SNAPSHOT_ENABLED", "false",
                "PCRFD_DIAMETER_OVERLOAD_ENABLED", "false"));
        if (bpcfPort != 0) {
            env.put("PCRFD_DIAMETER_PEERS_0_PORT", Integer.toString(bpcfPort));
            env.put("PCRFD_DIAMETER_PEERS_0_CONNECT", "true");
        }
        try {
            Files.copy(SAMPLE.resolve("policy.yaml"), dir.resolve("policy.yaml"));
            NodeConfig config = ConfigLoader.load(Files.readString(SAMPLE.resolve("pcrf.yaml")), dir, env);
            return new PcrfForSeagull(dir, PcrfNode.start(config, NodeEnvironment.DEFAULTS.withEphemeralPorts(true)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int diameterPort() {
        return node.diameterAddresses().get(0).getPort();
    }

    String address() {
        return "127.0.0.1:" + diameterPort();
    }

    /** Whether peer {@code host} is open and its watchdog OKAY. */
    boolean peerUp(String host) {
        return node.diameter().peer(host).map(s -> s.state().isOpen() && "OKAY".equals(s.watchdog().name()))
                .orElse(false);
    }

    /**
     * A counter of GET /metrics, e.g. {@code metric("pcrfd_diameter_inbound_answers_total",
     * "application=\"Gx\",command=\"CCR\",result_code=\"2001\"")}; 0 when the series is absent.
     */
    double metric(String name, String labels) {
        Matcher m = Pattern.compile("^" + Pattern.quote(name + "{" + labels + "}") + " (\\S+)$", Pattern.MULTILINE)
                .matcher(get("/metrics").body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** Answers pcrfd sent with {@code resultCode} to requests of {@code command} in {@code application}. */
    double answered(String application, String command, int resultCode) {
        return metric("pcrfd_diameter_inbound_answers_total", labels(application, command, resultCode));
    }

    /** Answers pcrfd received with {@code resultCode} to the {@code command} requests it sent. */
    double answersReceived(String application, String command, int resultCode) {
        return metric("pcrfd_diameter_outbound_answers_total", labels(application, command, resultCode));
    }

    private static String labels(String application, String command, int resultCode) {
        return "application=\"" + application + "\",command=\"" + command + "\",result_code=\"" + resultCode + "\"";
    }

    /** One value of GET /metrics/counters, e.g. {@code diameter.duplicateRequests}. */
    long counter(String name) {
        try {
            JsonNode counters = JSON.readTree(get("/metrics/counters").body());
            if (!counters.has(name)) {
                throw new AssertionError("no counter " + name + " in " + counters);
            }
            return counters.get(name).asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
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
