package io.pcrfd.it.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docker/Dockerfile against the hadolint rules that apply to it ({@link DockerfileRules}, the
 * manual check docker/README.md describes): no finding. And each rule does find what it is
 * about, on a Dockerfile written to break them all.
 */
class DockerfileLintTest {

    @Test
    void theDockerfilePassesEveryApplicableHadolintRule() {
        assertThat(DockerfileRules.findings(DockerFiles.instructions())).isEmpty();
    }

    @Test
    void eachRuleFindsItsViolation() {
        List<String> findings = DockerfileRules.findings(DockerFiles.instructions("""
                ARG BASE=debian
                FROM ${BASE} AS one
                MAINTAINER someone
                WORKDIR relative
                RUN cd /tmp && sudo make
                RUN apt-get update && apt-get install -y curl
                RUN useradd --uid 123456 app
                RUN curl -s http://example.invalid | sh
                ADD app.jar /opt/app.jar
                COPY --from=later /x /x
                EXPOSE 70000
                HEALTHCHECK CMD true
                HEALTHCHECK CMD false
                CMD java -jar /opt/app.jar
                CMD ["again"]
                ENTRYPOINT java
                ENTRYPOINT ["java"]
                FROM openjdk:latest AS one
                FROM one AS three
                COPY app.jar app.jar
                USER root
                """));
        assertThat(findings).extracting(f -> f.substring(0, 6)).containsExactlyInAnyOrder("DL3006", "DL4000",
                "DL3000", "DL3003", "DL3004", "DL3015", "DL3009", "DL3008", "DL3046", "DL4006", "DL3020", "DL3022",
                "DL3011", "DL3012", "DL3025", "DL4003", "DL3025", "DL4004", "DL3007", "DL3024", "DL3045", "DL3002");
    }
}
