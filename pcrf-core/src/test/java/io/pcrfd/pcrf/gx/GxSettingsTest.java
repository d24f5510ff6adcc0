package io.pcrfd.pcrf.gx;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.config.StoreConfig;
import java.time.Duration;
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
    void withNoFileTheRetentionIsTheStoreDefault() {
        assertThat(GxSettings.defaults().contextRetention())
                .isEqualTo(StoreConfig.defaults().closedRetention());
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
