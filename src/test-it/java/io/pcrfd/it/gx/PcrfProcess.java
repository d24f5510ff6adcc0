package io.pcrfd.it.gx;

import io.pcrfd.it.Await;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code pcrfd run --config FILE} in a child JVM on this test's class path, so that a test can
 * kill it (SIGKILL) the way a crash ends a node: no DPR, nothing flushed, sockets reset by the
 * kernel. Output goes to files in the test's directory.
 */
final class PcrfProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;

    private PcrfProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Writes {@code yaml} (which must listen for Diameter on {@code port}) with the end-to-end
     * policy into {@code dir}, starts the node and waits until the port accepts connections.
     */
    static PcrfProcess start(Path dir, String yaml, int port) throws IOException {
        Files.createDirectories(dir);
        PcrfUnderTest.copyPolicy(dir.resolve("policy.yaml"));
        Path config = Files.writeString(dir.resolve("pcrf.yaml"), yaml, StandardCharsets.UTF_8);
        Path log = dir.resolve("pcrfd.log");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "io.pcrfd.pcrf.cli.PcrfdMain", "run",
                "--config", config.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PcrfProcess node = new PcrfProcess(p, port, log);
        Await.await("pcrfd in a child JVM listens on " + port, Duration.ofSeconds(30),
                () -> !p.isAlive() || node.accepts());
        if (!p.isAlive()) {
            throw new AssertionError("pcrfd exited " + p.exitValue() + ": " + Files.readString(log));
        }
        return node;
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    /** SIGKILL, and wait until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("pcrfd survived SIGKILL for 10 s");
        }
    }

    private boolean accepts() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    @Override
    public String toString() {
        return "pcrfd on " + port + ", log " + log;
    }
}
