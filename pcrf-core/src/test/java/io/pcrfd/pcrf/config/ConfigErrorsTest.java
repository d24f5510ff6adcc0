package io.pcrfd.pcrf.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of mistake gives exactly one line naming the key's path. */
class ConfigErrorsTest {

    private static String error(String yaml) {
        try {
            ConfigLoader.load(yaml, null, Map.of());
        } catch (ConfigException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + yaml);
    }

    @Test
    void unknownKeyIsNamedWithItsPathAndTheNearestKnownKey() {
        String yaml = """
                diameter:
                  peers:
                    - host: a.example
                    - host: b.example
                      tww: 30s
                """;
        assertThat(error(yaml)).isEqualTo("diameter.peers[1].tww: unknown key 'tww', did you mean 'tw'?");
    }

    @Test
    void unknownTopLevelSectionWithoutANearKeyHasNoHint() {
        assertThat(error("metrics: {port: 9100}")).isEqualTo("metrics: unknown key 'metrics'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "diameter: {listen: [{port: abc}]}|diameter.listen[0].port: expected an integer, got 'abc'",
        "diameter: {listen: [{port: 3.5}]}|diameter.listen[0].port: expected an integer, got '3.5'",
        "diameter: {peers: {host: a.example}}|diameter.peers: expected a list, got a mapping",
        "diameter: [1, 2]|diameter: expected a mapping of keys, got a list",
        "diameter: {originHost: 123}|diameter.originHost: expected a string, got 123 (quote it)",
        "diameter: {allowUnknownPeers: maybe}|diameter.allowUnknownPeers: expected true or false, got 'maybe'",
        "role: pgw|role: expected one of pcrf, bpcf, ocs, dra, got 'pgw'",
        "store: {type: etcd}|store.type: expected one of memory, redis, got 'etcd'",
        "gx: {ruleFailures: drop}|gx.ruleFailures: expected one of keep-out, retry, got 'drop'",
        "exposure: {removeClosedAfter: fortnight}|exposure.removeClosedAfter: expected one of never, week, month, three-months, year, got 'fortnight'",
        "exposure: {enabled: sometimes}|exposure.enabled: expected true or false, got 'sometimes'",
        "policy: {homePlmns: [00101]}|policy.homePlmns[0]: expected a string, got 65 (quote it)",
        "diameter: {maxMessageSize: 1 MiBs}|diameter.maxMessageSize: expected a size like 1048576, 64KiB, 1MiB or 1GB, got '1 MiBs'",
        "policy: {zone: Mars/Olympus}|policy.zone: Unknown time-zone ID: Mars/Olympus",
    })
    void wrongTypesAreNamedWithTheirPath(String yaml, String message) {
        assertThat(error(yaml)).isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "diameter: {listen: [{port: 0}]}|diameter.listen[0].port: must be between 1 and 65535, got 0",
        "diameter: {listen: [{port: 65536}]}|diameter.listen[0].port: must be between 1 and 65535, got 65536",
        "diameter: {peers: [{host: a.example, tw: 5s}]}|diameter.peers[0].tw: must be at least 6s (RFC 3539 §3.4.1), got 5s",
        "diameter: {peers: [{host: a.example, tc: 0s}]}|diameter.peers[0].tc: must be longer than 0s, got 0s",
        "diameter: {peers: [{port: 3868}]}|diameter.peers[0].host: missing required key",
        "diameter: {peers: [{host: a.example, tlsName: '*.example'}]}|diameter.peers[0].tlsName: must be a host name like pcrf.example.net, got '*.example'",
        "diameter: {peers: [{host: a.example}, {host: A.example}]}|diameter.peers[1].host: peer 'A.example' is listed twice",
        "diameter: {originHost: ''}|diameter.originHost: must not be empty",
        "diameter: {originHost: 'pcrf lab'}|diameter.originHost: must be a host name like pcrf.example.net, got 'pcrf lab'",
        "diameter: {maxMessageSize: 32MiB}|diameter.maxMessageSize: must be between 20B (a header) and 16MiB, got 33554432B",
        "diameter: {requestTimeout: 0s}|diameter.requestTimeout: must be longer than 0s, got 0s",
        "diameter: {overload: {maxPendingPerPeer: 0}}|diameter.overload.maxPendingPerPeer: must be at least 1, got 0",
        "diameter: {overload: {maxQueueDelay: 0ms}}|diameter.overload.maxQueueDelay: must be longer than 0s, got 0s",
        "diameter: {overload: {reportValidity: 1500ms}}|diameter.overload.reportValidity: must be whole seconds up to 1d (RFC 7683 §7.4), got 1500ms",
        "diameter: {overload: {reportValidity: 2d}}|diameter.overload.reportValidity: must be whole seconds up to 1d (RFC 7683 §7.4), got 2d",
        "gx: {rarRetries: -1}|gx.rarRetries: must be at least 0, got -1",
        "gx: {supportedFeatures: [{featureListId: 1, bits: [0, 32]}]}|gx.supportedFeatures[0].bits[1]: a Feature-List is 32 bits, so a bit number is 0-31, got 32",
        "policy: {homePlmns: ['0010']}|policy.homePlmns[0]: must be MCC+MNC as 5 or 6 digits (quote it: \"00101\"), got '0010'",
        "store: {redis: {uri: 'http://x'}}|store.redis.uri: must start with redis:// or rediss://, got 'http://x'",
        "store: {redis: {nodes: ['redis://10.0.0.2:6379']}}|store.redis.nodes: lists Redis Cluster nodes; set cluster: true to use them",
        "store: {redis: {cluster: true, nodes: ['10.0.0.2:6379']}}|store.redis.nodes[0]: must start with redis:// or rediss://, got '10.0.0.2:6379'",
        "store: {redis: {cluster: often}}|store.redis.cluster: expected true or false, got 'often'",
        "logging: {levels: {io.pcrfd: loud}}|logging.levels.io.pcrfd: expected one of trace, debug, info, warn, error, off, got 'loud'",
        "establishment: {mappings: [{prefix: 10.0.0.0/8, peer: bpcf.x}]}|establishment.mappings[0].peer: no entry for 'bpcf.x' in establishment.peers",
        "establishment: {peers: [{host: bpcf.x, mode: one-shot}]}|establishment.peers[0].mode: a TER is stateless (TS 29.215 §A.7.6.6, Auth-Session-State NO_STATE_MAINTAINED), so its mode is notify-only, got one-shot",
        "establishment: {mappings: [{prefix: 10.0.0.0/33, peer: x}]}|establishment.mappings[0].prefix: prefix length must be 0-32, got 33",
        "bpcf: {lines: [{id: l1}]}|bpcf.lines[0].prefix: a line needs a prefix or a logicalAccessId to be found by",
        "startup: {warmupTime: 0s}|startup.warmupTime: must be longer than 0s, got 0s",
        "startup: {warmupTime: 1m}|startup.warmupTime: must be at most 30s, got 1m",
        "startup: {warmup: maybe}|startup.warmup: expected true or false, got 'maybe'",
    })
    void impossibleValuesAreNamedWithTheirPath(String yaml, String message) {
        assertThat(error(yaml)).isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gx: {rarTimeout: 5 seconds}|gx.rarTimeout: expected a duration like 500ms, 30s, 5m, 2h or 1d, got '5 seconds'",
        "gx: {rarTimeout: 5}|gx.rarTimeout: expected a duration like 500ms, 30s, 5m, 2h or 1d, got '5'",
        "gx: {rarTimeout: -5s}|gx.rarTimeout: expected a duration like 500ms, 30s, 5m, 2h or 1d, got '-5s'",
        "diameter: {peers: [{host: a.example, tw: 1.5s}]}|diameter.peers[0].tw: expected a duration like 500ms, 30s, 5m, 2h or 1d, got '1.5s'",
    })
    void badDurationsAreRefused(String yaml, String message) {
        assertThat(error(yaml)).isEqualTo(message);
    }

    @Test
    void unreadablePolicyFileIsNamedWithTheFileAndTheKey(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("pcrf.yaml");
        Files.writeString(config, "policy: {file: missing-policy.yaml}\n");
        assertThatThrownBy(() -> ConfigLoader.load(config, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(config + ": policy.file: cannot read " + dir.resolve("missing-policy.yaml") + ": no such file");
    }

    @Test
    void policyFileThatIsADirectoryIsRefused(@TempDir Path dir) {
        assertThat(error("policy: {file: '" + dir + "'}"))
                .isEqualTo("policy.file: cannot read " + dir + ": not a regular file");
    }

    @Test
    void tlsWithoutCertificateIsRefused() {
        assertThat(error("diameter: {listen: [{port: 5658, tls: true}]}"))
                .isEqualTo("diameter.tls.certificate: required because a listen socket or peer uses TLS");
    }

    @Test
    void tlsFilesMustBeReadable(@TempDir Path dir) throws Exception {
        Path cert = Files.writeString(dir.resolve("cert.pem"), "-----BEGIN CERTIFICATE-----\n");
        Path config = dir.resolve("pcrf.yaml");
        Files.writeString(config, "diameter:\n  listen: [{port: 5658, tls: true}]\n"
                + "  tls: {certificate: cert.pem, privateKey: key.pem}\n");
        assertThatThrownBy(() -> ConfigLoader.load(config, Map.of()))
                .hasMessage(config + ": diameter.tls.privateKey: cannot read " + dir.resolve("key.pem") + ": no such file");
        Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\n");
        NodeConfig c = ConfigLoader.load(config, Map.of());
        assertThat(c.diameter().tls().certificate()).isEqualTo(cert);
        assertThat(c.diameter().tls().requireClientAuth()).isTrue();
    }

    @Test
    void missingConfigFileIsOneLine(@TempDir Path dir) {
        Path config = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> ConfigLoader.load(config, Map.of()))
                .hasMessage(config + ": cannot read the configuration file: no such file");
    }

    @Test
    void yamlSyntaxErrorsGiveTheLine() {
        String message = error("diameter:\n  originHost: [unclosed\n");
        assertThat(message).startsWith("not valid YAML at line ");
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThat(error("role: pcrf\nrole: bpcf\n")).startsWith("not valid YAML at line 2").contains("Duplicate field 'role'");
    }

    @Test
    void aDocumentThatIsNotAMappingIsRefused() {
        assertThat(error("- a\n- b\n")).isEqualTo("the document must be a mapping of keys, got a list");
    }
}
