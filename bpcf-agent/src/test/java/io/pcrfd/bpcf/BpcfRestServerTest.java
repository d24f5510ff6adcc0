package io.pcrfd.bpcf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Encoding;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Mode;
import io.pcrfd.pcrf.rest.OpenApiDocument;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulator's HTTP controls drive real S9a messages (through the codec to a pcrfd PCRF). */
class BpcfRestServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> call(BpcfRestServer rest, String method, String pathAndQuery) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + rest.address().getPort() + pathAndQuery);
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void attachListCapacityUsageDetach() throws Exception {
        try (Loop l = new Loop(Encoding.TER, Mode.NOTIFY_ONLY);
             BpcfRestServer rest = BpcfRestServer.start(new InetSocketAddress("127.0.0.1", 0), l.bpcf,
                     WithoutNode.OPERATIONS)) {
            l.policy = EstablishmentFlowTest.policy("video", 2, 8_000_000L);
            l.gxSession("epdg;1", "001010000000001", "198.51.100.200");

            HttpResponse<String> capacity = call(rest, "POST", "/lines/line-2/capacity?uplink=1Mbps&downlink=5Mbps");
            JsonNode attach = JSON.readTree(call(rest, "POST",
                    "/attach?localIp=198.51.100.200&imsi=001010000000001&apn=internet").body());
            JsonNode sessions = JSON.readTree(call(rest, "GET", "/sessions").body());
            JsonNode usage = JSON.readTree(call(rest, "POST", "/usage?localIp=198.51.100.200&input=10&output=20").body());
            JsonNode detach = JSON.readTree(call(rest, "POST", "/detach?localIp=198.51.100.200").body());

            assertThat(capacity.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(capacity.body()).get("dlCapacity").asLong()).isEqualTo(5_000_000);
            assertThat(attach.get("resultCode").asLong()).isEqualTo(2001);
            assertThat(attach.get("rejected").get(0).get("ruleName").asText()).isEqualTo("video"); // 8 > 5 Mbit/s
            assertThat(sessions.get(0).get("lineId").asText()).isEqualTo("line-2");
            assertThat(usage.get("resultCode").asLong()).isEqualTo(2001);
            assertThat(detach.get("resultCode").asLong()).isEqualTo(2001);
            assertThat(l.ladder).contains("BPCF -> PCRF CCR-I", "BPCF -> PCRF CCR-U", "BPCF -> PCRF CCR-T");
        }
    }

    @Test
    void usageByLineAndKeyIsReportedAndBadParametersAreRefusedWithAReason() throws Exception {
        StubPcrf pcrf = new StubPcrf();
        try (BpcfRestServer rest = BpcfRestServer.start(new InetSocketAddress("127.0.0.1", 0), pcrf.bpcf,
                WithoutNode.OPERATIONS)) {
            String session = pcrf.attach(StubPcrf.UE_IP, StubPcrf.IMSI);
            JsonNode usage = JSON.readTree(call(rest, "POST", "/usage?line=line-1&key=mk7&octets=1234").body());

            assertThat(usage.get("sessionId").asText()).isEqualTo(session);
            assertThat(usage.get("resultCode").asLong()).isEqualTo(2001);
            assertThat(BpcfUsageTest.usage(pcrf.last())).containsExactly("mk7=1234");
            JsonNode view = JSON.readTree(call(rest, "GET", "/sessions").body()).get(0).get("usage").get(0);
            assertThat(view.get("monitoringKey").asText()).isEqualTo("mk7");
            assertThat(view.get("reported").asLong()).isEqualTo(1234);
            assertThat(refusal(rest, "/usage?line=line-1&session=x&octets=1"))
                    .isEqualTo("400 name exactly one of session, imsi, line, localIp (got 2)");
            assertThat(refusal(rest, "/usage?line=line-1&octets=lots")).isEqualTo("400 octets: not a number of octets: lots");
            assertThat(refusal(rest, "/usage?line=line-1")).isEqualTo("400 give octets, or input and/or output");
            assertThat(refusal(rest, "/usage?line=line-1&octets=1&whenGranted=yes"))
                    .isEqualTo("400 whenGranted: true or false, not yes");
            assertThat(refusal(rest, "/usage?line=line-9&octets=1")).isEqualTo("404 no access line line-9");
            assertThat(pcrf.updates()).hasSize(1);
        }
    }

    private String refusal(BpcfRestServer rest, String pathAndQuery) throws Exception {
        HttpResponse<String> r = call(rest, "POST", pathAndQuery);
        return r.statusCode() + " " + JSON.readTree(r.body()).get("detail").asText();
    }

    @Test
    void errorsAreStatusesWithAMessage() throws Exception {
        try (Loop l = new Loop(Encoding.TER, Mode.NOTIFY_ONLY);
             BpcfRestServer rest = BpcfRestServer.start(new InetSocketAddress("127.0.0.1", 0), l.bpcf,
                     WithoutNode.OPERATIONS)) {
            HttpResponse<String> unknownLine = call(rest, "GET", "/lines/nope");
            assertThat(unknownLine.statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(unknownLine.body()).get("error").asText()).isEqualTo("unknown line");
            HttpResponse<String> wrongMethod = call(rest, "GET", "/attach?localIp=1.2.3.4");
            assertThat(wrongMethod.statusCode()).isEqualTo(405);
            assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
            assertThat(JSON.readTree(wrongMethod.body()).get("detail").asText()).isEqualTo(
                    "GET is not allowed here; use POST");
            HttpResponse<String> missing = call(rest, "POST", "/attach");
            assertThat(missing.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(missing.body()).get("error").asText()).isEqualTo("bad request");
            assertThat(JSON.readTree(missing.body()).get("detail").asText()).isEqualTo("missing parameter localIp");
            assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
            assertThat(call(rest, "POST", "/attach?localIp=203.0.113.1").statusCode()).isEqualTo(400); // no line
            HttpResponse<String> nothing = call(rest, "GET", "/nothing");
            assertThat(nothing.statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(nothing.body()).get("detail").asText()).isEqualTo("no resource at /nothing");
        }
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheRoutesServed() throws Exception {
        try (Loop l = new Loop(Encoding.TER, Mode.NOTIFY_ONLY);
             BpcfRestServer rest = BpcfRestServer.start(new InetSocketAddress("127.0.0.1", 0), l.bpcf,
                     WithoutNode.OPERATIONS)) {
            JsonNode doc = JSON.readTree(call(rest, "GET", "/openapi.json").body());
            assertThat(OpenApiDocument.problems(doc, rest.routeList())).isEmpty();
            assertThat(OpenApiDocument.operations(doc)).contains("POST /attach", "GET /lines/{id}",
                    "GET /health/ready", "GET /metrics");
            // every documented operation, called with its parameters, answers a status it documents
            Map<String, String> examples = Map.of("{id}", "line-2", "?", "?localIp=198.51.100.200&imsi=001010000000001"
                    + "&apn=internet&uplink=10Mbps&downlink=50Mbps&input=10&output=20");
            for (String op : OpenApiDocument.operations(doc)) {
                String method = op.substring(0, op.indexOf(' '));
                String template = op.substring(op.indexOf(' ') + 1);
                String url = template.replace("{id}", examples.get("{id}")) + examples.get("?");
                assertThat(OpenApiDocument.statuses(doc, method, template)).as(op)
                        .contains(call(rest, method, url).statusCode());
            }
        }
    }
}
