package io.pcrfd.it.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.it.Await;
import io.pcrfd.it.docker.DockerFiles;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the container image promises, checked on the jar as a process where there is no Docker
 * engine (the image itself: {@code io.pcrfd.it.docker.DockerImageTest}): with the image's
 * environment, the sample configuration "mounted" through {@code PCRFD_CONFIG} and JSON logs, the
 * node serves its REST API on every address, the Dockerfile's own HEALTHCHECK command passes
 * against it, a CER gets a CEA 2001, every log line is a JSON object, and SIGTERM ends it with 0.
 */
@Timeout(60)
class ContainerContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theImagesEnvironmentTheMountedConfigurationAndTheHealthCheckWork(@TempDir Path dir) throws Exception {
        int diameter = Daemon.freePort();
        int rest = Daemon.freePort();
        Map<String, String> env = new HashMap<>(DockerFiles.imageEnvironment());
        env.put("PCRFD_CONFIG", DockerFiles.ROOT.resolve("config/pcrf.yaml").toAbsolutePath().toString());
        env.put("PCRFD_LOGGING_FORMAT", "json");
        env.put("PCRFD_DIAMETER_LISTEN_0_PORT", String.valueOf(diameter));
        env.put("PCRFD_REST_PORT", String.valueOf(rest));
        env.put("PCRFD_STORE_SNAPSHOT_PATH", dir.resolve("pcrfd-snapshot.dat").toString());
        try (Daemon pcrfd = Daemon.start(env, "run")) {
            assertThat(pcrfd.awaitOut(l -> l.contains("listening for Diameter"), Duration.ofSeconds(30)))
                    .contains("listening for Diameter on 0.0.0.0:" + diameter, "admin REST on 0.0.0.0:" + rest);
            Await.await("the Dockerfile's HEALTHCHECK passes", Duration.ofSeconds(10), () -> healthCheck(rest) == 0);
            assertThat(get(rest, "/health/ready").statusCode()).isEqualTo(200);
            try (TestPeer pgw = TestPeer.client(Dictionary.standard(), "pgw.contract.example", "contract.example",
                    diameter, ApplicationIds.GX)) {
                DiameterMessage cea = pgw.awaitReceived(m -> m.commandCode() == 257, Duration.ofSeconds(10));
                assertThat(cea.avp(Rfc6733.RESULT_CODE).orElseThrow().asUnsigned32()).isEqualTo(2001);
            }
            pcrfd.terminate();
            assertThat(pcrfd.exitWithin(Duration.ofSeconds(30))).isZero();
            assertThat(pcrfd.stderr()).isNotEmpty().allSatisfy(line -> {
                JsonNode event = JSON.readTree(line);
                assertThat(event.has("level") && event.has("loggerName") && event.has("formattedMessage"))
                        .as(line).isTrue();
            });
        }
    }

    /** The HEALTHCHECK command of docker/Dockerfile, run as Docker runs it, with the port in its variable. */
    private static int healthCheck(int restPort) {
        try {
            ProcessBuilder pb = new ProcessBuilder(DockerFiles.healthCheckCommand()).redirectErrorStream(true);
            pb.environment().put("PCRFD_REST_PORT", String.valueOf(restPort));
            Process p = pb.start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            throw new AssertionError("cannot run the HEALTHCHECK command", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
