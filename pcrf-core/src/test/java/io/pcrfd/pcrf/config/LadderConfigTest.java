package io.pcrfd.pcrf.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code console.ladder}: off by default, bounded, one line per mistake, overridable from the environment. */
class LadderConfigTest {

    @Test
    void offByDefaultWithTheDocumentedBounds() {
        LadderConfig d = NodeConfig.defaults().console().ladder();
        assertThat(d).isEqualTo(new LadderConfig(false, 1, 32, 10_000));
        assertThat(ConfigLoader.load("", null, Map.of()).console().ladder()).isEqualTo(d);
    }

    @Test
    void aPartialSectionKeepsTheOtherDefaults() {
        LadderConfig l = ConfigLoader.load("console: {ladder: {enabled: true, sampleOneIn: 100}}", null, Map.of())
                .console().ladder();
        assertThat(l).isEqualTo(new LadderConfig(true, 100, 32, 10_000));
    }

    @Test
    void theEnvironmentTurnsItOn() {
        NodeConfig c = ConfigLoader.load("", null, Map.of("PCRFD_CONSOLE_LADDER_ENABLED", "true",
                "PCRFD_CONSOLE_LADDER_MESSAGES_PER_SESSION", "8"));
        assertThat(c.console().ladder().enabled()).isTrue();
        assertThat(c.console().ladder().messagesPerSession()).isEqualTo(8);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "console: {ladder: {sampleOneIn: 0}}|console.ladder.sampleOneIn: must be at least 1, got 0",
        "console: {ladder: {messagesPerSession: 0}}|console.ladder.messagesPerSession: must be between 1 and 1024, got 0",
        "console: {ladder: {messagesPerSession: 5000}}|console.ladder.messagesPerSession: must be between 1 and 1024, got 5000",
        "console: {ladder: {maxSessions: -1}}|console.ladder.maxSessions: must be between 1 and 1000000, got -1",
        "console: {ladder: {maxSessions: 2000000}}|console.ladder.maxSessions: must be between 1 and 1000000, got 2000000",
    })
    void impossibleValuesAreOneLineWithTheirPath(String yaml, String message) {
        assertThatThrownBy(() -> ConfigLoader.load(yaml, null, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessage(message);
    }

    @Test
    void wrongTypesAndUnknownKeysAreOneLineToo() {
        assertThatThrownBy(() -> ConfigLoader.load("console: {ladder: {enabled: maybe}}", null, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("console.ladder.enabled: ")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> ConfigLoader.load("console: {ladder: {sample-one-in: 2}}", null, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("console.ladder")
                .hasMessageContaining("sample-one-in").hasMessageNotContaining("\n");
    }
}
