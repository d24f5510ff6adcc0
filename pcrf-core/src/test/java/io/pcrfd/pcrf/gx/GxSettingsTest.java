package io.pcrfd.pcrf.gx;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.config.StoreConfig;
import io.pcrfd.store.model.IpCanSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The node's file reaches the Gx settings: keys documented in config/pcrf.yaml take effect. */
class GxSettingsTest {

    @Test
    void closedContextRetentionComesFromTheStoreSection() {
        NodeConfig node = ConfigLoader.load("store:\n  closedRetention: 2h\n", null, Map.of());

        assertThat(GxSettings.from(node).contextRetention()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void withExposureOnTheRemovalAgeIsTheRetentionAndNeverKeepsClosedContextsForEver() {
        Instant at = Instant.parse("2026-11-18T12:00:00Z");
        GxSettings month = GxSettings.from(ConfigLoader.load(
                "store: {closedRetention: 2h}\nexposure: {enabled: true, removeClosedAfter: month}\n", null, Map.of()));
        GxSettings never = GxSettings.from(ConfigLoader.load("exposure: {enabled: true}\n", null, Map.of()));
        GxSettings off = GxSettings.from(ConfigLoader.load(
                "store: {closedRetention: 2h}\nexposure: {removeClosedAfter: week}\n", null, Map.of()));

        assertThat(month.contextRetainedUntil(at)).isEqualTo(at.plus(Duration.ofDays(30)));
        assertThat(month.closedRemovalAge()).isEqualTo(Duration.ofDays(30));
        assertThat(never.contextRetainedUntil(at)).isEqualTo(IpCanSession.NO_EXPIRY);
        assertThat(never.closedRemovalAge()).isNull();
        assertThat(off.contextRetainedUntil(at)).as("exposure off: store.closedRetention").isEqualTo(at.plusSeconds(7200));
        assertThat(off.closedRemovalAge()).isNull();
    }

    @Test
    void withNoFileTheRetentionIsTheStoreDefault() {
        assertThat(GxSettings.defaults().contextRetention())
                .isEqualTo(StoreConfig.defaults().closedRetention());
    }

    @Test
    void theStoreLifetimeOfASessionFollowsTheInactivityTimeout() {
        Instant at = Instant.parse("2026-11-18T12:00:00Z");
        NodeConfig never = ConfigLoader.load("gx:\n  inactivityTimeout: 0s\n", null, Map.of());

        assertThat(GxSettings.from(never).sessionExpiry(at)).isEqualTo(IpCanSession.NO_EXPIRY);
        assertThat(GxSettings.defaults().sessionExpiry(at)).as("12h + 12h").isEqualTo(at.plus(Duration.ofHours(24)));
        assertThat(GxSettings.defaults().withInactivityTimeout(Duration.ofMinutes(10)).sessionExpiry(at))
                .as("10 min + the 1 h floor").isEqualTo(at.plus(Duration.ofMinutes(70)));
        assertThat(GxSettings.defaults().withInactivityTimeout(Duration.ofDays(5_000_000)).sessionExpiry(at))
                .as("past year 9999").isEqualTo(IpCanSession.NO_EXPIRY);
    }

    @Test
    void identityAndGxKeysComeFromTheFile() {
        NodeConfig node = ConfigLoader.load("""
                diameter:
                  originHost: pcrf.lab.example
                  originRealm: lab.example
                gx:
                  rarRetries: 5
                """, null, Map.of());

        GxSettings s = GxSettings.from(node);

        assertThat(s.originHost()).isEqualTo("pcrf.lab.example");
        assertThat(s.originRealm()).isEqualTo("lab.example");
        assertThat(s.rarRetries()).isEqualTo(5);
    }
}
