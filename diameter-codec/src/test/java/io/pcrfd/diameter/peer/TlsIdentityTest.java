package io.pcrfd.diameter.peer;

import static io.pcrfd.diameter.peer.TestNodes.LOOPBACK;
import static io.pcrfd.diameter.peer.TestNodes.await;
import static io.pcrfd.diameter.peer.TestNodes.ccr;
import static io.pcrfd.diameter.peer.TestNodes.open;
import static io.pcrfd.diameter.peer.TestNodes.resultCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.capabilities.Capabilities;
import java.io.DataInputStream;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TLS peer's certificate must name the identity it claims in CER/CEA, or its configured
 * tlsName (RFC 6733 §13.1), whatever CA-issued certificate it holds: checked on the wire with
 * certificates from a test CA.
 */
@Timeout(90)
class TlsIdentityTest {
    private static final String SERVER = "pcrf.test.example";
    private static final Duration WAIT = Duration.ofSeconds(20);
    @TempDir
    static Path dir;
    private static TestCertificates.Authority ca;
    private static TestCertificates.TlsPair server;
    private static TestCertificates.TlsPair pcefA;
    private static TestCertificates.TlsPair wildcard;
    private static TestCertificates.TlsPair cnOnly;

    @BeforeAll
    static void certificates() {
        ca = TestCertificates.authority(dir, "test-ca");
        // keytool is a JVM start per step: issue the four in parallel
        var s = CompletableFuture.supplyAsync(() -> ca.issue("pcrf", SERVER, SERVER));
        var a = CompletableFuture.supplyAsync(() -> ca.issue("pcef-a", "pcef-a.test.example", "pcef-a.test.example"));
        var w = CompletableFuture.supplyAsync(() -> ca.issue("wildcard", "not-used.test.example", "*.test.example"));
        var c = CompletableFuture.supplyAsync(() -> ca.issue("cn-only", "gw.example.net"));
        server = s.join();
        pcefA = a.join();
        wildcard = w.join();
        cnOnly = c.join();
    }

    private static TlsOptions tls(TestCertificates.TlsPair own) {
        return new TlsOptions(own.certificate(), own.key(), ca.certificate(), true);
    }

    private static DiameterNode tlsServer(TlsOptions tls, PeerConfig... known) {
        NodeOptions o = NodeOptions.of(TestNodes.identity(SERVER), List.of(ListenAddress.tls(LOOPBACK, 0)),
                List.of(known), tls);
        return TestNodes.start(o, TestNodes.gxServer(new AtomicInteger()));
    }

    @Test
    void aCertificateForOneHostClaimingAnotherIsRefusedWith3010() throws Exception {
        try (DiameterNode srv = tlsServer(tls(server))) {
            DiameterMessage cea = cerOverTls(srv, pcefA, "pcef-b.test.example", true);
            assertThat(resultCode(cea)).isEqualTo(ResultCodes.DIAMETER_UNKNOWN_PEER);
            assertThat(cea.flags().error()).as("E bit of a protocol error").isTrue();
            assertThat(cea.avp("Failed-AVP").orElseThrow().child("Origin-Host").map(Avp::asUtf8String))
                    .hasValue("pcef-b.test.example");
            assertThat(cea.avp("Error-Message").map(Avp::asUtf8String).orElseThrow())
                    .contains("DNS:pcef-a.test.example").contains("pcef-b.test.example");
            assertThat(srv.peers()).isEmpty();
        }
    }

