package io.pcrfd.ocs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.ocs.OcsNode;
import io.pcrfd.pcrf.cli.PcrfdMain;
import io.pcrfd.pcrf.config.ConfigLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code pcrfd ocs ...} through {@link PcrfdMain} (found by ServiceLoader, as in the shipped jar)
 * against a running OCS's REST API on a free loopback port.
 */
class OcsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String YAML = """
            role: ocs
            diameter: {originHost: ocs.test.example, originRealm: test.example, listen: [{address: 127.0.0.1, port: 3870}]}
            rest: {address: 127.0.0.1, port: 8082}
            ocs:
              accounts:
                - subscribers: ["001010000000001"]
                  containers: [{id: data, unit: octets, balance: 1MB}]
                  counters: [{id: data-volume, container: data}]
            """;
    private OcsNode ocs;
    private String api;

    private record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    @BeforeEach
    void start() {
        ocs = OcsNode.start(ConfigLoader.load(YAML, null, Map.of()),
                Clock.fixed(Instant.parse("2026-11-18T12:00:00Z"), ZoneOffset.UTC), true);
        api = "http://127.0.0.1:" + ocs.restAddress().getPort();
    }

    @AfterEach
    void stop() {
        ocs.shutdown(Duration.ofSeconds(1));
    }

    private Run ocs(String... args) {
        List<String> all = new ArrayList<>(List.of("ocs"));
        all.addAll(List.of(args));
        all.addAll(List.of("--api", api));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PcrfdMain.execute(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void listsTopsUpAndSetsAStatus() throws Exception {
        Run list = ocs("accounts");
        assertThat(list.exit()).isZero();
        assertThat(list.json().get(0).get("containers").get(0).get("balance").asLong()).isEqualTo(1_000_000);

        Run topUp = ocs("top-up", "--subscriber", "001010000000001", "--container", "data", "--amount", "2MB");
        assertThat(topUp.exit()).isZero();
        assertThat(topUp.json().get("containers").get(0).get("balance").asLong()).isEqualTo(3_000_000);

        Run status = ocs("status", "--subscriber", "001010000000001", "--counter", "data-volume", "--status",
                "blocked", "--at", "2026-11-18T13:00:00Z");
        assertThat(status.exit()).isZero();
        assertThat(status.json().get("counters").get(0).get("pending").get(0).get("status").asText()).isEqualTo("blocked");

        assertThat(ocs("sy-sessions").out().strip()).isEqualTo("[ ]");
        assertThat(ocs("gy-sessions").exit()).isZero();
    }

    @Test
    void anApiRefusalIsOneLineAndExitFour() {
        Run r = ocs("top-up", "--subscriber", "999", "--container", "data", "--amount", "1MB");
        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.err().strip()).isEqualTo("pcrfd ocs: HTTP 404: no account 999");
    }

    @Test
    void anApiThatIsNoHttpUrlIsOneLineAndExitTwo() {
        api = "ftp://x";
        Run r = ocs("accounts");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().findFirst().orElseThrow()).contains("expected http://HOST:PORT, got ftp://x");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void anUnreachableApiIsExitSix() {
        api = "http://127.0.0.1:1";
        Run r = ocs("accounts");
        assertThat(r.exit()).isEqualTo(6);
        assertThat(r.err()).startsWith("pcrfd ocs: the OCS API at http://127.0.0.1:1 is not reachable");
    }
}
