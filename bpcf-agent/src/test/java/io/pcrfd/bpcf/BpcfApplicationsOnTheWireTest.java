package io.pcrfd.bpcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.pcrf.config.ConfigException;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The BPCF's CEA advertises S9a only (TS 29.215 Annex A), in both forms. */
class BpcfApplicationsOnTheWireTest {
    private static final String YAML = """
            role: bpcf
            diameter:
              originHost: bpcf.test.example
              originRealm: test.example
              listen: [{address: 127.0.0.1, port: 3869}]
            rest: {enabled: false}
            store: {snapshot: {enabled: false}}
            establishment: {enabled: false}
            bpcf:
              pcrfPeer: pcrf.test.example
            """;

    private static NodeConfig config(String yaml) {
        return ConfigLoader.load(yaml, null, Map.of());
    }

    @Test
    void aBpcfAdvertisesS9aOnly() {
        BpcfNode bpcf = BpcfNode.start(config(YAML), Clock.systemUTC(), true);
        try (TestPeer pcrf = TestPeer.client(bpcf.bpcf().dictionary(), "pcrf.test.example", "test.example",
                bpcf.diameterAddresses().get(0).getPort(), ApplicationIds.GX, ApplicationIds.S9A, ApplicationIds.S9)) {
            DiameterMessage cea = pcrf.awaitReceived(m -> m.commandCode() == 257, Duration.ofSeconds(5));
            assertThat(cea.avp("Result-Code").orElseThrow().asUnsigned32()).isEqualTo(2001L);
            assertThat(cea.avps("Auth-Application-Id").stream().map(Avp::asUnsigned32))
                    .containsExactly(ApplicationIds.S9A);
            assertThat(cea.avps("Vendor-Specific-Application-Id").stream()
                    .map(v -> v.child("Auth-Application-Id").orElseThrow().asUnsigned32()))
                    .containsExactly(ApplicationIds.S9A);
        } finally {
            bpcf.shutdown(Duration.ofSeconds(1));
        }
    }

    @Test
    void aBpcfHasNoGxToSwitchOn() {
        assertThatThrownBy(() -> BpcfNode.start(config(YAML + "applications: {gx: on}\n"), Clock.systemUTC(), true))
                .isInstanceOf(ConfigException.class)
                .hasMessage("applications.gx: the bpcf role has no application 'gx'; it has s9a");
        assertThatThrownBy(() -> BpcfNode.start(config(YAML + "applications: {s9a: off}\n"), Clock.systemUTC(), true))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("applications: every application");
    }
}
