package io.pcrfd.it.daemon;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code java -jar target/pcrfd.jar ...} as a child process, as a user starts it. Standard output
 * and error go to files (a pipe read while the process exits can lose its last lines), which a
 * test polls, for example for the "listening" line.
 */
final class Daemon implements AutoCloseable {
    private final Process process;
    private final Path out;
    private final Path err;

    private Daemon(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** The assembled jar; the test is skipped (with the reason) when it has not been built. */
    static Path jar() {
        Path jar = Path.of(System.getProperty("pcrfd.jar", "../../target/pcrfd.jar"));
        assumeTrue(Files.isRegularFile(jar), "no " + jar + ": it is assembled in the package phase; run ./mvnw verify");
        return jar;
    }

    static Daemon start(Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("pcrfd-stdout", ".txt");
        Path err = Files.createTempFile("pcrfd-stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PCRFD_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        return new Daemon(p, out, err);
    }

    /** Runs to completion (bounded) and returns the exit status. */
    int exitWithin(Duration max) throws InterruptedException {
        if (!process.waitFor(max.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("pcrfd did not exit within " + max + "; stderr: " + lines(err));
        }
        return process.exitValue();
    }

    /** The first standard-output line matching {@code p}, waiting up to {@code max}. */
    String awaitOut(Predicate<String> p, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : lines(out)) {
                if (p.test(line)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no such line on stdout within " + max + "; stdout: " + lines(out) + "; stderr: "
                + lines(err));
    }

    /** The first standard-error line matching {@code p}, waiting up to {@code max}. */
    String awaitErr(Predicate<String> p, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : stderr()) {
                if (p.test(line)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no such line on stderr within " + max + "; stderr: " + lines(err));
    }

    /** SIGTERM, as {@code kill} or a container runtime sends it. */
    void terminate() {
        process.destroy();
    }

    /** SIGKILL ({@code kill -9}): the process ends at once, writing nothing. */
    void kill() {
        process.destroyForcibly();
    }

    List<String> stdout() {
        return lines(out);
    }

    /** Standard error without the JVM's own warnings (native access by Netty's epoll transport). */
    List<String> stderr() {
        return lines(err).stream().filter(l -> !l.isBlank() && !l.startsWith("WARNING: ")).toList();
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
    }
}
