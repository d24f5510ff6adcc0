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
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Self-signed test certificates made at test time with the JDK's keytool (nothing is
 * committed), written as PEM: {@code name.crt} and {@code name.key} (PKCS#8).
 */
final class TestCertificates {
    private static final String PASSWORD = "changeit";

    private TestCertificates() {
    }

    /** Generates an EC P-256 key and self-signed certificate for {@code name} in {@code dir}. */
    static TlsPair generate(Path dir, String name) {
        Path p12 = dir.resolve(name + ".p12");
        run(List.of(keytool(), "-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=" + name, "-validity", "2", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-keystore", p12.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD));
        Path crt = dir.resolve(name + ".crt");
        run(List.of(keytool(), "-exportcert", "-rfc", "-alias", name, "-keystore", p12.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD, "-file", crt.toString()));
        Path key = dir.resolve(name + ".key");
        writeKey(p12, name, key);
        return new TlsPair(crt, key, p12);
    }

    /**
     * One side's certificate, key, and the keystore they came from.
     *
     * @param certificate PEM certificate
     * @param key         PEM PKCS#8 private key
     * @param keystore    the PKCS12 file (password "changeit")
     */
    record TlsPair(Path certificate, Path key, Path keystore) {
    }

    static char[] password() {
        return PASSWORD.toCharArray();
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
