package io.pcrfd.pcrf.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.pcrf.config.ConfigException;
import io.pcrfd.pcrf.config.LadderConfig;
import io.pcrfd.pcrf.console.LadderEntry;
import io.pcrfd.pcrf.console.SessionLadders;
import io.pcrfd.pcrf.health.Check;
import io.pcrfd.pcrf.health.Readiness;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The admin API over a real socket on 127.0.0.1 and a free port, with a real HTTP client. */
class AdminServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SESSION = "pgw1.epc.example;1700000000;42";
    private static final Instant NOON = Instant.parse("2026-11-18T12:00:00Z");
    private static final Dictionary DICT = Dictionary.standard();

    private final FakeApi api = new FakeApi();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private AdminServer server;

    @BeforeEach
    void start() {
        server = AdminServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), api);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void healthIs200WithEveryPeerState() throws Exception {
        HttpResponse<String> r = call("GET", "/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(body.get("peers").get(0).get("host").asText()).isEqualTo("pgw1.epc.example");
        assertThat(body.get("peers").get(0).get("state").asText()).isEqualTo("R_OPEN");
        assertThat(body.get("peers").get(1).get("watchdog").asText()).isEqualTo("DOWN");
    }

    @Test
    void sessionIdIsOnePercentDecodedSegment() throws Exception {
        HttpResponse<String> r = call("GET", "/sessions/pgw1.epc.example%3B1700000000%3B42");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("sessionId").asText()).isEqualTo(SESSION);
        assertThat(call("GET", "/sessions/" + SESSION).statusCode()).as("';' unencoded").isEqualTo(200);
        assertThat(api.asked).containsExactly(SESSION, SESSION);
    }

    @Test
    void unknownSessionIs404Json() throws Exception {
        HttpResponse<String> r = call("GET", "/sessions/nope");
        assertThat(r.statusCode()).isEqualTo(404);
        assertError(r, "unknown session", "no live Gx session with Session-Id nope");
    }

    @Test
    void reauthorizeIs202WithTheOutcome() throws Exception {
        HttpResponse<String> r = call("POST", "/sessions/" + SESSION + "/reauthorize");
        assertThat(r.statusCode()).isEqualTo(202);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("sessionId").asText()).isEqualTo(SESSION);
        assertThat(body.get("outcome").asText()).isEqualTo("APPLIED");
        assertThat(call("POST", "/sessions/gone/reauthorize").statusCode()).isEqualTo(404);
    }

    @Test
    void policyReloadAnswersTheCountsOr400WithTheLoadersLine() throws Exception {
        HttpResponse<String> ok = call("POST", "/policy/reload");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).get("plans").asInt()).isEqualTo(3);
        api.policyBroken = true;
        HttpResponse<String> bad = call("POST", "/policy/reload");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertError(bad, "bad policy file", "policy.yaml: plans.gold.rules[0].then.defaultQos.qci: must be 1-9");
    }

    @Test
    void countersAreAJsonObjectOfNumbers() throws Exception {
        HttpResponse<String> r = call("GET", "/metrics/counters");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("gx.rarUnanswered").asLong()).isEqualTo(3);
        assertThat(body.get("diameter.peersOpen").isNumber()).isTrue();
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405WithAllow() throws Exception {
        assertError(call("GET", "/nothing/here"), "not found", "no resource at /nothing/here");
        assertThat(call("GET", "/nothing/here").statusCode()).isEqualTo(404);
        HttpResponse<String> r = call("GET", "/policy/reload");
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValue("POST");
        assertError(r, "method not allowed", "GET is not allowed here; use POST");
        assertThat(call("DELETE", "/health").statusCode()).isEqualTo(405);
    }

    @Test
    void aFailingHandlerIs500JsonAndTheServerCarriesOn() throws Exception {
        api.countersFail = true;
        HttpResponse<String> r = call("GET", "/metrics/counters");
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("internal error");
        assertThat(call("GET", "/health").statusCode()).isEqualTo(200);
    }

    @Test
    void liveIsAlways200AndReadyIs503WithTheFailingCheck() throws Exception {
        assertThat(call("GET", "/health/live").statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(call("GET", "/health/live").body()).get("status").asText()).isEqualTo("UP");
        assertThat(call("GET", "/health/ready").statusCode()).isEqualTo(200);
        api.ready = false;
        HttpResponse<String> r = call("GET", "/health/ready");
        assertThat(r.statusCode()).isEqualTo(503);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("status").asText()).isEqualTo("DOWN");
        assertThat(body.at("/checks/store/status").asText()).isEqualTo("DOWN");
        assertThat(body.at("/checks/store/detail").asText()).isEqualTo("unreachable: connection refused");
        assertThat(call("GET", "/health/live").statusCode()).as("liveness ignores readiness").isEqualTo(200);
    }

    @Test
    void metricsAreThePrometheusTextFormat() throws Exception {
        HttpResponse<String> r = call("GET", "/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(r.body()).contains("pcrfd_test_total 1.0\n");
        assertThat(call("POST", "/metrics").headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheRoutesServed() throws Exception {
        JsonNode doc = JSON.readTree(call("GET", "/openapi.json").body());
        assertThat(doc.get("openapi").asText()).isEqualTo("3.0.3");
        assertThat(OpenApiDocument.problems(doc, server.routeList())).isEmpty();
        assertThat(OpenApiDocument.operations(doc)).contains("GET /health", "GET /health/ready", "GET /metrics",
                "POST /sessions/{sessionId}/reauthorize", "GET /openapi.json");
        // every documented operation, called, answers with a status its document lists
        for (String op : OpenApiDocument.operations(doc)) {
            String method = op.substring(0, op.indexOf(' '));
            String template = op.substring(op.indexOf(' ') + 1);
            HttpResponse<String> r = call(method, concrete(template));
            assertThat(OpenApiDocument.statuses(doc, method, template)).as(op).contains(r.statusCode());
            assertThat(call("PUT", concrete(template)).statusCode()).as("PUT " + template)
                    .isEqualTo(405);
        }
    }

    private static String concrete(String template) {
        return template.replace("{sessionId}", SESSION).replace("{subscriberId}", "001010000000001")
                .replace("{ipaddr}", "10.0.0.1");
    }

    @Test
    void sessionSearchTakesExactlyOneOfSessionIdImsiOrUeIp() throws Exception {
        HttpResponse<String> r = call("GET", "/sessions?sessionId=" + SESSION.replace(";", "%3B"));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("by").asText()).isEqualTo("SESSION_ID");
        assertThat(body.get("sessions").get(0).get("apn").asText()).isEqualTo("internet");
        assertThat(JSON.readTree(call("GET", "/sessions?imsi=001010000000001").body()).get("sessions")).isEmpty();
        assertThat(api.searches).containsExactly(new SessionSearch(SessionSearch.By.SESSION_ID, SESSION),
                new SessionSearch(SessionSearch.By.IMSI, "001010000000001"));
    }

    @Test
    void aUeIpIsNormalisedAsTheStoreIndexesIt() throws Exception {
        call("GET", "/sessions?ueIp=10.1.2.3");
        call("GET", "/sessions?ueIp=2001:db8:1:2::7");
        call("GET", "/sessions?ueIp=2001:DB8:1::/48");
        assertThat(api.searches).containsExactly(new SessionSearch(SessionSearch.By.UE_IPV4, "10.1.2.3"),
                new SessionSearch(SessionSearch.By.UE_IPV6_PREFIX, "2001:db8:1:2:0:0:0:0/64"),
                new SessionSearch(SessionSearch.By.UE_IPV6_PREFIX, "2001:db8:1:0:0:0:0:0/48"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/sessions|bad search|give exactly one of sessionId, imsi or ueIp, got none",
        "/sessions?imsi=1&ueIp=10.0.0.1|bad search|give exactly one of sessionId, imsi or ueIp, got imsi, ueIp",
        "/sessions?msisdn=4670000000|bad search|give exactly one of sessionId, imsi or ueIp, got msisdn",
        "/sessions?imsi=12a45678|bad search|an IMSI is 6 to 15 digits (TS 23.003 §2.2), got '12a45678'",
        "/sessions?imsi=1234567890123456|bad search|an IMSI is 6 to 15 digits (TS 23.003 §2.2), got '1234567890123456'",
        "/sessions?ueIp=pcrf.example.net|bad search|ueIp must be an IPv4 address or an IPv6 prefix, got 'pcrf.example.net'",
        "/sessions?ueIp=10.0.0.1/24|bad search|an IPv4 UE address has no prefix length, got '10.0.0.1/24'",
        "/sessions?ueIp=2001:db8::/129|bad search|an IPv6 prefix length is 0 to 128, got '2001:db8::/129'",
        "/sessions?ueIp=1.2.3.4.5|bad search|ueIp must be an IPv4 address or an IPv6 prefix, got '1.2.3.4.5'",
        "/sessions?sessionId=|bad Session-Id|a Session-Id is UTF-8 text without control characters, and not empty (RFC 6733 §8.8)",
        "/sessions?sessionId=a%0Ab|bad Session-Id|a Session-Id is UTF-8 text without control characters, and not empty (RFC 6733 §8.8)",
        "/sessions/a%0Ab/ladder|bad Session-Id|a Session-Id is UTF-8 text without control characters, and not empty (RFC 6733 §8.8)",
    })
    void aBadSearchIs400WithOneLine(String path, String error, String detail) throws Exception {
        HttpResponse<String> r = call("GET", path);
        assertThat(r.statusCode()).isEqualTo(400);
        assertError(r, error, detail);
        assertThat(api.searches).isEmpty();
    }

    @Test
    void theLadderIs409WhenOff404ForASessionItDoesNotHoldAnd200WithTheMessages() throws Exception {
        HttpResponse<String> off = call("GET", "/sessions/" + SESSION + "/ladder");
        assertThat(off.statusCode()).isEqualTo(409);
        assertError(off, "ladder off", "console.ladder.enabled is false: no messages are recorded");

        api.ladders = SessionLadders.of(new LadderConfig(true, 1, 32, 100), Clock.fixed(NOON, ZoneOffset.UTC));
        DiameterMessage rar = MessageBuilder.request(DICT, ApplicationIds.GX, "RAR").hopByHop(HopByHopId.of(0x2a))
                .add(Rfc6733.SESSION_ID, SESSION).originHost("pcrf.pcrfd.local").originRealm("pcrfd.local").build();
        api.ladders.record(LadderEntry.Direction.OUT, "pgw1.epc.example", rar);
        api.ladders.record(LadderEntry.Direction.IN, "pgw1.epc.example", MessageBuilder.answer(DICT, rar)
                .originHost("pgw1.epc.example").originRealm("epc.example").resultCode(5002).build());

        HttpResponse<String> none = call("GET", "/sessions/other/ladder");
        assertThat(none.statusCode()).isEqualTo(404);
        assertError(none, "no ladder", "no messages recorded for Session-Id other (none since the ladder started,"
                + " or dropped beyond console.ladder.maxSessions)");
        HttpResponse<String> r = call("GET", "/sessions/" + SESSION.replace(";", "%3B") + "/ladder");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("node").asText()).isEqualTo("pcrf.pcrfd.local");
        assertThat(body.get("recorded").asLong()).isEqualTo(2);
        JsonNode first = body.get("messages").get(0);
        assertThat(first.get("time").asText()).isEqualTo("2026-11-18T12:00:00Z");
        assertThat(first.get("offsetMs").asDouble()).isZero();
        assertThat(first.get("direction").asText()).isEqualTo("out");
        assertThat(first.get("command").asText()).isEqualTo("RAR");
        assertThat(first.get("request").asBoolean()).isTrue();
        assertThat(first.get("hopByHop").asText()).isEqualTo("0x0000002a");
        assertThat(first.get("resultCode").isNull()).isTrue();
        JsonNode answer = body.get("messages").get(1);
        assertThat(answer.get("direction").asText()).isEqualTo("in");
        assertThat(answer.get("peer").asText()).isEqualTo("pgw1.epc.example");
        assertThat(answer.get("command").asText()).isEqualTo("RAA");
        assertThat(answer.get("request").asBoolean()).isFalse();
        assertThat(answer.get("resultCode").asLong()).isEqualTo(5002);
    }

    @Test
    void theConsoleIsOneHtmlPageAndTheRootSendsBrowsersThere() throws Exception {
        HttpResponse<String> page = call("GET", "/console");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'", "connect-src 'self'", "frame-ancestors 'none'");
        assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("<title>pcrfd console</title>",
                "/metrics/counters", "/ladder").doesNotContain("innerHTML");
        HttpResponse<String> root = call("GET", "/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValue("/console");
    }

    @Test
    void aRouteMissingFromTheDocumentIsFound() throws Exception {
        JsonNode doc = JSON.readTree(call("GET", "/openapi.json").body());
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("paths")).remove("/policy/reload");
        List<Routes.Route> extra = new ArrayList<>(server.routeList());
        extra.add(new Routes.Route("GET", "/not/documented", q -> null));
        assertThat(OpenApiDocument.problems(doc, extra)).containsExactly("not documented: GET /not/documented",
                "not documented: POST /policy/reload");
    }

    @Test
    void segmentsKeepPlusSignsAndDropEmptyOnes() {
        assertThat(JsonHttpServer.segments("//sessions/a+b%2Fc/")).containsExactly("sessions", "a+b/c");
    }

    private static void assertError(HttpResponse<String> r, String error, String detail) throws IOException {
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("error").asText()).isEqualTo(error);
        assertThat(body.get("detail").asText()).isEqualTo(detail);
    }

    private HttpResponse<String> call(String method, String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + path);
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    /** Canned answers; records what was asked. */
    private static final class FakeApi implements AdminApi {
        final List<String> asked = new ArrayList<>();
        final List<SessionSearch> searches = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile boolean policyBroken;
        volatile boolean countersFail;
        volatile boolean ready = true;
        volatile SessionLadders ladders = SessionLadders.off();

        @Override
        public Readiness.Report readiness() {
            return Readiness.Report.of(Map.of("store", ready ? Check.up("reachable")
                    : Check.down("unreachable: connection refused")));
        }

        @Override
        public String metrics() {
            return "# HELP pcrfd_test_total A test counter.\n# TYPE pcrfd_test_total counter\npcrfd_test_total 1.0\n";
        }

        @Override
        public Health health() {
            return new Health("DEGRADED", "pcrf.pcrfd.local", List.of(
                    new PeerHealth("pgw1.epc.example", "epc.example", "R_OPEN", "OKAY", "HEALTHY"),
                    new PeerHealth("bpcf.pcrfd.local", "pcrfd.local", "CLOSED", "DOWN", "DOWN")));
        }

        @Override
        public Optional<JsonNode> session(String sessionId) {
            synchronized (asked) {
                asked.add(sessionId);
            }
            return SESSION.equals(sessionId)
                    ? Optional.of(JSON.createObjectNode().put("sessionId", sessionId).put("apn", "internet"))
                    : Optional.empty();
        }

        @Override
        public List<JsonNode> findSessions(SessionSearch search) {
            searches.add(search);
            return session(search.value()).map(List::of).orElse(List.of());
        }

        @Override
        public SessionLadders ladders() {
            return ladders;
        }

        @Override
        public Reauthorization reauthorize(String sessionId) {
            return new Reauthorization(sessionId, SESSION.equals(sessionId) ? "APPLIED" : "SESSION_UNKNOWN");
        }

        @Override
        public PolicyReload reloadPolicy() {
            if (policyBroken) {
                throw new ConfigException("plans.gold.rules[0].then.defaultQos.qci", "must be 1-9").inFile("policy.yaml");
            }
            return new PolicyReload("policy.yaml", 3, 4, 2);
        }

        @Override
        public Map<String, Long> counters() {
            if (countersFail) {
                throw new IllegalStateException("boom");
            }
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("diameter.peersOpen", 1L);
            m.put("gx.rarUnanswered", 3L);
            return m;
        }
    }
}
