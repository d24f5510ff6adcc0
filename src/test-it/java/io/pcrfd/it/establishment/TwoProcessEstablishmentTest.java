package io.pcrfd.it.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.it.Await;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's two-process setup: {@code java -jar target/pcrfd.jar run --config} with
 * config/pcrf.yaml and config/bpcf.yaml as shipped, only their ports replaced by free ones (and
 * each process in its own directory for its snapshot). One WLAN CCR-I from a TestPeer PCEF must
 * end with the BPCF's simulator API listing the S9a session up.
 */
class TwoProcessEstablishmentTest {
    private static final Path CONFIG = Path.of("../../config");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final List<Process> processes = new ArrayList<>();
    private final List<Path> dirs = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() throws InterruptedException, IOException {
        for (Process p : processes) {
            p.destroy();
            if (!p.waitFor(15, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        for (Path dir : dirs) {
            try (var files = Files.walk(dir)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    @Test
    void aWlanCcrAtThePcrfProcessOpensAnS9aSessionFromTheBpcfProcess() throws Exception {
        Path jar = Path.of(System.getProperty("pcrfd.jar", "../../target/pcrfd.jar"));
        assumeTrue(Files.isRegularFile(jar), "no " + jar + ": it is assembled in the package phase");
        int pcrfPort = freePort();
        int bpcfPort = freePort();
        int pcrfRest = freePort();
        int bpcfRest = freePort();
        Path pcrfDir = Files.createTempDirectory("pcrfd-pcrf");
        Path bpcfDir = Files.createTempDirectory("pcrfd-bpcf");
        dirs.addAll(List.of(pcrfDir, bpcfDir));
        Files.copy(CONFIG.resolve("policy.yaml"), pcrfDir.resolve("policy.yaml"));
        Files.writeString(pcrfDir.resolve("pcrf.yaml"), Files.readString(CONFIG.resolve("pcrf.yaml"))
                .replace("port: 3868", "port: " + pcrfPort).replace("port: 3869", "port: " + bpcfPort)
                .replace("port: 8080", "port: " + pcrfRest));
        Files.writeString(bpcfDir.resolve("bpcf.yaml"), Files.readString(CONFIG.resolve("bpcf.yaml"))
                .replace("port: 3869", "port: " + bpcfPort).replace("port: 3868", "port: " + pcrfPort)
                .replace("port: 8081", "port: " + bpcfRest));

        start(jar, pcrfDir, "pcrf.yaml");
        await("the PCRF's REST API up", () -> get(pcrfRest, "/health") != null);
        start(jar, bpcfDir, "bpcf.yaml");
        await("the BPCF open and OKAY at the PCRF", () -> {
            JsonNode health = get(pcrfRest, "/health");
            return health != null && health.path("peers").toString().contains("\"bpcf.pcrfd.local\"")
                    && health.path("peers").toString().contains("OKAY");
        });

        Dictionary dict = Dictionary.standard();
        try (TestPeer pcef = TestPeer.client(dict, "pcef.pcrfd.local", "pcrfd.local", pcrfPort, ApplicationIds.GX)) {
            DiameterMessage cca = pcef.request(wlanInitial(dict)).get(10, TimeUnit.SECONDS);
            assertThat(cca.avp("Result-Code").map(Avp::asUnsigned32)).contains(2001L);
        }
        await("the BPCF's S9a session up for 198.51.100.7", () -> {
            JsonNode sessions = get(bpcfRest, "/sessions");
            return sessions != null && sessions.findParents("localIp").stream().anyMatch(s ->
                    "198.51.100.7".equals(s.path("localIp").asText()) && s.path("up").asBoolean()
                            && "pcrf.pcrfd.local".equals(s.path("pcrfHost").asText())
                            && "line-1".equals(s.path("lineId").asText()));
        });
    }

    private static DiameterMessage wlanInitial(Dictionary dict) throws IOException {
        return MessageBuilder.request(dict, ApplicationIds.GX, "CCR")
                .add("Session-Id", "pcef.pcrfd.local;1;1").add("Auth-Application-Id", ApplicationIds.GX)
                .add("Origin-Host", "pcef.pcrfd.local").add("Origin-Realm", "pcrfd.local")
                .add("Destination-Realm", "pcrfd.local")
                .add("CC-Request-Type", "INITIAL_REQUEST").add("CC-Request-Number", 0)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", "001010000000001"))
                .add("Framed-IP-Address", new byte[] {10, 47, 0, 1})
                .add("IP-CAN-Type", "Non-3GPP-EPS").add("RAT-Type", "WLAN")
                .add("UE-Local-IP-Address", InetAddress.getByName("198.51.100.7")).add("UDP-Source-Port", 4500)
                .add("3GPP-SGSN-MCC-MNC", "00101").add("Called-Station-Id", "internet").build();
    }

    private void start(Path jar, Path dir, String config) throws IOException {
        processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toAbsolutePath().toString(), "run", "--config", config).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start());
    }

    /** The JSON at {@code path}, or null while nothing answers there. */
    private JsonNode get(int port, String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(r.body());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void await(String what, java.util.function.BooleanSupplier condition) {
        for (Process p : processes) {
            assertThat(p.isAlive()).as("a pcrfd process exited early").isTrue();
        }
        Await.await(what, WAIT, condition);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
