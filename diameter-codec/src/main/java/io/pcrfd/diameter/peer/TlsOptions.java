package io.pcrfd.diameter.peer;

import java.nio.file.Path;

/**
 * TLS material from PEM files (RFC 6733 §13.1: TLS from connect on port 5658).
 *
 * @param certificateChain    our certificate chain (PEM)
 * @param privateKey          our private key (PEM, PKCS#8 unencrypted)
 * @param trustedCertificates the certificates (usually a CA) we trust for peers (PEM)
 * @param requireClientAuth   whether a connecting peer must present a certificate we trust
 * @param verifyPeerIdentity  whether a peer's certificate must name the Origin-Host it claims in
 *                            CER/CEA, or its configured {@link PeerConfig#tlsName()} (RFC 6733
 *                            §13.1, matched as {@link io.pcrfd.diameter.peer.tls.CertificateNames}
 *                            says); false only for labs
 */
public record TlsOptions(Path certificateChain, Path privateKey, Path trustedCertificates,
                         boolean requireClientAuth, boolean verifyPeerIdentity) {
    public static final boolean DEFAULT_REQUIRE_CLIENT_AUTH = true;
    public static final boolean DEFAULT_VERIFY_PEER_IDENTITY = true;

    public TlsOptions {
        if (certificateChain == null || privateKey == null || trustedCertificates == null) {
            throw new IllegalArgumentException("TLS needs a certificate chain, a private key and trusted certificates");
        }
    }

    /** The same with the peer identity checked ({@link #DEFAULT_VERIFY_PEER_IDENTITY}). */
    public TlsOptions(Path certificateChain, Path privateKey, Path trustedCertificates, boolean requireClientAuth) {
        this(certificateChain, privateKey, trustedCertificates, requireClientAuth, DEFAULT_VERIFY_PEER_IDENTITY);
    }

    public TlsOptions withVerifyPeerIdentity(boolean on) {
        return new TlsOptions(certificateChain, privateKey, trustedCertificates, requireClientAuth, on);
    }
}
