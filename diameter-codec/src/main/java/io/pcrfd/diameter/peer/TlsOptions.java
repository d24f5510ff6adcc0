package io.pcrfd.diameter.peer;

import java.nio.file.Path;

/**
 * TLS material from PEM files (RFC 6733 §13.1: TLS from connect on port 5658).
 *
 * @param certificateChain  our certificate chain (PEM)
 * @param privateKey        our private key (PEM, PKCS#8 unencrypted)
 * @param trustedCertificates the certificates (usually a CA) we trust for peers (PEM)
 * @param requireClientAuth whether a connecting peer must present a certificate we trust
 */
public record TlsOptions(Path certificateChain, Path privateKey, Path trustedCertificates,
                         boolean requireClientAuth) {
    public static final boolean DEFAULT_REQUIRE_CLIENT_AUTH = true;

    public TlsOptions {
        if (certificateChain == null || privateKey == null || trustedCertificates == null) {
            throw new IllegalArgumentException("TLS needs a certificate chain, a private key and trusted certificates");
        }
    }
}
