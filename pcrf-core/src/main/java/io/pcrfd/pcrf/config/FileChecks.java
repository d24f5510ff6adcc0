package io.pcrfd.pcrf.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The checks a record cannot make on itself: files it names exist and can be read, and
 * settings that depend on each other agree. Run once at load, so a missing PEM or policy file
 * stops the daemon at start with its key, not at the first TLS handshake.
 */
final class FileChecks {
    private FileChecks() {
    }

    static void check(NodeConfig c) {
        readable(c.policy().file(), "policy.file");
        TlsConfig tls = c.diameter().tls();
        if (c.diameter().usesTls()) {
            if (tls.certificate() == null) {
                throw new ConfigException("diameter.tls.certificate", "required because a listen socket or peer uses TLS");
            }
            if (tls.privateKey() == null) {
                throw new ConfigException("diameter.tls.privateKey", "required because a listen socket or peer uses TLS");
            }
        }
        readable(tls.certificate(), "diameter.tls.certificate");
        readable(tls.privateKey(), "diameter.tls.privateKey");
        readable(tls.trustedCertificates(), "diameter.tls.trustedCertificates");
    }

    private static void readable(Path file, String key) {
        if (file == null) {
            return;
        }
        if (!Files.exists(file)) {
            throw new ConfigException(key, "cannot read " + file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(key, "cannot read " + file + ": not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new ConfigException(key, "cannot read " + file + ": permission denied");
        }
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage();
    }
}
