package io.pcrfd.pcrf.config;

import java.nio.file.Path;

/**
 * PEM files for Diameter over TLS. Relative paths are resolved against the directory of the
 * configuration file. Client authentication is required by default because Diameter peers
 * authenticate each other (RFC 6733 §13.1); switch it off only in a lab. So is the check that
 * a peer's certificate names the Origin-Host it claims (or the peer's {@code tlsName}): without
 * it any certificate from the trusted CA can claim any identity.
 *
 * @param certificate         this node's certificate chain (PEM)
 * @param privateKey          its private key (PEM, PKCS#8)
 * @param trustedCertificates the CA certificates peers are checked against (PEM)
 * @param requireClientAuth   refuse TLS clients that present no trusted certificate
 * @param verifyPeerIdentity  a peer's certificate must name the Origin-Host of its CER/CEA, or
 *                            its {@code tlsName} (subjectAltName DNS entries, RFC 6125
 *                            wildcards, the CN only without DNS entries): CER answered 3010
 *                            DIAMETER_UNKNOWN_PEER otherwise, a CEA makes us close
 */
public record TlsConfig(Path certificate, Path privateKey, Path trustedCertificates,
                        boolean requireClientAuth, boolean verifyPeerIdentity) {
    public static final boolean DEFAULT_REQUIRE_CLIENT_AUTH = true;
    public static final boolean DEFAULT_VERIFY_PEER_IDENTITY = true;

    public static TlsConfig defaults() {
        return new TlsConfig(null, null, null, DEFAULT_REQUIRE_CLIENT_AUTH, DEFAULT_VERIFY_PEER_IDENTITY);
    }

    /** True when a certificate and key are both configured. */
    public boolean configured() {
        return certificate != null && privateKey != null;
    }

    TlsConfig resolveAgainst(Path dir) {
        return new TlsConfig(resolve(dir, certificate), resolve(dir, privateKey),
                resolve(dir, trustedCertificates), requireClientAuth, verifyPeerIdentity);
    }

    static Path resolve(Path dir, Path p) {
        return p == null || dir == null ? p : dir.resolve(p);
    }
}
