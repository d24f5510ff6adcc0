package io.pcrfd.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Erlang/OTP's diameter application as an independent peer of the end-to-end tests: the
 * dictionaries and clients in {@code src/test-it/resources/erlang} are compiled with OTP's own
 * {@code diameterc} and {@code erlc} into a test's directory and run with {@code erl}. The clients
 * print one line per event ({@code up}, {@code answer name=N k=v ...}, {@code down}, ...), which
 * {@link #answers} reads. Tests skip, with {@link #MISSING}, where Erlang/OTP is not installed;
 * {@code .ci/run} installs it (Debian's erlang-base, erlang-diameter, erlang-dev).
 */
public final class Erlang {
    public static final String MISSING =
            "Erlang/OTP (erl, erlc, diameterc) is not on PATH: the Erlang/OTP tests are skipped";

    private Erlang() {
    }

    /** True when erl, erlc and diameterc are on PATH. */
    public static boolean available() {
        return Stream.of("erl", "erlc", "diameterc").allMatch(Erlang::onPath);
    }

    /**
     * Copies {@code dictionary}.dia, {@code client}.erl and what the peers share
     * ({@code otp_peer.erl}) into {@code dir} and compiles them there.
     */
    public static void compile(Path dir, String dictionary, String client) throws InterruptedException {
        compile(dir, List.of(dictionary), client);
    }

    /**
     * The same with several dictionaries, compiled in order: one may inherit AVPs from those
     * before it ({@code @inherits}, which diameterc finds in {@code dir}).
     */
    public static void compile(Path dir, List<String> dictionaries, String client) throws InterruptedException {
        List<String> files = new java.util.ArrayList<>(dictionaries.stream().map(d -> d + ".dia").toList());
        files.addAll(List.of(client + ".erl", "otp_peer.erl"));
        try {
            Files.createDirectories(dir);
            for (String f : files) {
                try (InputStream in = Erlang.class.getResourceAsStream("/erlang/" + f)) {
                    Files.copy(in, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String d : dictionaries) {
            run(dir, Duration.ofSeconds(60), line -> { }, "diameterc", "-i", ".", "-o", ".", d + ".dia");
            run(dir, Duration.ofSeconds(60), line -> { }, "erlc", d + ".erl");
        }
        run(dir, Duration.ofSeconds(60), line -> { }, "erlc", "otp_peer.erl", client + ".erl");
    }

    /** Runs {@code client}'s main with {@code args} in {@code dir}; its lines, once it exited 0 within 60 s. */
    public static List<String> client(Path dir, String client, Consumer<String> onLine, String... args)
            throws InterruptedException {
        String[] command = Stream.concat(Stream.of("erl", "-noshell", "-pa", ".", "-s", client, "main"),
                Stream.of(args)).toArray(String[]::new);
        return run(dir, Duration.ofSeconds(60), onLine, command);
    }

    /**
     * Runs {@code command} in {@code dir}, handing each output line (stdout and stderr) to
     * {@code onLine} as it is printed; all of them, after it exited 0 within {@code max}. What
     * {@code onLine} throws (a test's step that failed) fails the run with its cause, once the
     * command ended; the lines after it are still read.
     */
    public static List<String> run(Path dir, Duration max, Consumer<String> onLine, String... command)
            throws InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = new CopyOnWriteArrayList<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                    try {
                        onLine.accept(line);
                    } catch (RuntimeException | AssertionError e) {
                        failed.compareAndSet(null, new AssertionError("on the line '" + line + "'", e));
                    }
                }
            } catch (IOException e) {
                lines.add("(output unreadable: " + e + ")");
            }
        });
        boolean ended = p.waitFor(max.toMillis(), TimeUnit.MILLISECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        reader.join(5_000);
        if (failed.get() != null) {
            throw new AssertionError("a step of the test failed; output: " + lines, failed.get());
        }
        assertThat(ended).as("%s ended within %s; output: %s", String.join(" ", command), max, lines).isTrue();
        assertThat(p.exitValue()).as("%s exit status; output: %s", String.join(" ", command), lines).isZero();
        return lines;
    }

    /** The client's own lines among {@code printed} (erl itself may print a warning first). */
    public static List<String> events(List<String> printed) {
        return printed.stream().filter(l -> l.equals("up") || l.equals("down") || l.matches("[a-z]+ [a-z]+=.*"))
                .toList();
    }

    /** The "answer name=N k=v ..." lines, by name. */
    public static Map<String, Map<String, String>> answers(List<String> out) {
        Map<String, Map<String, String>> answers = new LinkedHashMap<>();
        for (String line : out) {
            if (line.startsWith("answer ")) {
                Map<String, String> fields = fields(line);
                answers.put(fields.get("name"), fields);
            }
        }
        return answers;
    }

    /** The k=v fields of one line, after its first word. */
    public static Map<String, String> fields(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String kv : line.substring(line.indexOf(' ') + 1).split(" ")) {
            int eq = kv.indexOf('=');
            fields.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return fields;
    }

    private static boolean onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        return Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, name)).anyMatch(Files::isExecutable);
    }
}
