package io.pcrfd.it.gx;

import io.pcrfd.it.Await;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private {@code redis-server} on 127.0.0.1 and a free port, persistence off (or on, in a
 * directory of the test's), stopped by the test; and one RESP command at a time over a plain
 * socket, to look at what the PCRF stored.
 */
final class RedisServer implements AutoCloseable {
    private final Process process;
    private final int port;
    private final List<String> options;

    private RedisServer(Process process, int port, List<String> options) {
        this.process = process;
        this.port = port;
        this.options = options;
    }

    static boolean available() {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "redis-server")));
    }

    static RedisServer start() throws IOException {
        return launch(freePort(), List.of("--save", "", "--appendonly", "no"));
    }

    /**
     * With every write in the append-only file of {@code dir} and fsynced before Redis answers
     * ({@code appendonly yes}, {@code appendfsync always}): what it acknowledged survives a kill.
     */
    static RedisServer startDurable(Path dir) throws IOException {
        Files.createDirectories(dir);
        return launch(freePort(), List.of("--save", "", "--appendonly", "yes", "--appendfsync", "always",
                "--dir", dir.toString()));
    }

    /** Kills the process (SIGKILL): no shutdown, no last save, as in a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** A new redis-server on the same port with the same options (and data directory). */
    RedisServer restart() throws IOException {
        return launch(port, options);
    }

    private static RedisServer launch(int port, List<String> options) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("redis-server", "--port", Integer.toString(port),
                "--bind", "127.0.0.1"));
        cmd.addAll(options);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        RedisServer r = new RedisServer(p, port, options);
        Await.await("redis-server answers PING", Duration.ofSeconds(10), () -> r.tryCommand("PING").equals("+PONG"));
        return r;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** Sends one command and returns the first line of the reply. */
    String command(String... words) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(5_000);
            StringBuilder b = new StringBuilder("*").append(words.length).append("\r\n");
            for (String w : words) {
                b.append('$').append(w.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(w).append("\r\n");
            }
            OutputStream out = s.getOutputStream();
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return readLine(s.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tryCommand(String word) {
        try {
            return command(word);
        } catch (UncheckedIOException e) {
            return "not yet";
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) {
            b.append((char) c);
        }
        return b.toString();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
