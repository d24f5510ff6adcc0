package io.pcrfd.pcrf.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.runtime.StartupException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting and stopping a PCRF in process: sockets, the one-line description, start failures, the snapshot. */
class PcrfNodeTest {
    private static final NodeEnvironment FREE_PORTS = NodeEnvironment.DEFAULTS.withEphemeralPorts(true);
    private static final String LOOPBACK = """
            diameter:
              originHost: pcrf.test.example
              originRealm: test.example
              listen: [{address: 127.0.0.1, port: %d}]
            rest: {address: 127.0.0.1, port: %d, enabled: %s}
            store: {snapshot: {enabled: false}}
            """;

    private static NodeConfig config(String yaml) {
        return ConfigLoader.load(yaml, null, Map.of());
    }

    @Test
    void startsOnFreePortsAndSaysWhereInOneLine() throws Exception {
        try (PcrfNode pcrf = PcrfNode.start(config(LOOPBACK.formatted(3868, 8080, true)), FREE_PORTS)) {
            int diameter = pcrf.diameterAddresses().get(0).getPort();
            int rest = pcrf.restAddress().getPort();
            assertThat(diameter).isPositive();
            assertThat(pcrf.describe()).isEqualTo("pcrfd development build: PCRF pcrf.test.example (realm test.example) "
                    + "listening for Diameter on 127.0.0.1:" + diameter + "; admin REST on 127.0.0.1:" + rest
                    + "; store: memory");
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), diameter)) {
                assertThat(s.isConnected()).isTrue();
            }
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + rest + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            JsonNode body = new ObjectMapper().readTree(health.body());
            assertThat(body.get("status").asText()).isEqualTo("UP");
            assertThat(body.get("node").asText()).isEqualTo("pcrf.test.example");
        }
    }

    @Test
    void aDiameterPortInUseIsOneLineWithTheAddress() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> PcrfNode.start(config(LOOPBACK.formatted(port, 8080, false)), NodeEnvironment.DEFAULTS))
                    .isInstanceOf(StartupException.class)
                    .hasMessage("cannot listen for Diameter on 127.0.0.1:" + port + ": address already in use");
        }
    }

    @Test
    void aRestPortInUseIsOneLineAndReleasesTheRest() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            int diameter = probe.getLocalPort();
            probe.close();
            assertThatThrownBy(() -> PcrfNode.start(config(LOOPBACK.formatted(diameter, port, true)), NodeEnvironment.DEFAULTS))
                    .isInstanceOf(StartupException.class)
                    .hasMessage("cannot serve the admin REST API on 127.0.0.1:" + port + ": address already in use");
            try (ServerSocket again = new ServerSocket(diameter, 1, InetAddress.getLoopbackAddress())) {
                assertThat(again.getLocalPort()).as("the Diameter port was never taken").isEqualTo(diameter);
            }
        }
    }

    @Test
    void anUnreachableRedisIsOneLineWithItsAddress() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String yaml = LOOPBACK.formatted(3868, 8080, false).replace("store: {snapshot: {enabled: false}}",
                "store: {type: redis, redis: {uri: \"redis://user:secret@127.0.0.1:" + port + "\"}}");
        assertThatThrownBy(() -> PcrfNode.start(config(yaml), FREE_PORTS))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("cannot connect to the Redis store at redis://127.0.0.1:" + port + ": ")
                .hasMessageNotContaining("secret");
    }

    @Test
    void theSnapshotIsWrittenAtShutdownAndLoadedAtTheNextStart(@TempDir Path dir) throws Exception {
        Path snapshot = dir.resolve("pcrfd-snapshot.dat");
        String yaml = LOOPBACK.formatted(3868, 8080, false).replace("store: {snapshot: {enabled: false}}",
                "store: {snapshot: {enabled: true, path: \"" + snapshot + "\"}}");
        String sessionId = "pgw1.epc.example;1;snapshot";
        PcrfNode first = PcrfNode.start(config(yaml), FREE_PORTS);
        DiameterMessage cca = first.gx().handle(ccrInitial(sessionId)).toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertThat(cca.avp("Result-Code").orElseThrow().asUnsigned32()).isEqualTo(2001);
        first.shutdown(Duration.ofSeconds(1));
        first.awaitTermination();
        assertThat(Files.readString(snapshot)).contains(sessionId);

        try (PcrfNode second = PcrfNode.start(config(yaml), FREE_PORTS)) {
            assertThat(second.admin().session(sessionId)).hasValueSatisfying(s ->
                    assertThat(s.get("imsi").asText()).isEqualTo("001010123456789"));
        }
    }

    @Test
    void aBadPolicyFileStopsTheStartWithItsPath(@TempDir Path dir) throws Exception {
        Path policy = Files.writeString(dir.resolve("policy.yaml"), "defaultPlan: nope\nplans: {}\n");
        String yaml = LOOPBACK.formatted(3868, 8080, false) + "policy: {file: policy.yaml}\n";
        NodeConfig c = ConfigLoader.load(yaml, dir, Map.of());
        assertThatThrownBy(() -> PcrfNode.start(c, FREE_PORTS))
                .isInstanceOf(io.pcrfd.pcrf.config.ConfigException.class)
                .hasMessageStartingWith(policy + ": defaultPlan: ");
    }

    static DiameterMessage ccrInitial(String sessionId) {
        return MessageBuilder.request(Dictionary.standard(), ApplicationIds.GX, "CCR")
                .hopByHop(HopByHopId.of(1)).endToEnd(EndToEndId.of(1))
                .add("Session-Id", sessionId).add("Auth-Application-Id", ApplicationIds.GX)
                .add("Origin-Host", "pgw1.epc.example").add("Origin-Realm", "epc.example")
                .add("Destination-Realm", "test.example").add("CC-Request-Type", "INITIAL_REQUEST")
                .add("CC-Request-Number", 0)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", "001010123456789"))
                .add("Framed-IP-Address", new byte[] {10, 1, 2, 3})
                .add("Called-Station-Id", "internet").build();
    }
}
