package io.pcrfd.ocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.rest.OpenApiDocument;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OCS's REST API: its OpenAPI document matches the routes, and bad input is a 4xx with a reason. */
class OcsRestServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String YAML = """
            role: ocs
            diameter: {originHost: ocs.test.example, originRealm: test.example, listen: [{address: 127.0.0.1, port: 3870}]}
            rest: {address: 127.0.0.1, port: 8082}
            ocs:
              accounts:
                - subscribers: ["001010000000001"]
                  containers: [{id: data, unit: octets, balance: 1MB}, {id: voice, unit: seconds, balance: 60s}]
                  counters: [{id: data-volume, container: data}]
            """;
    private OcsNode ocs;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        ocs = OcsNode.start(ConfigLoader.load(YAML, null, Map.of()),
                Clock.fixed(Instant.parse("2026-11-18T12:00:00Z"), ZoneOffset.UTC), true);
    }

    @AfterEach
    void stop() {
        ocs.shutdown(Duration.ofSeconds(1));
        http.close();
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheRoutesServed() throws Exception {
        JsonNode doc = JSON.readTree(call("GET", "/openapi.json").body());
        assertThat(OpenApiDocument.problems(doc, ocs.rest().routeList())).isEmpty();
        Map<String, String> examples = Map.of("{id}", "001010000000001", "{container}", "data", "{counter}", "data-volume");
        for (String op : OpenApiDocument.operations(doc)) {
            String method = op.substring(0, op.indexOf(' '));
            String template = op.substring(op.indexOf(' ') + 1);
            String url = template;
            for (Map.Entry<String, String> e : examples.entrySet()) {
                url = url.replace(e.getKey(), e.getValue());
            }
            url += "?amount=1MB&status=blocked";
            assertThat(OpenApiDocument.statuses(doc, method, template)).as(op).contains(call(method, url).statusCode());
        }
    }

    @Test
    void topUpAndStatusChangeTheAccount() throws Exception {
        JsonNode after = JSON.readTree(call("POST", "/accounts/001010000000001/containers/voice/topup?amount=2m").body());
        assertThat(after.get("containers").get(1).get("balance").asLong()).isEqualTo(180);
        after = JSON.readTree(call("POST", "/accounts/001010000000001/counters/data-volume/status?status=blocked"
                + "&at=2026-11-18T13:00:00Z").body());
        assertThat(after.get("counters").get(0).get("pending").get(0).get("at").asText()).isEqualTo("2026-11-18T13:00:00Z");
    }

    @Test
    void badInputIsA4xxWithItsReason() throws Exception {
        assertError("POST", "/accounts/001010000000001/containers/data/topup?amount=lots", 400, "amount: expected a size");
        assertError("POST", "/accounts/001010000000001/containers/data/topup", 400, "query parameter amount is required");
        assertError("POST", "/accounts/999/containers/data/topup?amount=1", 404, "no account 999");
        assertError("POST", "/accounts/001010000000001/containers/wallet/topup?amount=1", 404, "has no container wallet");
        assertError("POST", "/accounts/001010000000001/counters/data-volume/status?status=x&at=tomorrow", 400,
                "at: expected an ISO 8601 instant");
        assertError("POST", "/accounts/001010000000001/counters/data-volume/status?status=auto&at=2026-11-18T13:00:00Z",
                400, "auto takes effect at once");
        assertError("POST", "/accounts/001010000000001/counters/roaming/status?status=x", 404, "has no counter roaming");
    }

    private void assertError(String method, String path, int status, String detail) throws Exception {
        HttpResponse<String> r = call(method, path);
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        assertThat(JSON.readTree(r.body()).get("detail").asText()).contains(detail);
    }


    private HttpResponse<String> call(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ocs.restAddress().getPort() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
