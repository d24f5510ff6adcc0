package io.pcrfd.diameter.peer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test certificates made at test time with the JDK's keytool (nothing is committed), written
 * as PEM: {@code name.crt} and {@code name.key} (PKCS#8). Either self-signed ({@link
 * #generate}) or issued by a small test CA ({@link #authority}) with the DNS names a test
 * needs.
 */
final class TestCertificates {
    private static final String PASSWORD = "changeit";

    private TestCertificates() {
    }

    /**
     * Generates an EC P-256 key and a self-signed certificate for {@code name} in {@code dir},
     * naming {@code name}, localhost and 127.0.0.1 in its subjectAltName.
     */
    static TlsPair generate(Path dir, String name) {
        Path p12 = dir.resolve(name + ".p12");
        run(List.of(keytool(), "-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=" + name, "-validity", "2", "-ext", "SAN=dns:" + name + ",dns:localhost,ip:127.0.0.1",
                "-keystore", p12.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD));
        Path crt = dir.resolve(name + ".crt");
        run(List.of(keytool(), "-exportcert", "-rfc", "-alias", name, "-keystore", p12.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD, "-file", crt.toString()));
        Path key = dir.resolve(name + ".key");
        writeKey(p12, name, key);
        return new TlsPair(crt, key, p12);
    }

    /** A CA (basicConstraints cA) named {@code name}, its certificate in {@code name.crt}. */
    static Authority authority(Path dir, String name) {
        Path p12 = dir.resolve(name + ".p12");
        run(List.of(keytool(), "-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=" + name, "-validity", "2", "-ext", "bc:c", "-keystore", p12.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD));
        Path crt = dir.resolve(name + ".crt");
        run(List.of(keytool(), "-exportcert", "-rfc", "-alias", "ca", "-keystore", p12.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD, "-file", crt.toString()));
        return new Authority(dir, p12, crt);
    }

    /**
     * A test CA.
     *
     * @param dir         where issued files go
     * @param keystore    its PKCS12 file
     * @param certificate its PEM certificate (the trust file of the nodes)
     */
    record Authority(Path dir, Path keystore, Path certificate) {
        /**
         * Issues a certificate with subject CN {@code commonName} and {@code dnsNames} as
         * subjectAltName dNSName entries (none: no subjectAltName), in {@code file.crt/.key}.
         */
        TlsPair issue(String file, String commonName, String... dnsNames) {
            Path p12 = dir.resolve(file + ".p12");
            run(List.of(keytool(), "-genkeypair", "-alias", file, "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=" + commonName, "-validity", "2", "-keystore", p12.toString(),
                    "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD));
            Path csr = dir.resolve(file + ".csr");
            run(List.of(keytool(), "-certreq", "-alias", file, "-keystore", p12.toString(), "-storetype", "PKCS12",
                    "-storepass", PASSWORD, "-file", csr.toString()));
            Path crt = dir.resolve(file + ".crt");
            List<String> gencert = new ArrayList<>(List.of(keytool(), "-gencert", "-rfc", "-alias", "ca",
                    "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                    "-validity", "2", "-infile", csr.toString(), "-outfile", crt.toString()));
            if (dnsNames.length > 0) {
                gencert.addAll(List.of("-ext", "SAN=dns:" + String.join(",dns:", dnsNames)));
            }
            run(gencert);
            Path key = dir.resolve(file + ".key");
            writeKey(p12, file, key);
            return new TlsPair(crt, key, null);
        }
    }

    /**
     * One side's certificate, key, and the keystore they came from.
     *
     * @param certificate PEM certificate
     * @param key         PEM PKCS#8 private key
     * @param keystore    the PKCS12 file of a self-signed pair (password "changeit"); null for
     *                    an issued one, see {@link #keyStore}
     */
    record TlsPair(Path certificate, Path key, Path keystore) {
        /** A PKCS12 key store holding the key with its certificate (and {@code issuer}'s, when given). */
        KeyStore keyStore(Path issuer) throws Exception {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            List<Certificate> chain = new ArrayList<>(List.of(readCertificate(certificate)));
            if (issuer != null) {
                chain.add(readCertificate(issuer));
            }
            ks.setKeyEntry("me", readKey(key), password(), chain.toArray(Certificate[]::new));
            return ks;
        }
    }

    static char[] password() {
        return PASSWORD.toCharArray();
    }

    static Certificate readCertificate(Path pem) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(pem)) {
            return CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static PrivateKey readKey(Path pem) throws IOException, GeneralSecurityException {
        String b64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return java.security.KeyFactory.getInstance("EC")
                .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(Base64.getDecoder().decode(b64)));
    }

    private static void writeKey(Path p12, String alias, Path out) {
        try (InputStream in = Files.newInputStream(p12)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password());
            PrivateKey k = (PrivateKey) ks.getKey(alias, password());
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(k.getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            Files.writeString(out, pem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("reading the generated key", e);
        }
    }

    private static String keytool() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    }

    private static void run(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
