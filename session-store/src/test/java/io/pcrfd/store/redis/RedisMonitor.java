package io.pcrfd.store.redis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A MONITOR connection to a test's private redis-server: every command the server runs, the
 * calls a Lua script makes included (their client shows as {@code lua}). Each line is a RESP
 * simple string, {@code +<time> [<db> <client>] "word" "word" ...}, the words escaped as
 * redis-server's sdscatrepr does (backslash escapes and {@code \xHH}). Reads wait at most
 * {@link #READ_DEADLINE} for a line.
 */
final class RedisMonitor implements AutoCloseable {

    private static final Duration READ_DEADLINE = Duration.ofSeconds(10);

    /** One command as the server ran it: its words, and whether a script called it. */
    record Command(boolean fromScript, List<String> words) {
    }

    private final Socket socket;
    private final BufferedReader in;

    private RedisMonitor(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    static RedisMonitor open(int port) {
        try {
            Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
            s.setSoTimeout((int) READ_DEADLINE.toMillis());
            RedisMonitor m = new RedisMonitor(s);
            s.getOutputStream().write("MONITOR\r\n".getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            String ok = m.in.readLine();
            if (!"+OK".equals(ok)) {
                throw new IllegalStateException("MONITOR answered " + ok);
            }
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open MONITOR on port " + port, e);
        }
    }

    /** The commands up to (not including) the first {@code ECHO marker}, which the caller sent after them. */
    List<Command> until(String marker) {
        List<Command> seen = new ArrayList<>();
        try {
            for (Command c = next(); !isEcho(c, marker); c = next()) {
                seen.add(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("MONITOR did not show ECHO " + marker, e);
        }
        return seen;
    }

    private Command next() throws IOException {
        String line = in.readLine();
        if (line == null) {
            throw new IOException("MONITOR connection closed");
        }
        int open = line.indexOf('[');
        int close = line.indexOf(']', open);
        String client = line.substring(line.indexOf(' ', open) + 1, close);
        return new Command("lua".equals(client), words(line.substring(close + 1)));
    }

    private static boolean isEcho(Command c, String marker) {
        return c.words().size() == 2 && c.words().get(0).equalsIgnoreCase("ECHO") && c.words().get(1).equals(marker);
    }

    /** The quoted words of a MONITOR line, unescaped. */
    static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        for (int i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) {
            StringBuilder w = new StringBuilder();
            for (i++; s.charAt(i) != '"'; ) {
                char c = s.charAt(i++);
                if (c == '\\') {
                    i = unescape(s, i, w);
                } else {
                    w.append(c);
                }
            }
            words.add(w.toString());
        }
        return words;
    }

    /** Appends the character escaped at {@code s[i]} (after the backslash); returns the index after it. */
    private static int unescape(String s, int i, StringBuilder w) {
        char e = s.charAt(i);
        switch (e) {
            case 'n' -> w.append('\n');
            case 'r' -> w.append('\r');
            case 't' -> w.append('\t');
            case 'a' -> w.append('\u0007');
            case 'b' -> w.append('\b');
            case 'x' -> {
                w.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                return i + 3;
            }
            default -> w.append(e);
        }
        return i + 1;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
