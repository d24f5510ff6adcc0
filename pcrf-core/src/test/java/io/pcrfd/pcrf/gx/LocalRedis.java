package io.pcrfd.pcrf.gx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A throw-away redis-server on a free loopback port, persistence off; polled until it answers PING. */
public final class LocalRedis implements AutoCloseable {
    private static final long READY_NANOS = TimeUnit.SECONDS.toNanos(10);
    private final int port;
    private final Process process;

    private LocalRedis(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    public static boolean installed() {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(java.io.File.pathSeparator)).stream()
                .anyMatch(d -> Files.isExecutable(Path.of(d, "redis-server")));
    }

    public static LocalRedis start() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Process p = new ProcessBuilder("redis-server", "--save", "", "--appendonly", "no", "--bind", "127.0.0.1",
                "--port", Integer.toString(port)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        LocalRedis r = new LocalRedis(port, p);
        r.awaitPong();
        return r;
    }

    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    private void awaitPong() {
        long deadline = System.nanoTime() + READY_NANOS;
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (pong()) {
                return;
            }
            Thread.onSpinWait();
        }
        close();
        throw new IllegalStateException("redis-server did not answer PING on port " + port);
    }

    private boolean pong() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            s.setSoTimeout(500);
            OutputStream out = s.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            return "+PONG\r\n".equals(new String(in.readNBytes(7), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
