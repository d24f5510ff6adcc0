package io.pcrfd.it.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.it.docker.DockerFiles.Instruction;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker/Dockerfile read as text, without a Docker engine: the rules a linter (hadolint) and a
 * reviewer would check, and the ones this project adds (non-root, no configuration baked in, a
 * readiness probe, a prebuilt target that never runs Maven). The image itself is built and run
 * by {@link DockerImageTest} where Docker is.
 */
class DockerfileTest {

    @Test
    void theRuntimeIsAJre21OrNewerRunAsANonRootUser() {
        String jre = DockerFiles.arguments("", "ARG").stream().filter(a -> a.startsWith("JRE_IMAGE="))
                .findFirst().orElseThrow();
        Matcher m = Pattern.compile("JRE_IMAGE=eclipse-temurin:(\\d+)-jre").matcher(jre);
        assertThat(m.matches()).as(jre).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isGreaterThanOrEqualTo(21);
        assertThat(DockerFiles.arguments("runtime-base", "USER")).containsExactly("10001:10001");
        for (String stage : List.of("prebuilt", "runtime")) {
            assertThat(DockerFiles.arguments(stage, "USER")).as("no stage switches back to root").isEmpty();
        }
    }

    @Test
    void onlyTheJarGoesIntoTheImageNoConfiguration() {
        assertThat(DockerFiles.arguments("prebuilt", "COPY")).containsExactly("target/pcrfd.jar /opt/pcrfd/pcrfd.jar");
        assertThat(DockerFiles.arguments("runtime", "COPY"))
                .containsExactly("--from=build /src/target/pcrfd.jar /opt/pcrfd/pcrfd.jar");
        assertThat(DockerFiles.instructions()).filteredOn(i -> i.keyword().equals("ADD")).isEmpty();
        assertThat(DockerFiles.arguments("runtime-base", "COPY")).isEmpty();
    }

    @Test
    void itExposesDiameterAndRestProbesReadinessAndRunsJavaAsPidOne() {
        assertThat(DockerFiles.arguments("runtime-base", "EXPOSE")).containsExactly("3868 8080");
        assertThat(DockerFiles.healthCheckCommand()).first().isEqualTo("bash");
        assertThat(String.join(" ", DockerFiles.healthCheckCommand())).contains("GET /health/ready",
                "${PCRFD_REST_PORT:-8080}");
        assertThat(DockerFiles.arguments("runtime-base", "ENTRYPOINT"))
                .containsExactly("[\"java\", \"-jar\", \"/opt/pcrfd/pcrfd.jar\"]");
        assertThat(DockerFiles.arguments("runtime-base", "CMD")).containsExactly("[\"run\"]");
        assertThat(DockerFiles.arguments("runtime-base", "WORKDIR")).containsExactly("/var/lib/pcrfd");
    }

    @Test
    void thePrebuiltTargetComesBeforeMavenAndTheDefaultTargetIsLast() {
        List<String> stages = DockerFiles.instructions().stream().filter(i -> i.keyword().equals("FROM"))
                .map(Instruction::stage).toList();
        assertThat(stages).containsExactly("runtime-base", "prebuilt", "build", "runtime");
        assertThat(DockerFiles.arguments("build", "RUN")).singleElement().asString().startsWith("./mvnw -B");
    }

    @Test
    void theImagesEnvironmentIsValidConfigurationThatOpensTheRestApi() {
        NodeConfig c = ConfigLoader.defaults(DockerFiles.imageEnvironment());
        assertThat(c.rest().address()).isEqualTo("0.0.0.0");
        assertThat(c.rest().port()).isEqualTo(8080);
        assertThat(c.diameter().listen().get(0).address()).isEqualTo("0.0.0.0");
    }
}
