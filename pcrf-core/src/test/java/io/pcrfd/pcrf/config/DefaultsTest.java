package io.pcrfd.pcrf.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With no file the node is a runnable PCRF on the documented defaults. */
class DefaultsTest {

    @Test
    void embeddedDefaultsAreARunnablePcrf() {
        NodeConfig c = NodeConfig.defaults();
        assertThat(c.role()).isEqualTo(Role.PCRF);
        assertThat(c.diameter().originHost()).isEqualTo("pcrf.pcrfd.local");
        assertThat(c.diameter().originRealm()).isEqualTo("pcrfd.local");
        assertThat(c.diameter().listen()).containsExactly(new ListenConfig("0.0.0.0", 3868, false));
        assertThat(c.diameter().allowUnknownPeers()).isTrue();
        assertThat(c.diameter().requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.store().type()).isEqualTo(StoreConfig.Type.MEMORY);
        assertThat(c.policy().file()).isNull();
        assertThat(c.policy().zone().normalized()).isEqualTo(ZoneOffset.UTC);
        assertThat(c.rest().address()).isEqualTo("127.0.0.1");
    }

    @Test
    void anEmptyFileIsTheDefaults() {
        assertThat(ConfigLoader.load("", null, Map.of())).isEqualTo(NodeConfig.defaults());
        assertThat(ConfigLoader.load("# nothing\n", null, Map.of())).isEqualTo(NodeConfig.defaults());
        assertThat(ConfigLoader.defaults(Map.of())).isEqualTo(NodeConfig.defaults());
    }

    @Test
    void aPartialSectionKeepsTheOtherDefaultsOfThatSection() {
        NodeConfig c = ConfigLoader.load("diameter: {originHost: pcrf.lab}\n", null, Map.of());
        assertThat(c.diameter().originHost()).isEqualTo("pcrf.lab");
        assertThat(c.diameter().originRealm()).isEqualTo(DiameterConfig.DEFAULT_ORIGIN_REALM);
        assertThat(c.diameter().listen()).isEqualTo(DiameterConfig.defaults().listen());
    }

    @Test
    void aPeerEntryStartsFromPeerDefaults() {
        NodeConfig c = ConfigLoader.load("diameter: {peers: [{host: gw.lab}]}\n", null, Map.of());
        PeerConfig p = c.diameter().peers().get(0);
        assertThat(p).isEqualTo(new PeerConfig("gw.lab", null, 3868, null, false, false,
                PeerConfig.DEFAULT_TC, PeerConfig.DEFAULT_TW, null, false));
        assertThat(p.dialAddress()).isEqualTo("gw.lab");
    }

    @Test
    void aNullValueKeepsTheDefault() {
        NodeConfig c = ConfigLoader.load("diameter: {requestTimeout: null}\nstore: ~\n", null, Map.of());
        assertThat(c).isEqualTo(NodeConfig.defaults());
    }
}
