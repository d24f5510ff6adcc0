package io.pcrfd.pcrf.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code sy} section: defaults, overrides from the environment, one line per bad value. */
class SyConfigTest {

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
    void withoutASectionThereIsNoOcsAndTheDefaults() {
        SyConfig sy = ConfigLoader.load("role: pcrf", null, Map.of()).sy();
        assertThat(sy.ocs()).isNull();
        assertThat(sy.timeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(sy.fallback().unreachable()).isEqualTo(SyConfig.Fallback.DEFAULT_STATUS);
        assertThat(sy.reject().code()).isEqualTo(5012);
        assertThat(sy.reject().experimental()).isFalse();
    }

    @Test
    void keysOverlayTheDefaultsAndTheEnvironmentOverridesThem() {
        SyConfig sy = ConfigLoader.load("""
                sy:
                  ocs: {realm: ocs.example}
                  fallback: {userUnknown: reject}
                  reject: {experimentalResultCode: 5140}
                """, null, Map.of("PCRFD_SY_TIMEOUT", "2s")).sy();
        assertThat(sy.ocs()).isEqualTo(new SyConfig.OcsConfig("ocs.example", null));
        assertThat(sy.timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(sy.fallback().userUnknown()).isEqualTo(SyConfig.Fallback.REJECT);
        assertThat(sy.fallback().unknownCounters()).isEqualTo(SyConfig.Fallback.DEFAULT_STATUS);
        assertThat(sy.reject().code()).isEqualTo(5140);
        assertThat(sy.reject().experimental()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sy: {timeout: 0s}|sy.timeout",
        "sy: {timeout: 31s}|sy.timeout: at most 30s",
        "sy: {fallback: {unreachable: ignore}}|sy.fallback.unreachable: expected one of default-status, reject, got 'ignore'",
        "sy: {ocs: {host: ocs.example}}|sy.ocs.realm",
        "sy: {ocs: {realm: 'bad realm'}}|sy.ocs.realm",
        "sy: {reject: {resultCode: 5012, experimentalResultCode: 5140}}|sy.reject.experimentalResultCode",
        "sy: {reject: {resultCode: 2001}}|sy.reject.resultCode: a refusal is a 3xxx, 4xxx or 5xxx code, got 2001",
        "sy: {defaultStatuses: [normal]}|sy.defaultStatuses: expected a mapping",
    })
    void badValuesAreOneLineNamingTheKey(String yaml, String message) {
        assertThat(error(yaml)).startsWith(message);
    }
}
