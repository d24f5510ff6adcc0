package io.pcrfd.pcrf.node;

import static io.pcrfd.pcrf.node.MetricsEndpointTest.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.pcrf.bench.BenchOptions;
import io.pcrfd.pcrf.bench.BenchResult;
import io.pcrfd.pcrf.bench.GxLoadDriver;
import io.pcrfd.pcrf.bench.LoadModel;
import io.pcrfd.pcrf.config.ConfigLoader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code GET /metrics} of a running PCRF after what goes wrong on the wire: a RAR the gateway
 * never answers (a timeout, counted by the peer layer and as the push's outcome), a RAA carrying
 * an Experimental-Result-Code (counted under that code), requests refused 3004 by admission
 * control (counted as the load driver saw them), and a gateway that goes away (its watchdog
 * entering DOWN).
 */
@Timeout(30)
class MetricsUnderFaultsTest {
    private static final String SESSION = GxRequests.GATEWAY + ";1700000000;faults";
    private static final String GX_RAR = "{application=\"Gx\",command=\"RAR\"";
    /** TS 29.212 §5.5.4 DIAMETER_ERROR_TRAFFIC_MAPPING_INFO_REJECTED, an Experimental-Result-Code. */
    private static final long EXPERIMENTAL = 5144;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private PcrfNode pcrf;
    private TestPeer gateway;

    @BeforeEach
    void start() throws Exception {
        pcrf = PcrfNode.start(ConfigLoader.load("""
                diameter: {originHost: pcrf.test.example, originRealm: test.example,
                           listen: [{address: 127.0.0.1, port: 3868}], requestTimeout: 300ms,
                           overload: {maxPendingPerPeer: 1}}
                gx: {rarRetries: 0, rarTimeout: 300ms}
                rest: {address: 127.0.0.1, port: 8080}
                store: {snapshot: {enabled: false}}
                """, null, Map.of()), NodeEnvironment.DEFAULTS.withEphemeralPorts(true));
        gateway = TestPeer.client(GxRequests.DICT, GxRequests.GATEWAY, GxRequests.GATEWAY_REALM,
                pcrf.diameterAddresses().get(0).getPort(), ApplicationIds.GX);
        gateway.awaitReceived(m -> m.commandCode() == CommandCodes.CAPABILITIES_EXCHANGE, Duration.ofSeconds(5));
        assertThat(GxRequests.resultCode(gateway.request(GxRequests.ccr(SESSION, Rfc4006.CcRequestType.INITIAL_REQUEST,
                0)).get(5, TimeUnit.SECONDS))).isEqualTo(2001);
    }

    @AfterEach
    void stop() {
        gateway.close();
        pcrf.close();
    }

    @Test
    void anUnansweredRarIsATimeoutOfThePeerLayerAndAnUnansweredPush() throws Exception {
        gateway.mute(true);
        assertThat(post("/sessions/" + SESSION + "/reauthorize").body()).contains("UNANSWERED");
        String m = scrapeWhen(b -> value(b, "pcrfd_diameter_timeouts_total") >= 1);
        gateway.mute(false); // so that it answers the DPR of the node's shutdown at once

        assertThat(value(m, "pcrfd_diameter_timeouts_total")).isEqualTo(1);
        assertThat(value(m, "pcrfd_diameter_outbound_failures_total" + GX_RAR + ",reason=\"timeout\"}")).isEqualTo(1);
        assertThat(value(m, "pcrfd_diameter_outbound_requests_total" + GX_RAR + "}")).isEqualTo(1);
        assertThat(value(m, "pcrfd_diameter_outbound_requests_in_flight" + GX_RAR + "}")).isZero();
        assertThat(value(m, "pcrfd_diameter_outbound_request_duration_seconds_count" + GX_RAR + "}"))
                .as("latency is of answered requests only").isZero();
        assertThat(value(m, "pcrfd_gx_policy_pushes_total{outcome=\"unanswered\",reason=\"operator\"}")).isEqualTo(1);
    }

    @Test
    void anAnswerWithAnExperimentalResultIsCountedUnderItsCode() throws Exception {
        gateway.onRequest(rar -> MessageBuilder.answer(GxRequests.DICT, rar)
                .add(Rfc6733.EXPERIMENTAL_RESULT, g -> g.add(Rfc6733.VENDOR_ID, 10415L)
                        .add(Rfc6733.EXPERIMENTAL_RESULT_CODE, EXPERIMENTAL))
                .originHost(GxRequests.GATEWAY).originRealm(GxRequests.GATEWAY_REALM).build());
        assertThat(post("/sessions/" + SESSION + "/reauthorize").statusCode()).isEqualTo(202);
        String answered = "pcrfd_diameter_outbound_answers_total" + GX_RAR + ",result_code=\"" + EXPERIMENTAL + "\"}";
        String duration = "pcrfd_diameter_outbound_request_duration_seconds_count" + GX_RAR + "}";
        // the answer counter and the latency histogram are two updates: wait for both
        String m = scrapeWhen(b -> value(b, answered) >= 1 && value(b, duration) >= 1);

        assertThat(value(m, answered)).isEqualTo(1);
        assertThat(value(m, duration)).isEqualTo(1);
        assertThat(value(m, "pcrfd_diameter_timeouts_total")).isZero();
    }

    @Test
    void requestsRefused3004AreCountedAsTheGatewaySawThem() throws Exception {
        // one connection writes 8 CCR-I at once: beyond maxPendingPerPeer (1) they are refused
        BenchResult r = GxLoadDriver.run(new BenchOptions("127.0.0.1", pcrf.diameterAddresses().get(0).getPort(), 1,
                new LoadModel.ClosedLoop(8), Duration.ZERO, Duration.ofSeconds(10), 40,
                BenchOptions.DEFAULT_ORIGIN_HOST, BenchOptions.DEFAULT_REALM, "test.example", BenchOptions.DEFAULT_APN,
                Duration.ofSeconds(5), 1, 0, 0), l -> { });
        assertThat(r.refused()).isPositive();
        assertThat(r.errors()).isZero();
        String answered = "pcrfd_diameter_inbound_answers_total{application=\"Gx\",command=\"CCR\","
                + "result_code=\"2001\"}";
        String m = scrapeWhen(b -> value(b, "pcrfd_diameter_too_busy_total") >= r.refused()
                && value(b, "pcrfd_diameter_overload_refusals_total{when=\"arrival\"}") >= r.refused()
                && value(b, answered) >= 1 + r.succeeded());

        assertThat(value(m, "pcrfd_diameter_too_busy_total")).isEqualTo(r.refused());
        assertThat(value(m, "pcrfd_diameter_overload_refusals_total{when=\"arrival\"}")).isEqualTo(r.refused());
        assertThat(value(m, "pcrfd_diameter_overload_refusals_total{when=\"expired\"}")).isZero();
        assertThat(value(m, "pcrfd_diameter_overload_pending")).isZero();
        assertThat(value(m, answered)).as("the setup's CCR-I and what the driver got answered")
                .isEqualTo(1 + r.succeeded());
    }

    @Test
    void aGatewayThatGoesAwayHasItsWatchdogEnterDown() throws Exception {
        assertThat(value(scrapeWhen(b -> true), "pcrfd_diameter_watchdog_transitions_total{state=\"OKAY\"}"))
                .isEqualTo(1);
        gateway.abort();
        // The watchdog's transition and the peer state's gauge move in two steps: wait for both.
        String m = scrapeWhen(b -> value(b, "pcrfd_diameter_watchdog_transitions_total{state=\"DOWN\"}") >= 1
                && value(b, "pcrfd_diameter_peers{state=\"R_OPEN\"}") == 0);

        assertThat(value(m, "pcrfd_diameter_watchdog_transitions_total{state=\"DOWN\"}")).isEqualTo(1);
        assertThat(value(m, "pcrfd_diameter_peers{state=\"R_OPEN\"}")).isZero();
    }

    /** Scrapes until {@code ready} holds (counters move after the answer has left), at most 5 s. */
    private String scrapeWhen(Predicate<String> ready) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        String body = get("/metrics");
        while (!ready.test(body) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(10_000_000L); // poll every 10 ms until the deadline
            body = get("/metrics");
        }
        return body;
    }

    private String get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET()).body();
    }

    private HttpResponse<String> post(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + pcrf.restAddress().getPort() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
