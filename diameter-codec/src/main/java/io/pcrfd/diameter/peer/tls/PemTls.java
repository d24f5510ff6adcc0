package io.pcrfd.diameter.peer.tls;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.pcrfd.diameter.peer.TlsOptions;
import javax.net.ssl.SSLException;

/**
 * Netty TLS contexts from PEM files (RFC 6733 §13: TLS 1.2 or later, mutual authentication
 * when configured). The trust file names the certificates (usually one CA) peers must chain
 * to.
 *
 * <p>Decision: the TLS engine does not check the address we dial against the certificate
 * (HTTPS-style endpoint identification): a Diameter peer is identified by the Origin-Host it
 * claims in CER/CEA, which is known only after the handshake. The peer layer checks the
 * certificate against that identity, or a configured name, right after it ({@link
 * CertificateNames}, RFC 6733 §13.1); chain validation against the trusted CA comes first.
 */
public final class PemTls {
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private PemTls() {
    }

    /** The server side: our chain and key, peers verified against the trust file. */
    public static SslContext serverContext(TlsOptions o) {
        try {
            return SslContextBuilder.forServer(o.certificateChain().toFile(), o.privateKey().toFile())
                    .trustManager(o.trustedCertificates().toFile())
                    .clientAuth(o.requireClientAuth() ? ClientAuth.REQUIRE : ClientAuth.OPTIONAL)
                    .protocols(PROTOCOLS)
                    .build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new TlsConfigurationException("cannot build the TLS server context from " + o, e);
        }
    }

    /** The client side: our chain and key (for mutual authentication), the server verified. */
    public static SslContext clientContext(TlsOptions o) {
        try {
            return SslContextBuilder.forClient()
                    .keyManager(o.certificateChain().toFile(), o.privateKey().toFile())
                    .trustManager(o.trustedCertificates().toFile())
                    .endpointIdentificationAlgorithm(null)
                    .protocols(PROTOCOLS)
                    .build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new TlsConfigurationException("cannot build the TLS client context from " + o, e);
        }
    }

    /** The PEM files could not be read or do not fit together. */
    public static final class TlsConfigurationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TlsConfigurationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
