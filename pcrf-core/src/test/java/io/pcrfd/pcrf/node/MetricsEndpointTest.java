package io.pcrfd.pcrf.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.pcrf.config.ConfigLoader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /metrics} of a running PCRF after real Gx traffic over TCP: the series a dashboard
 * reads, with the values the traffic must have produced, no unbounded label, and a body that
 * Prometheus's own {@code promtool check metrics} accepts.
 */
class MetricsEndpointTest {
    private static final String SESSION = GxRequests.GATEWAY + ";1700000000;metrics";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static PcrfNode pcrf;
    private static TestPeer gateway;
    private static String scraped;

    @BeforeAll
    static void trafficThenScrape() throws Exception {
        pcrf = PcrfNode.start(ConfigLoader.load("""
                diameter: {originHost: pcrf.test.example, originRealm: test.example,
                           listen: [{address: 127.0.0.1, port: 3868}],
                           peers: [{host: bpcf.test.example, connect: false}]}
                rest: {address: 127.0.0.1, port: 8080}
                store: {snapshot: {enabled: false}}
                """, null, Map.of()), NodeEnvironment.DEFAULTS.withEphemeralPorts(true));
        gateway = TestPeer.client(GxRequests.DICT, GxRequests.GATEWAY, GxRequests.GATEWAY_REALM,
                pcrf.diameterAddresses().get(0).getPort(), ApplicationIds.GX);
        gateway.awaitReceived(m -> m.commandCode() == CommandCodes.CAPABILITIES_EXCHANGE, Duration.ofSeconds(5));
        assertThat(call(GxRequests.ccr(SESSION, Rfc4006.CcRequestType.INITIAL_REQUEST, 0))).isEqualTo(2001);
        assertThat(call(GxRequests.ccr(SESSION, Rfc4006.CcRequestType.TERMINATION_REQUEST, 1))).isEqualTo(2001);
        assertThat(call(GxRequests.ccr("unknown;1;1", Rfc4006.CcRequestType.UPDATE_REQUEST, 1))).isEqualTo(5002);
        System.gc(); // the GC pause timer exists from the first collection the node sees on
        // the answer may leave before the observer has counted it: wait for the third one
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        do {
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L); // poll every 10 ms until the deadline
            scraped = get("/metrics").body();
        } while ((value(scraped, "pcrfd_diameter_inbound_request_duration_seconds_count{application=\"Gx\",command=\"CCR\"}") < 3
                || !scraped.contains("jvm_gc_pause_seconds_count")) && System.nanoTime() < deadline);
    }

    @AfterAll
    static void stop() {
        gateway.close();
        pcrf.close();
    }

    private static long call(io.pcrfd.diameter.message.DiameterMessage ccr) throws Exception {
        return GxRequests.resultCode(gateway.request(ccr).get(5, TimeUnit.SECONDS));
    }

    @Test
    void requestsAndAnswersAreCountedByApplicationCommandAndResultCode() {
        String gx = "{application=\"Gx\",command=\"CCR\"";
        assertThat(value(scraped, "pcrfd_diameter_inbound_requests_total" + gx + "}")).isEqualTo(3);
        assertThat(value(scraped, "pcrfd_diameter_inbound_answers_total" + gx + ",result_code=\"2001\"}")).isEqualTo(2);
        assertThat(value(scraped, "pcrfd_diameter_inbound_answers_total" + gx + ",result_code=\"5002\"}")).isEqualTo(1);
        assertThat(value(scraped, "pcrfd_diameter_inbound_requests_in_flight" + gx + "}")).isZero();
        assertThat(value(scraped, "pcrfd_diameter_inbound_request_duration_seconds_bucket" + gx + ",le=\"10.0\"}"))
                .isEqualTo(3);
    }

    @Test
    void peersStoreSessionsAndTheJvmAreThere() {
        assertThat(value(scraped, "pcrfd_diameter_peers{state=\"R_OPEN\"}")).isEqualTo(1);
        assertThat(value(scraped, "pcrfd_diameter_peers{state=\"CLOSED\"}")).as("the configured BPCF").isEqualTo(1);
        assertThat(value(scraped, "pcrfd_diameter_peer_open{peer=\"bpcf.test.example\"}")).isZero();
        assertThat(value(scraped, "pcrfd_sessions{application=\"Gx\"}")).as("created, then ended by CCR-T").isZero();
        assertThat(value(scraped, "pcrfd_store_operation_duration_seconds_count{operation=\"create\",store=\"sessions\"}"))
                .isEqualTo(1);
        assertThat(value(scraped, "pcrfd_store_operation_errors_total{error=\"timeout\",operation=\"get\",store=\"sessions\"}"))
                .isZero();
        assertThat(value(scraped, "pcrfd_store_meter_evictions_total")).isZero();
        assertThat(value(scraped, "pcrfd_store_meter_subscribers")).isZero();
        assertThat(value(scraped, "pcrfd_gx_policy_pushes_total{outcome=\"applied\",reason=\"operator\"}")).isZero();
        assertThat(value(scraped, "pcrfd_establishment_triggers_total{outcome=\"sent\"}")).isZero();
        assertThat(scraped).contains("jvm_memory_used_bytes{", "jvm_gc_", "process_cpu_usage", "jvm_threads_live_threads");
    }

    @Test
    void noLabelCarriesASessionSubscriberOrUnconfiguredPeer() {
        assertThat(scraped).doesNotContain(SESSION, "unknown;1;1", GxRequests.IMSI, GxRequests.GATEWAY);
    }

    @Test
    void promtoolAcceptsTheBody(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("promtool"), "promtool is not installed (Debian package 'prometheus'): "
                + "the Prometheus format check is skipped");
        Path file = Files.writeString(dir.resolve("metrics.txt"), scraped);
        Process p = new ProcessBuilder("promtool", "check", "metrics").redirectInput(file.toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(out).as("promtool's findings").isEmpty();
        assertThat(p.exitValue()).isZero();
    }

    @Test
    void theGrafanaDashboardQueriesOnlySeriesTheNodeExports() throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(Path.of("..", "docker", "grafana", "dashboards", "pcrfd.json")
                .toFile());
        Set<String> names = new TreeSet<>();
        for (JsonNode target : dashboard.findValues("expr")) {
            Matcher m = Pattern.compile("\\b(pcrfd|jvm|process)_[a-z0-9_]+").matcher(target.asText());
            while (m.find()) {
                names.add(m.group());
            }
        }
        assertThat(names).hasSizeGreaterThan(15);
        for (String name : names) {
            assertThat(Pattern.compile("(?m)^" + name + "[{ ]").matcher(scraped).find()).as(name).isTrue();
        }
    }

    static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** The value of the series named exactly {@code series} (name and labels), or -1 when absent. */
    static double value(String body, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(body);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + pcrf.restAddress().getPort() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
