package io.pcrfd.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one executable jar, as a user runs it: {@code java -jar target/pcrfd.jar ...}. It holds
 * every role, starts from its manifest, contains nothing of jDiameter (AGPL, test scope only),
 * and answers a bad configuration with one readable line and a non-zero exit.
 */
class ShippedJarTest {
    private static Path jar;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("pcrfd.jar", "../../target/pcrfd.jar"));
        assumeTrue(Files.isRegularFile(jar), "no " + jar + ": it is assembled in the package phase; run ./mvnw verify");
    }

    @Test
    void jarStartsFromItsManifestAndHoldsNoJDiameter() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("io.pcrfd.pcrf.cli.PcrfdMain");
            List<String> names = Collections.list(file.entries()).stream().map(e -> e.getName()).toList();
            assertThat(names).noneMatch(n -> n.startsWith("org/jdiameter/") || n.startsWith("org/mobicents/"));
            assertThat(names).contains("io/pcrfd/diameter/dictionary/index.txt", "logback.xml");
        }
    }

    /**
     * Netty 4.2 on JDK 24+ frees a direct buffer with free() only when it has native access
     * (JEP 454; the manifest attribute grants it to {@code java -jar}); without it every free
     * closes a shared Arena, a handshake with all JVM threads stalling the event loops.
     */
    @Test
    void jarGrantsNativeAccessSoNettyFreesDirectBuffersWithoutHandshakes() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Enable-Native-Access"))
                    .isEqualTo("ALL-UNNAMED");
        }
    }

    @Test
    void versionPrintsTheProjectVersion() throws Exception {
        Result r = run("version");
        assertThat(r.exit).isZero();
        assertThat(r.out).startsWith("pcrfd 0.1.0-SNAPSHOT (Java ");
    }

    @Test
    void helpListsTheSubcommands() throws Exception {
        Result r = run("--help");
        assertThat(r.exit).isZero();
        assertThat(r.out).contains("Usage: pcrfd", "run", "version");
        assertThat(r.out).as("both modules' CLI extensions survive the jar's merge of service files")
                .contains("  bpcf ", "  ocs ");
    }

    @Test
    void aBadOcsConfigIsOneLineWithItsPathAndExitTwo(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("ocs.yaml");
        Files.writeString(config, "role: ocs\nocs:\n  accounts:\n    - subscribers: ['1']\n      containers:\n"
                + "        - {id: data, unit: octets, balance: 1MB}\n      counters:\n        - {id: c, container: dta}\n");
        Result r = run("run", "--config", config.toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.lines().filter(l -> !l.isBlank())).singleElement().asString()
                .startsWith("pcrfd: configuration error: " + config)
                .contains("ocs.accounts[0].counters[0].container: no container 'dta' in this account; it has [data]");
    }

    @Test
    void unknownKeyIsOneLineWithItsPathAndExitTwo(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("pcrf.yaml");
        Files.writeString(config, "diameter:\n  originHost: pcrf.lab\n  peers:\n    - host: pgw.lab\n      tww: 30s\n");
        Result r = run("run", "--config", config.toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.lines().filter(l -> !l.isBlank())).singleElement().asString()
                .startsWith("pcrfd: configuration error: " + config)
                .contains("diameter.peers[0]").contains("tww");
    }

    @Test
    void missingFileIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("absent.yaml");
        Result r = run("run", "-c", config.toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.lines().filter(l -> !l.isBlank())).singleElement().asString()
                .contains(config.toString()).contains("cannot read");
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        boolean done = p.waitFor(60, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done).as("pcrfd %s finished within 60 s", String.join(" ", args)).isTrue();
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
