package io.pcrfd.bpcf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.pcrfd.pcrf.cli.ExitCodes;
import io.pcrfd.pcrf.cli.PcrfdMain;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Encoding;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Mode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code pcrfd bpcf ...} through {@link PcrfdMain#execute(PrintWriter, PrintWriter, String...)}
 * (found by ServiceLoader, as in the shipped jar) against a real {@link BpcfRestServer} on a free
 * loopback port, whose BPCF talks S9a to a pcrfd PCRF through {@link Loop}.
 */
class BpcfCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMSI = "001010000000001";
    private static final String UE_IP = "198.51.100.200"; // line-2: 2 Mbit/s up, 10 Mbit/s down

    private Loop loop;
    private BpcfRestServer rest;
    private String api;

    private record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    @BeforeEach
    void start() {
        loop = new Loop(Encoding.TER, Mode.NOTIFY_ONLY);
        loop.policy = EstablishmentFlowTest.policy("video", 2, 1_000_000L);
        loop.gxSession("epdg;1", IMSI, UE_IP);
        rest = BpcfRestServer.start(new InetSocketAddress("127.0.0.1", 0), loop.bpcf, WithoutNode.OPERATIONS);
        api = "http://127.0.0.1:" + rest.address().getPort();
    }

    @AfterEach
    void stop() {
        rest.close();
        loop.close();
    }

    private static Run pcrfd(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PcrfdMain.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Run bpcf(String... args) {
        List<String> all = new ArrayList<>(List.of("bpcf"));
        all.addAll(List.of(args));
        all.addAll(List.of("--api", api));
        return pcrfd(all.toArray(String[]::new));
    }

    private Run attach() {
        return bpcf("attach", "--local-ip", UE_IP, "--imsi", IMSI, "--apn", "internet");
    }

    private String restGet(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(api + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    @Test
    void attachOpensASessionThatSessionsLists() throws Exception {
        Run attach = attach();
        Run sessions = bpcf("sessions");

        assertThat(attach.exit()).isEqualTo(ExitCodes.OK);
        assertThat(attach.err()).isEmpty();
        assertThat(attach.json().get("resultCode").asLong()).isEqualTo(2001);
        assertThat(attach.json().get("admitted").get(0).asText()).isEqualTo("video");
        assertThat(sessions.exit()).isEqualTo(ExitCodes.OK);
        JsonNode listed = sessions.json();
        assertThat(listed).hasSize(1);
        JsonNode s = listed.get(0);
        assertThat(s.get("sessionId").asText()).isEqualTo(attach.json().get("sessionId").asText());
        assertThat(s.get("lineId").asText()).isEqualTo("line-2");
        assertThat(s.get("localIp").asText()).isEqualTo(UE_IP);
        assertThat(s.get("imsi").asText()).isEqualTo(IMSI);
        assertThat(s.get("apn").asText()).isEqualTo("internet");
        assertThat(s.get("pcrfHost").asText()).isEqualTo(Loop.PCRF);
        assertThat(s.get("up").asBoolean()).isTrue();
        assertThat(loop.ladder).containsSubsequence("BPCF -> PCRF CCR-I", "BPCF <- PCRF CCA-I 2001");
    }

    @Test
    void capacityChangeIsWhatTheRestApiThenShows() throws Exception {
        Run set = bpcf("capacity", "--line", "line-2", "--uplink", "1Mbps", "--downlink", "5Mbps");
        Run shown = bpcf("line", "--line", "line-2");

        assertThat(set.exit()).isEqualTo(ExitCodes.OK);
        JsonNode state = JSON.readTree(restGet("/lines/line-2"));
        assertThat(state.get("ulCapacity").asLong()).isEqualTo(1_000_000);
        assertThat(state.get("dlCapacity").asLong()).isEqualTo(5_000_000);
        assertThat(set.json()).isEqualTo(state);
        assertThat(shown.json()).isEqualTo(state);
        assertThat(loop.bpcf.lines().usage("line-2").dlCapacity()).isEqualTo(5_000_000);
    }

    @Test
    void usageReportsWithCcrUAndPrintsWhatTheRestApiReturns() throws Exception {
        attach();
        Run usage = bpcf("usage", "--local-ip", UE_IP, "--input", "1000", "--output", "5000");

        assertThat(usage.exit()).isEqualTo(ExitCodes.OK);
        assertThat(usage.json().get("resultCode").asLong()).isEqualTo(2001);
        assertThat(usage.json().get("monitoringKey").asText()).isEqualTo(Bpcf.DEFAULT_MONITORING_KEY);
        assertThat(usage.json().get("reported")).isEqualTo(JSON.readTree(
                "{\"total\": 6000, \"input\": 1000, \"output\": 5000}"));
        assertThat(loop.ladder).contains("BPCF -> PCRF CCR-U", "BPCF <- PCRF CCA-U 2001");
        assertThat(loop.wire.stream().filter(m -> "CCR".equals(m.name()))
                .flatMap(m -> m.avp("Usage-Monitoring-Information").stream())
                .map(u -> u.child("Used-Service-Unit").orElseThrow())
                .map(used -> used.child("CC-Input-Octets").orElseThrow().asUnsigned64() + "/"
                        + used.child("CC-Output-Octets").orElseThrow().asUnsigned64()))
                .containsExactly("1000/5000");
    }

    @Test
    void usageOfAKeyOnALineHeldForTheGrantThenSentByAnotherCall() throws Exception {
        attach();
        Run held = bpcf("usage", "--line", "line-2", "--key", "mk1", "--octets", "300", "--when-granted");
        Run sent = bpcf("usage", "--imsi", IMSI, "--key", "mk1", "--input", "100", "--output", "50");
        Run shown = bpcf("sessions");
        Run two = bpcf("usage", "--line", "line-2", "--local-ip", UE_IP, "--octets", "1");
        Run none = bpcf("usage", "--octets", "1");
        Run mismatch = bpcf("usage", "--line", "line-2", "--octets", "10", "--input", "1", "--output", "2");

        assertThat(held.json().get("sent").asBoolean()).isFalse();
        assertThat(held.json().get("resultCode").isNull()).isTrue();
        assertThat(held.json().get("unreported").get("total").asLong()).isEqualTo(300);
        assertThat(sent.json().get("reported").get("total").asLong()).as("the held 300 go with it").isEqualTo(450);
        assertThat(shown.json().get(0).get("usage").get(0).get("reported").asLong()).isEqualTo(450);
        assertThat(two.exit()).isEqualTo(2);
        assertThat(two.err()).contains("mutually exclusive");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(mismatch.exit()).isEqualTo(4);
        assertThat(mismatch.err()).isEqualTo("pcrfd bpcf: 400 Bad Request: octets (10) must equal input + output (3)"
                + System.lineSeparator());
        assertThat(loop.wire.stream().filter(m -> "CCR".equals(m.name()))
                .flatMap(m -> m.avps("Usage-Monitoring-Information").stream())
                .map(u -> u.child("Used-Service-Unit").orElseThrow().child("CC-Total-Octets").orElseThrow()
                        .asUnsigned64().longValue())).containsExactly(450L);
    }

    @Test
    void detachEndsTheSessionWithCcrT() throws Exception {
        attach();
        Run detach = bpcf("detach", "--local-ip", UE_IP);
        Run sessions = bpcf("sessions");

        assertThat(detach.exit()).isEqualTo(ExitCodes.OK);
        assertThat(detach.json().get("resultCode").asLong()).isEqualTo(2001);
        assertThat(sessions.json()).isEmpty();
        assertThat(loop.ladder).contains("BPCF -> PCRF CCR-T", "BPCF <- PCRF CCA-T 2001");
    }

    @Test
    void aRejectedRequestIsOneLineOnStderrAndExit4() {
        Run noLine = bpcf("attach", "--local-ip", "203.0.113.1");
        Run unknownLine = bpcf("capacity", "--line", "line-9", "--uplink", "1Mbps", "--downlink", "5Mbps");
        Run badRate = bpcf("capacity", "--line", "line-2", "--uplink", "fast", "--downlink", "5Mbps");

        assertThat(noLine.exit()).isEqualTo(ExitCodes.API_REJECTED).isEqualTo(4);
        assertThat(noLine.out()).isEmpty();
        assertThat(noLine.err()).isEqualTo("pcrfd bpcf: 400 Bad Request: no access line serves 203.0.113.1"
                + System.lineSeparator());
        assertThat(unknownLine.exit()).isEqualTo(4);
        assertThat(unknownLine.err()).startsWith("pcrfd bpcf: 404 Not Found: ").contains("line-9").hasLineCount(1);
        assertThat(badRate.exit()).isEqualTo(4);
        assertThat(badRate.err()).startsWith("pcrfd bpcf: 400 Bad Request: ").contains("fast").hasLineCount(1);
        assertThat(loop.bpcf.lines().usage("line-2").ulCapacity()).isEqualTo(2_000_000); // unchanged
    }

    @Test
    void aServerFailureIsExit5() throws Exception {
        HttpServer failing = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        failing.createContext("/", exchange -> {
            byte[] body = "{\"error\":\"no answer from the PCRF\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(504, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        failing.start();
        try {
            Run r = pcrfd("bpcf", "detach", "--local-ip", UE_IP, "--api", "http://127.0.0.1:" + failing.getAddress().getPort());

            assertThat(r.exit()).isEqualTo(ExitCodes.API_FAILED).isEqualTo(5);
            assertThat(r.err()).isEqualTo("pcrfd bpcf: 504 Gateway Timeout: no answer from the PCRF" + System.lineSeparator());
        } finally {
            failing.stop(0);
        }
    }

    @Test
    void anUnreachableApiIsOneLineAndExit6() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        String url = "http://127.0.0.1:" + port;
        Run r = pcrfd("bpcf", "sessions", "--api", url);

        assertThat(r.exit()).isEqualTo(ExitCodes.API_UNREACHABLE).isEqualTo(6);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("pcrfd bpcf: the BPCF API at " + url + " is not reachable (connection refused)"
                + System.lineSeparator());
    }

    @Test
    void missingOptionsAndABadUrlAreUsageErrors() {
        Run noIp = bpcf("attach", "--imsi", IMSI);
        Run badUrl = pcrfd("bpcf", "sessions", "--api", "127.0.0.1:8081");

        assertThat(noIp.exit()).isEqualTo(ExitCodes.CONFIG).isEqualTo(2);
        assertThat(noIp.err()).contains("Missing required option: '--local-ip=IP'");
        assertThat(badUrl.exit()).isEqualTo(2);
        assertThat(badUrl.err()).contains("expected http://HOST:PORT, got 127.0.0.1:8081");
        assertThat(loop.ladder).isEmpty();
    }

    @Test
    void helpListsTheBpcfGroupFoundThroughServiceLoader() {
        Run top = pcrfd("--help");
        Run group = pcrfd("bpcf", "--help");

        assertThat(top.exit()).isZero();
        assertThat(top.out()).containsPattern("(?m)^\\s+bpcf\\s+Drive a running BPCF simulator");
        assertThat(top.out().indexOf("  bpcf ")).isLessThan(top.out().indexOf("  help "));
        assertThat(group.out()).contains("attach", "detach", "usage", "capacity", "sessions", "line",
                "6   the API is not reachable");
    }
}
