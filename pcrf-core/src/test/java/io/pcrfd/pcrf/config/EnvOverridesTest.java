package io.pcrfd.pcrf.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PCRFD_* variables replace keys before validation; the real environment is never read. */
class EnvOverridesTest {

    @Test
    void scalarsInNestedSectionsAreOverridden() {
        NodeConfig c = ConfigLoader.defaults(Map.of(
                "PCRFD_DIAMETER_ORIGIN_HOST", "pcrf.lab",
                "PCRFD_STORE_TYPE", "redis",
                "PCRFD_STORE_REDIS_URI", "redis://redis:6379",
                "PCRFD_GX_RAR_TIMEOUT", "2s",
                "PCRFD_GX_RULE_FAILURES", "retry",
                "PCRFD_REST_ENABLED", "false",
                "PCRFD_DIAMETER_OVERLOAD_MAX_QUEUE_DELAY", "50ms"));
        assertThat(c.diameter().originHost()).isEqualTo("pcrf.lab");
        assertThat(c.diameter().overload().maxQueueDelay()).isEqualTo(Duration.ofMillis(50));
        assertThat(c.store().type()).isEqualTo(StoreConfig.Type.REDIS);
        assertThat(c.store().redis().uri()).isEqualTo("redis://redis:6379");
        assertThat(c.gx().rarTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(c.gx().ruleFailures()).isEqualTo(GxConfig.RuleFailures.RETRY);
        assertThat(io.pcrfd.pcrf.gx.GxSettings.from(c).ruleFailureHandling())
                .isEqualTo(io.pcrfd.pcrf.gx.GxSettings.RuleFailureHandling.RETRY);
        assertThat(c.rest().enabled()).isFalse();
    }

    @Test
    void overridesWinOverTheFile() {
        NodeConfig c = ConfigLoader.load("diameter: {originHost: from.file, peers: [{host: a.lab}]}\n", null,
                Map.of("PCRFD_DIAMETER_ORIGIN_HOST", "from.env", "PCRFD_DIAMETER_PEERS_0_PORT", "3870"));
        assertThat(c.diameter().originHost()).isEqualTo("from.env");
        assertThat(c.diameter().peers().get(0).port()).isEqualTo(3870);
        assertThat(c.diameter().peers().get(0).host()).isEqualTo("a.lab");
    }

    @Test
    void anIndexEqualToTheListLengthAppendsAnEntry() {
        NodeConfig c = ConfigLoader.defaults(Map.of(
                "PCRFD_DIAMETER_PEERS_0_HOST", "gw1.lab",
                "PCRFD_DIAMETER_PEERS_0_CONNECT", "true",
                "PCRFD_DIAMETER_LISTEN_0_PORT", "3870",
                "PCRFD_DIAMETER_LISTEN_1_PORT", "3871",
                "PCRFD_DIAMETER_LISTEN_1_ADDRESS", "127.0.0.1"));
        assertThat(c.diameter().peers()).hasSize(1);
        assertThat(c.diameter().peers().get(0).connect()).isTrue();
        // the list written by the overrides replaces the default list, entry by entry
        assertThat(c.diameter().listen()).containsExactly(
                new ListenConfig("0.0.0.0", 3870, false), new ListenConfig("127.0.0.1", 3871, false));
    }

    @Test
    void listsOfValuesAreCommaSeparatedAndMapKeysUseUnderscoresForDots() {
        NodeConfig c = ConfigLoader.defaults(Map.of(
                "PCRFD_POLICY_HOME_PLMNS", "00101, 310260",
                "PCRFD_LOGGING_LEVELS_IO_PCRFD_DIAMETER", "debug"));
        assertThat(c.policy().homePlmns()).containsExactly("00101", "310260");
        assertThat(c.logging().levels()).containsEntry("io.pcrfd.diameter", "debug");
    }

    @Test
    void overriddenValuesAreValidatedWithTheKeyPath() {
        assertThatThrownBy(() -> ConfigLoader.load("diameter: {peers: [{host: a.lab}]}\n", null,
                Map.of("PCRFD_DIAMETER_PEERS_0_TW", "2s")))
                .hasMessage("diameter.peers[0].tw: must be at least 6s (RFC 3539 §3.4.1), got 2s");
        assertThatThrownBy(() -> ConfigLoader.defaults(Map.of("PCRFD_REST_PORT", "http")))
                .hasMessage("rest.port: expected an integer, got 'http'");
    }

    @Test
    void aVariableThatNamesNoKeyIsRefused() {
        assertThatThrownBy(() -> ConfigLoader.defaults(Map.of("PCRFD_DIAMETER_ORIGN_HOST", "x")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("PCRFD_DIAMETER_ORIGN_HOST: names no configuration key");
        assertThatThrownBy(() -> ConfigLoader.defaults(Map.of("PCRFD_DIAMETER", "x")))
                .hasMessage("PCRFD_DIAMETER: names a section, not a key");
        assertThatThrownBy(() -> ConfigLoader.defaults(Map.of("PCRFD_DIAMETER_PEERS_HOST", "x")))
                .hasMessage("PCRFD_DIAMETER_PEERS_HOST: expected a list index after the list's name, got 'HOST'");
        assertThatThrownBy(() -> ConfigLoader.defaults(Map.of("PCRFD_DIAMETER_PEERS_3_HOST", "x")))
                .hasMessage("PCRFD_DIAMETER_PEERS_3_HOST: index 3 skips entries: the list has 0");
    }

    @Test
    void otherVariablesAndTheLaunchersOwnAreIgnored() {
        NodeConfig c = ConfigLoader.defaults(Map.of("PATH", "/bin", "PCRFD_CONFIG", "/etc/pcrfd.yaml",
                "pcrfd_diameter_origin_host", "lower.case"));
        assertThat(c).isEqualTo(NodeConfig.defaults());
    }

    @Test
    void aRedisClusterIsChosenWithItsSeedNodes() {
        NodeConfig c = ConfigLoader.defaults(Map.of(
                "PCRFD_STORE_REDIS_URI", "redis://10.0.0.1:6379",
                "PCRFD_STORE_REDIS_CLUSTER", "true",
                "PCRFD_STORE_REDIS_NODES", "redis://10.0.0.2:6379,redis://10.0.0.3:6379"));
        assertThat(c.store().redis().cluster()).isTrue();
        assertThat(c.store().redis().seeds())
                .containsExactly("redis://10.0.0.1:6379", "redis://10.0.0.2:6379", "redis://10.0.0.3:6379");
        assertThat(ConfigLoader.defaults(Map.of()).store().redis().cluster()).isFalse();
    }
}
