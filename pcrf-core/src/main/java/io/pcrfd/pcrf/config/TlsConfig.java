package io.pcrfd.pcrf.config;

import java.nio.file.Path;

/**
 * PEM files for Diameter over TLS. Relative paths are resolved against the directory of the
 * configuration file. Client authentication is required by default because Diameter peers
 * authenticate each other (RFC 6733 §13.1); switch it off only in a lab.
 *
 * @param certificate         this node's certificate chain (PEM)
 * @param privateKey          its private key (PEM, PKCS#8)
 * @param trustedCertificates the CA certificates peers are checked against (PEM)
 * @param requireClientAuth   refuse TLS clients that present no trusted certificate
 */
public record TlsConfig(Path certificate, Path privateKey, Path trustedCertificates,
                        boolean requireClientAuth) {
    public static final boolean DEFAULT_REQUIRE_CLIENT_AUTH = true;

    public static TlsConfig defaults() {
        return new TlsConfig(null, null, null, DEFAULT_REQUIRE_CLIENT_AUTH);
    }

    /** True when a certificate and key are both configured. */
    public boolean configured() {
        return certificate != null && privateKey != null;
    }

    TlsConfig resolveAgainst(Path dir) {
        return new TlsConfig(resolve(dir, certificate), resolve(dir, privateKey),
                resolve(dir, trustedCertificates), requireClientAuth);
    }

    static Path resolve(Path dir, Path p) {
        return p == null || dir == null ? p : dir.resolve(p);
    }
}
