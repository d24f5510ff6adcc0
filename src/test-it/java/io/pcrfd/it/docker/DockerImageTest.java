package io.pcrfd.it.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.it.Await;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The image of docker/Dockerfile, built ({@code --target prebuilt}, from the jar this build
 * assembled) and run when a Docker engine is there; skipped cleanly otherwise. It must become
 * ready, answer a CER with a CEA 2001, run as a non-root user and report itself healthy through
 * its HEALTHCHECK. Without Docker the same contract (the image's environment, the mounted
 * configuration, the HEALTHCHECK command itself, JSON logs) runs against the jar as a process:
 * {@code io.pcrfd.it.daemon.ContainerContractTest}.
 */
@Testcontainers(disabledWithoutDocker = true)
class DockerImageTest {
    private static final Path JAR = Path.of(System.getProperty("pcrfd.jar", "../../target/pcrfd.jar"));

    @Container
    private static final GenericContainer<?> PCRF = new GenericContainer<>(new ImageFromDockerfile("pcrfd-it", true)
            .withFileFromPath("docker/Dockerfile", DockerFiles.DOCKERFILE)
            .withFileFromPath("target/pcrfd.jar", JAR)
            .withDockerfilePath("docker/Dockerfile")
            .withTarget("prebuilt"))
            .withExposedPorts(3868, 8080)
            .waitingFor(Wait.forHttp("/health/ready").forPort(8080).forStatusCode(200)
                    .withStartupTimeout(Duration.ofSeconds(120)));

    @BeforeAll
    static void theJarIsBuilt() {
        assumeTrue(Files.isRegularFile(JAR), "no " + JAR + ": it is assembled in the package phase");
    }

    @Test
    void itIsReadyAndAnswersACerWithACea2001() throws Exception {
        HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://"
                + PCRF.getHost() + ":" + PCRF.getMappedPort(8080) + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(ready.body());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assumeTrue(InetAddress.getByName(PCRF.getHost()).isLoopbackAddress(),
                "the Diameter probe dials 127.0.0.1; this Docker engine publishes ports on " + PCRF.getHost());
        try (TestPeer pgw = TestPeer.client(Dictionary.standard(), "pgw.docker.example", "docker.example",
                PCRF.getMappedPort(3868), ApplicationIds.GX)) {
            DiameterMessage cea = pgw.awaitReceived(m -> m.commandCode() == 257, Duration.ofSeconds(10));
            assertThat(cea.avp(Rfc6733.RESULT_CODE).orElseThrow().asUnsigned32()).isEqualTo(2001);
            assertThat(cea.avp(Rfc6733.ORIGIN_HOST).orElseThrow().asUtf8String()).isEqualTo("pcrf.pcrfd.local");
        }
    }

    @Test
    void itRunsAsTheNonRootUserAndItsHealthCheckSaysHealthy() throws Exception {
        assertThat(PCRF.execInContainer("id", "-u").getStdout().strip()).isEqualTo("10001");
        Await.await("the HEALTHCHECK reports healthy", Duration.ofSeconds(90), () -> "healthy".equals(
                PCRF.getCurrentContainerInfo().getState().getHealth().getStatus()));
    }
}
