package io.pcrfd.pcrf.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.diameter.peer.NodeOptions;
import io.pcrfd.diameter.peer.PeerConfig;
import io.pcrfd.diameter.peer.overload.OverloadOptions;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.runtime.StartupException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration's diameter section as the codec's NodeOptions. */
class DiameterOptionsTest {

    private static NodeConfig config(String yaml) {
        return ConfigLoader.load(yaml, null, Map.of());
    }

    private static NodeOptions map(String yaml) {
        return DiameterOptions.from(config(yaml).diameter(), List.of(DiameterOptions.GX), 1234, false);
    }

    @Test
    void identityLimitsAndAllowListComeFromTheFile() throws Exception {
        NodeOptions o = map("""
                diameter:
                  originHost: pcrf1.lab.example
                  originRealm: lab.example
                  listen: [{address: 127.0.0.1, port: 3999}]
                  allowUnknownPeers: false
                  maxMessageSize: 64KiB
                  maxInFlightPerPeer: 77
                  requestTimeout: 3s
                  productName: lab-pcrf
                  vendorId: 10415
                  firmwareRevision: 7
                """);
        assertThat(o.identity().originHost()).isEqualTo("pcrf1.lab.example");
        assertThat(o.identity().originRealm()).isEqualTo("lab.example");
        assertThat(o.identity().hostIpAddresses()).containsExactly(InetAddress.getByName("127.0.0.1"));
        assertThat(o.identity().productName()).isEqualTo("lab-pcrf");
        assertThat(o.identity().vendorId()).isEqualTo(10415);
        assertThat(o.identity().firmwareRevision()).isEqualTo(7L);
        assertThat(o.identity().originStateId()).isEqualTo(1234);
        assertThat(o.listen()).singleElement().satisfies(l -> {
            assertThat(l.port()).isEqualTo(3999);
            assertThat(l.tls()).isFalse();
        });
        assertThat(o.allowListEnabled()).as("allowUnknownPeers: false enables the allow-list").isTrue();
        assertThat(o.maxMessageSize()).isEqualTo(65_536);
        assertThat(o.maxInFlightPerPeer()).isEqualTo(77);
        assertThat(o.requestTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(o.tls()).isNull();
    }

    @Test
    void overloadProtectionComesFromTheFileAndDefaultsToOn() {
        NodeOptions o = map("""
                diameter:
                  overload:
                    enabled: true
                    maxPendingPerPeer: 300
                    maxPendingPerNode: 900
                    maxQueueDelay: 15ms
                    maxRequestAge: 3s
                    doic: false
                    reportValidity: 20s
                """);
        assertThat(o.overload()).isEqualTo(new OverloadOptions(true, 300, 900, Duration.ofMillis(15),
                Duration.ofSeconds(3), false, Duration.ofSeconds(20)));
        assertThat(map("").overload()).isEqualTo(OverloadOptions.DEFAULTS);
        assertThat(map("""
                diameter: {overload: {enabled: false}}
                """).overload().enabled()).isFalse();
    }

    @Test
    void onlyGxIsAdvertisedAsAVendorAuthApplication() {
        NodeOptions o = map("");
        assertThat(o.identity().applications()).singleElement().isEqualTo(
                new ApplicationSupport(16777238, ApplicationSupport.Kind.AUTH, 10415, ApplicationSupport.Advertise.BOTH));
        assertThat(o.identity().serves(16777238)).isTrue();
        assertThat(o.identity().serves(16777267)).as("S9 has no handler yet").isFalse();
        assertThat(o.allowListEnabled()).as("default: unknown peers allowed").isFalse();
    }

    @Test
    void aWildcardListenAdvertisesTheHostsAddressesNeverTheWildcard() {
        NodeOptions o = map("diameter: {listen: [{address: 0.0.0.0, port: 3868}]}");
        assertThat(o.identity().hostIpAddresses()).isNotEmpty().noneMatch(InetAddress::isAnyLocalAddress);
    }

    @Test
    void ephemeralPortsBindPortZero() {
        NodeOptions o = DiameterOptions.from(config("").diameter(), List.of(DiameterOptions.GX), 1, true);
        assertThat(o.listen()).singleElement().satisfies(l -> assertThat(l.port()).isZero());
    }

    @Test
    void peersKeepModeTimersAndRealm() {
        NodeOptions o = map("""
                diameter:
                  peers:
                    - {host: pgw1.epc.example, address: 127.0.0.1, port: 3870, connect: true, tc: 5s, tw: 6s}
                    - {host: bpcf.fixed.example, realm: broadband.example}
                    - {host: ocs}
                """);
        PeerConfig pgw = o.peers().get(0);
        assertThat(pgw.mode()).isEqualTo(PeerConfig.Mode.CONNECT);
        assertThat(pgw.address()).isEqualTo("127.0.0.1");
        assertThat(pgw.port()).isEqualTo(3870);
        assertThat(pgw.realm()).as("parent domain of the host").isEqualTo("epc.example");
        assertThat(pgw.tc()).isEqualTo(Duration.ofSeconds(5));
        assertThat(pgw.tw()).isEqualTo(Duration.ofSeconds(6));
        assertThat(o.peers().get(1).mode()).isEqualTo(PeerConfig.Mode.WAIT);
        assertThat(o.peers().get(1).realm()).isEqualTo("broadband.example");
        assertThat(o.peers().get(2).realm()).as("a bare host name: our realm").isEqualTo("pcrfd.local");
    }

    @Test
    void tlsSocketsCarryThePemFilesAndClientAuth(@TempDir Path dir) throws Exception {
        for (String f : List.of("cert.pem", "key.pem", "ca.pem")) {
            Files.writeString(dir.resolve(f), "-----BEGIN X-----\n");
        }
        NodeOptions o = DiameterOptions.from(ConfigLoader.load("""
                diameter:
                  listen: [{address: 127.0.0.1, port: 5658, tls: true}]
                  tls: {certificate: cert.pem, privateKey: key.pem, trustedCertificates: ca.pem, requireClientAuth: false}
                """, dir, Map.of()).diameter(), List.of(DiameterOptions.GX), 1, false);
        assertThat(o.listen()).singleElement().satisfies(l -> assertThat(l.tls()).isTrue());
        assertThat(o.tls().certificateChain()).isEqualTo(dir.resolve("cert.pem"));
        assertThat(o.tls().privateKey()).isEqualTo(dir.resolve("key.pem"));
        assertThat(o.tls().trustedCertificates()).isEqualTo(dir.resolve("ca.pem"));
        assertThat(o.tls().requireClientAuth()).isFalse();
        assertThat(o.tls().verifyPeerIdentity()).as("default: certificates must name the peer").isTrue();
    }

    @Test
    void aPeersTlsNameAndTheIdentityOptOutReachTheNode(@TempDir Path dir) throws Exception {
        for (String f : List.of("cert.pem", "key.pem", "ca.pem")) {
            Files.writeString(dir.resolve(f), "-----BEGIN X-----\n");
        }
        NodeOptions o = DiameterOptions.from(ConfigLoader.load("""
                diameter:
                  tls: {certificate: cert.pem, privateKey: key.pem, trustedCertificates: ca.pem, verifyPeerIdentity: false}
                  peers:
                    - {host: pgw1.epc.example, address: 127.0.0.1, connect: true, tls: true, tlsName: gw1.lab.example}
                    - {host: pgw2.epc.example}
                """, dir, Map.of()).diameter(), List.of(DiameterOptions.GX), 1, false);
        assertThat(o.tls().verifyPeerIdentity()).isFalse();
        assertThat(o.peers().get(0).tlsName()).isEqualTo("gw1.lab.example");
        assertThat(o.peers().get(1).tlsName()).as("none: the Origin-Host it claims").isNull();
    }

    @Test
    void tlsWithoutTrustedCertificatesIsOneLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("cert.pem"), "x");
        Files.writeString(dir.resolve("key.pem"), "x");
        NodeConfig c = ConfigLoader.load("""
                diameter:
                  listen: [{address: 127.0.0.1, port: 5658, tls: true}]
                  tls: {certificate: cert.pem, privateKey: key.pem}
                """, dir, Map.of());
        assertThatThrownBy(() -> DiameterOptions.from(c.diameter(), List.of(DiameterOptions.GX), 1, false))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("diameter.tls.trustedCertificates: required because a listen socket or peer uses TLS");
    }

    @Test
    void anUnresolvablePeerIsOneLineNamingIt() {
        assertThatThrownBy(() -> map("""
                diameter:
                  peers: [{host: pgw9.epc.example, address: no-such-host.invalid, connect: true}]
                """)).isInstanceOf(StartupException.class)
                .hasMessage("cannot resolve peer pgw9.epc.example address 'no-such-host.invalid': unknown host");
    }

    @Test
    void anUnresolvableListenAddressIsOneLine() {
        assertThatThrownBy(() -> map("diameter: {listen: [{address: nowhere.invalid, port: 3868}]}"))
                .isInstanceOf(StartupException.class)
                .hasMessage("cannot resolve diameter.listen address 'nowhere.invalid': unknown host");
    }
}
