package io.pcrfd.it.seagull;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The seagull binary and {@code config/seagull/run.sh}: finds seagull, starts a scenario run and
 * reads seagull's statistics when it is over.
 */
final class Seagull {
    /** The repository's {@code config/seagull} (this module runs in src/test-it). */
    static final Path CONFIG = Path.of("../../config/seagull").toAbsolutePath().normalize();

    private Seagull() {
    }

    /** {@code $SEAGULL_HOME/bin/seagull}, else {@code seagull} on {@code PATH}. */
    static Optional<Path> find() {
        String home = System.getenv("SEAGULL_HOME");
        if (home != null && !home.isBlank()) {
            return executable(Path.of(home, "bin", "seagull"));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Optional<Path> found = dir.isEmpty() ? Optional.empty() : executable(Path.of(dir, "seagull"));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> executable(Path p) {
        return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }

    /** Why the scenario tests skip when {@link #find()} is empty. */
    static String missing() {
        return "seagull not found (SEAGULL_HOME=" + System.getenv("SEAGULL_HOME")
                + ", nor on PATH): the seagull scenario tests are skipped; README, \"Driving pcrfd with seagull\"";
    }

    /** Starts {@code run.sh scenario args... --out out} with seagull {@code binary}. */
    static Running start(Path binary, Path out, String scenario, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", CONFIG.resolve("run.sh").toString(), scenario));
        command.addAll(List.of(args));
        command.addAll(List.of("--out", out.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolveSibling(out.getFileName() + ".out").toFile());
        pb.environment().put("SEAGULL", binary.toString());
        try {
            return new Running(pb.start(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A run under way. */
    record Running(Process process, Path out) {
        /** Waits for run.sh to end (it bounds the run itself with --timeout); fails past {@code max}. */
        Run await(Duration max) {
            try {
                if (!process.waitFor(max.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroy);
                    process.destroy();
                    throw new AssertionError("run.sh still running after " + max + "; files in " + out);
                }
                Path log = out.resolveSibling(out.getFileName() + ".out");
                return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8).strip(),
                        totals(out.resolve("stat.csv")), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * A finished run: run.sh's exit status and summary line, and seagull's totals, the last line
     * of its stat file by column name ({@code TrafficSuccessfulCall(C)}, {@code FailedCall(C)}, ...).
     */
    record Run(int exitStatus, String summary, Map<String, String> totals, Path out) {
        long total(String column) {
            String value = totals.get(column);
            if (value == null) {
                throw new AssertionError("no column " + column + " in " + out.resolve("stat.csv"));
            }
            return Long.parseLong(value.strip());
        }
    }

    private static Map<String, String> totals(Path statFile) throws IOException {
        if (!Files.isRegularFile(statFile)) {
            return Map.of();
        }
        List<String> lines = Files.readAllLines(statFile, StandardCharsets.ISO_8859_1).stream()
                .filter(l -> !l.isBlank()).toList();
        Map<String, String> totals = new HashMap<>();
        if (lines.size() >= 2) {
            String[] names = lines.get(0).split(";", -1);
            String[] values = lines.get(lines.size() - 1).split(";", -1);
            for (int i = 0; i < Math.min(names.length, values.length); i++) {
                totals.put(names[i], values[i]);
            }
        }
        return totals;
    }
}
