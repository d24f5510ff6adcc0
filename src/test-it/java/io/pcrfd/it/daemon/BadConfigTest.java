package io.pcrfd.it.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One kind of configuration mistake per case, through {@code java -jar target/pcrfd.jar run
 * --config FILE}: exit 2, and exactly one line on standard error naming the file and the key
 * (or the policy file and its key), never a stack trace. The daemon never gets to listen.
 */
@Timeout(60)
class BadConfigTest {

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("wrong type", "diameter: {maxInFlightPerPeer: many}", Map.of(),
                        "diameter.maxInFlightPerPeer: expected an integer, got 'many'"),
                Arguments.of("impossible value", "diameter: {peers: [{host: pgw.lab, tw: 2s}]}", Map.of(),
                        "diameter.peers[0].tw: must be at least 6s (RFC 3539 §3.4.1), got 2s"),
                Arguments.of("port out of range", "diameter: {listen: [{address: 127.0.0.1, port: 70000}]}", Map.of(),
                        "diameter.listen[0].port: must be between 1 and 65535, got 70000"),
                Arguments.of("unknown enumerated value", "store: {type: mongo}", Map.of(),
                        "store.type: expected one of memory, redis, got 'mongo'"),
                Arguments.of("not a host name", "diameter: {originHost: \"bad host!\"}", Map.of(),
                        "diameter.originHost: must be a host name like pcrf.example.net, got 'bad host!'"),
                Arguments.of("broken YAML", "diameter: [unclosed", Map.of(), "not valid YAML at line 1"),
                Arguments.of("duplicate key", "role: pcrf\nrole: bpcf\n", Map.of(), "Duplicate field 'role'"),
                Arguments.of("missing policy file", "policy: {file: absent.yaml}", Map.of(),
                        "policy.file: cannot read "),
                Arguments.of("bad environment override", "rest: {port: 8080}",
                        Map.of("PCRFD_DIAMETER_REQUEST_TIMEOUT", "soon"),
                        "diameter.requestTimeout: expected a duration like 500ms, 30s, 5m, 2h or 1d, got 'soon'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void isOneLineWithThePathAndExitTwo(String kind, String yaml, Map<String, String> env, String expected,
                                         @TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("pcrf.yaml"), yaml);
        try (Daemon pcrfd = Daemon.start(env, "run", "--config", config.toString())) {
            assertThat(pcrfd.exitWithin(Duration.ofSeconds(45))).isEqualTo(2);
            assertThat(pcrfd.stderr()).singleElement().asString()
                    .startsWith("pcrfd: configuration error: " + config + ": ").contains(expected);
            assertThat(pcrfd.stdout()).isEmpty();
        }
    }

    @ParameterizedTest(name = "bad policy file")
    @MethodSource("badPolicy")
    void aBadPolicyFileIsOneLineNamingThePolicyFile(String policyYaml, String expected, @TempDir Path dir)
            throws Exception {
        Path policy = Files.writeString(dir.resolve("policy.yaml"), policyYaml);
        Path config = Files.writeString(dir.resolve("pcrf.yaml"), "policy: {file: policy.yaml}\n");
        try (Daemon pcrfd = Daemon.start(Map.of(), "run", "--config", config.toString())) {
            assertThat(pcrfd.exitWithin(Duration.ofSeconds(45))).isEqualTo(2);
            assertThat(pcrfd.stderr()).singleElement().asString()
                    .isEqualTo("pcrfd: configuration error: " + policy + ": " + expected);
        }
    }

    static Stream<Arguments> badPolicy() {
        return Stream.of(Arguments.of("defaultPlan: x\nplans: {}\n", "defaultPlan: no plan named 'x' in plans"));
    }
}
