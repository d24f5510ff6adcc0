package io.pcrfd.diameter.peer;

import static io.pcrfd.diameter.peer.TestNodes.LOOPBACK;
import static io.pcrfd.diameter.peer.TestNodes.await;
import static io.pcrfd.diameter.peer.TestNodes.ccr;
import static io.pcrfd.diameter.peer.TestNodes.open;
import static io.pcrfd.diameter.peer.TestNodes.resultCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.capabilities.Capabilities;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
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

/** TLS from connect (RFC 6733 §2.1, 5658 style) with mutual authentication from PEM files. */
@Timeout(60)
class TlsTest {
    @TempDir
    static Path dir;
    private static TestCertificates.TlsPair server;
    private static TestCertificates.TlsPair client;
    private static TestCertificates.TlsPair rogue;

    @BeforeAll
    static void certificates() {
        server = TestCertificates.generate(dir, "pcrf.test.example");
        client = TestCertificates.generate(dir, "pcef.test.example");
        rogue = TestCertificates.generate(dir, "rogue.test.example");
    }

    private static DiameterNode tlsServer(AtomicInteger calls) {
        NodeOptions o = NodeOptions.of(TestNodes.identity("pcrf.test.example"),
                List.of(ListenAddress.tls(LOOPBACK, 0)), List.of(),
                new TlsOptions(server.certificate(), server.key(), client.certificate(), true));
        return TestNodes.start(o, TestNodes.gxServer(calls));
    }

    @Test
    void mutualAuthenticationSucceedsAndCarriesTraffic() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (DiameterNode srv = tlsServer(calls)) {
            PeerConfig peer = TestNodes.peer("pcrf.test.example", TestNodes.port(srv)).withTls(true);
            NodeOptions o = NodeOptions.of(TestNodes.identity("pcef.test.example"), List.of(), List.of(peer),
                    new TlsOptions(client.certificate(), client.key(), server.certificate(), false));
            try (DiameterNode cli = TestNodes.start(o, new Dispatcher())) {
                await("open over TLS", Duration.ofSeconds(20), () -> open(cli, "pcrf.test.example"));
                var cca = cli.send(ccr(cli, null, "pcef;tls;1")).get(5, TimeUnit.SECONDS);
                assertThat(resultCode(cca)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
                assertThat(calls).hasValue(1);
                var tls = srv.context().peers().get("pcef.test.example").active().channel().pipeline().get("tls");
                assertThat(tls).isNotNull();
            }
        }
    }

    @Test
    void aClientWithAnUntrustedCertificateIsRefusedBeforeCer() throws Exception {
        try (DiameterNode srv = tlsServer(new AtomicInteger())) {
            SSLContext ssl = context(rogue.keystore(), server.certificate());
            try (SSLSocket s = (SSLSocket) ssl.getSocketFactory().createSocket(LOOPBACK, TestNodes.port(srv))) {
                s.setSoTimeout(10_000);
                byte[] cer = DiameterCodec.encode(new Capabilities(TestNodes.DICT, TestNodes.identity("rogue.test.example"))
                        .cer(HopByHopId.of(1), EndToEndId.of(1)));
                Throwable t = catchThrowable(() -> {
                    s.startHandshake();
                    s.getOutputStream().write(cer);
                    s.getOutputStream().flush();
                    assertThat(s.getInputStream().read()).as("no CEA, the server closed").isEqualTo(-1);
                });
                assertThat(t).satisfiesAnyOf(
                        e -> assertThat(e).isNull(),
                        e -> assertThat(e).isInstanceOf(javax.net.ssl.SSLException.class),
                        e -> assertThat(e).isInstanceOf(java.net.SocketException.class));
            }
            assertThat(srv.peers()).isEmpty();
        }
    }

    private static SSLContext context(Path keystore, Path trustedPem) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, TestCertificates.password());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, TestCertificates.password());
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(trustedPem)) {
            trust.setCertificateEntry("server", java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext c = SSLContext.getInstance("TLS");
        c.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return c;
    }
}
