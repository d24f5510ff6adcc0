package io.pcrfd.pcrf.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The establishment section is data; its one lookup is longest-prefix match. */
class EstablishmentConfigTest {

    @Test
    void theLongestMatchingPrefixChoosesThePeer() throws Exception {
        NodeConfig c = ConfigLoader.load("""
                establishment:
                  peers:
                    - {host: bpcf-a.lab}
                    - {host: bpcf-b.lab, encoding: ccr, mode: device-level}
                  mappings:
                    - {prefix: 10.0.0.0/8, peer: bpcf-a.lab}
                    - {prefix: 10.1.0.0/16, peer: bpcf-b.lab}
                """, null, Map.of());
        EstablishmentConfig e = c.establishment();
        assertThat(e.peerFor(InetAddress.getByName("10.1.2.3"))).map(EstablishmentPeerConfig::host).hasValue("bpcf-b.lab");
        assertThat(e.peerFor(InetAddress.getByName("10.2.2.3"))).map(EstablishmentPeerConfig::host).hasValue("bpcf-a.lab");
        assertThat(e.peerFor(InetAddress.getByName("192.0.2.1"))).isEmpty();
        EstablishmentPeerConfig b = e.peers().get(1);
        assertThat(b.encoding()).isEqualTo(EstablishmentPeerConfig.Encoding.CCR);
        assertThat(b.mode()).isEqualTo(EstablishmentPeerConfig.Mode.DEVICE_LEVEL);
        assertThat(e.peers().get(0).mode()).isEqualTo(EstablishmentPeerConfig.Mode.NOTIFY_ONLY);
        assertThat(e.projectAvps().vendorId()).isEqualTo(32473);
    }
}