    @Test
    void aMatchingCertificateIsAcceptedBothWays() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        NodeOptions so = NodeOptions.of(TestNodes.identity(SERVER), List.of(ListenAddress.tls(LOOPBACK, 0)),
                List.of(), tls(server));
        try (DiameterNode srv = TestNodes.start(so, TestNodes.gxServer(calls));
             DiameterNode cli = client("pcef-a.test.example", pcefA, TestNodes.peer(SERVER, TestNodes.port(srv)))) {
            await("open over TLS", WAIT, () -> open(cli, SERVER));
            assertThat(resultCode(cli.send(ccr(cli, null, "pcef-a;tls;1")).get(5, TimeUnit.SECONDS)))
                    .isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            assertThat(calls).hasValue(1);
            assertThat(srv.context().peers().get("pcef-a.test.example").active().channel().pipeline().get("identity"))
                    .as("the check leaves the pipeline after the CER").isNull();
        }
    }

    @Test
    void aWildcardStandsForExactlyOneLabel() throws Exception {
        try (DiameterNode srv = tlsServer(tls(server))) {
            assertThat(resultCode(cerOverTls(srv, wildcard, "pcef-w.test.example", false)))
                    .isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            assertThat(resultCode(cerOverTls(srv, wildcard, "a.pcef-w.test.example", true)))
                    .isEqualTo(ResultCodes.DIAMETER_UNKNOWN_PEER);
            assertThat(resultCode(cerOverTls(srv, wildcard, "test.example", true)))
                    .isEqualTo(ResultCodes.DIAMETER_UNKNOWN_PEER);
        }
    }

    @Test
    void theCommonNameCountsWhenTheCertificateHasNoDnsName() throws Exception {
        try (DiameterNode srv = tlsServer(tls(server))) {
            assertThat(resultCode(cerOverTls(srv, cnOnly, "gw.example.net", false)))
                    .isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            assertThat(resultCode(cerOverTls(srv, cnOnly, "pcef-d.test.example", true)))
                    .isEqualTo(ResultCodes.DIAMETER_UNKNOWN_PEER);
        }
    }

    @Test
    void aConfiguredTlsNameReplacesTheOriginHost() throws Exception {
        // a certificate issued to another name, which the configuration says this peer holds
        PeerConfig known = PeerConfig.await("pcef-l.test.example", TestNodes.REALM).withTlsName("gw.example.net");
        try (DiameterNode srv = tlsServer(tls(server), known)) {
            assertThat(resultCode(cerOverTls(srv, cnOnly, "pcef-l.test.example", false)))
                    .isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            // a certificate that names the Origin-Host itself no longer does: the configured name rules
            assertThat(resultCode(cerOverTls(srv, wildcard, "pcef-l.test.example", true)))
                    .isEqualTo(ResultCodes.DIAMETER_UNKNOWN_PEER);
        }
    }

    @Test
    void asInitiatorWeCloseAfterACeaFromAPeerWhoseCertificateNamesAnotherHost() {
        // the server says it is pcrf.test.example but holds pcef-a's certificate
        try (DiameterNode srv = tlsServer(tls(pcefA));
             DiameterNode cli = client("pcef-x.test.example", wildcard, TestNodes.peer(SERVER, TestNodes.port(srv)))) {
            List<NodeEvent> serverSide = new CopyOnWriteArrayList<>();
            List<NodeEvent> clientSide = new CopyOnWriteArrayList<>();
            srv.subscribe(serverSide::add);
            cli.subscribe(clientSide::add);
            // the server answered CEA 2001 (R-Open); we closed right after it
            await("the server sees us leave after its CEA", WAIT, () -> serverSide.stream()
                    .anyMatch(e -> e instanceof NodeEvent.PeerDown d && d.host().equals("pcef-x.test.example")));
            assertThat(serverSide).anySatisfy(e -> assertThat(e).isInstanceOf(NodeEvent.PeerUp.class));
            assertThat(clientSide).noneSatisfy(e -> assertThat(e).isInstanceOf(NodeEvent.PeerUp.class));
            assertThat(open(cli, SERVER)).isFalse();
        }
    }

    @Test
    void verificationCanBeSwitchedOffForALab() throws Exception {
        try (DiameterNode srv = tlsServer(tls(server).withVerifyPeerIdentity(false))) {
            assertThat(resultCode(cerOverTls(srv, pcefA, "pcef-b.test.example", false)))
                    .isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        }
    }

    private static DiameterNode client(String host, TestCertificates.TlsPair own, PeerConfig server) {
        NodeOptions o = NodeOptions.of(TestNodes.identity(host), List.of(), List.of(server.withTls(true)),
                new TlsOptions(own.certificate(), own.key(), ca.certificate(), false));
        return TestNodes.start(o, new Dispatcher());
    }

    /**
     * Opens TLS with {@code own}'s certificate, sends a CER claiming {@code originHost}, returns the
     * CEA; when {@code closedAfter}, also checks that the server closed the connection after it.
     */
    private static DiameterMessage cerOverTls(DiameterNode srv, TestCertificates.TlsPair own, String originHost,
                                              boolean closedAfter) throws Exception {
        try (SSLSocket s = (SSLSocket) sslContext(own).getSocketFactory().createSocket(LOOPBACK, TestNodes.port(srv))) {
            s.setSoTimeout(10_000);
            s.startHandshake();
            s.getOutputStream().write(DiameterCodec.encode(new Capabilities(TestNodes.DICT,
                    TestNodes.identity(originHost)).cer(HopByHopId.of(7), EndToEndId.of(7))));
            s.getOutputStream().flush();
            DataInputStream in = new DataInputStream(s.getInputStream());
            int word = in.readInt();
            byte[] frame = new byte[word & 0xFFFFFF];
            java.nio.ByteBuffer.wrap(frame).putInt(word);
            in.readFully(frame, 4, frame.length - 4);
            DiameterMessage cea = new DiameterCodec(TestNodes.DICT).decode(frame).message();
            assertThat(cea.commandCode()).isEqualTo(257);
            assertThat(cea.isRequest()).isFalse();
            if (closedAfter) {
                assertThat(in.read()).as("the server closed the connection after the CEA").isEqualTo(-1);
            }
            return cea;
        }
    }

    private static SSLContext sslContext(TestCertificates.TlsPair own) throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(own.keyStore(ca.certificate()), TestCertificates.password());
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", TestCertificates.readCertificate(ca.certificate()));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext c = SSLContext.getInstance("TLS");
        c.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return c;
    }
}
