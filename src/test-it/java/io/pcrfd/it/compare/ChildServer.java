package io.pcrfd.it.compare;

import io.pcrfd.it.Await;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Diameter server under measurement in a process of its own, so that its CPU time can be read
 * from {@code /proc/PID/stat} apart from the driver's. Output goes to a file in the run's
 * directory; {@link #close()} ends it (standard input closed, then SIGTERM, then SIGKILL).
 */
final class ChildServer implements AutoCloseable {
    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private ChildServer(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts {@code cmd} and waits until it accepts connections on {@code port}. */
    static ChildServer start(String name, List<String> cmd, int port, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path log = dir.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        // pcrfd reads PCRFD_* as configuration overrides and refuses names it does not know
        pb.environment().keySet().removeIf(k -> k.startsWith("PCRFD_"));
        Process p = pb.start();
        ChildServer s = new ChildServer(name, p, port, log);
        Await.await(name + " listens on " + port, Duration.ofSeconds(60), () -> !p.isAlive() || s.accepts());
        if (!p.isAlive()) {
            throw new AssertionError(name + " exited " + p.exitValue() + ": " + Files.readString(log));
        }
        return s;
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    int port() {
        return port;
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
    public void close() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(3, TimeUnit.SECONDS)) {
            process.destroy();
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", port " + port + ", log " + log + ")";
    }
}
