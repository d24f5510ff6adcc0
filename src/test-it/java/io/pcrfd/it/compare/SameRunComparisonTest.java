package io.pcrfd.it.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.it.Erlang;
import io.pcrfd.pcrf.bench.BenchOptions;
import io.pcrfd.pcrf.bench.BenchResult;
import io.pcrfd.pcrf.bench.FlushMode;
import io.pcrfd.pcrf.bench.GxLoadDriver;
import io.pcrfd.pcrf.bench.LoadModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Same-run CPU comparison (a benchmark, off unless {@code PCRFD_COMPARE=1}; see BENCHMARKS.md,
 * "Same-run comparison with jDiameter"). One driver, {@code pcrfd bench}'s ({@link GxLoadDriver},
 * in this JVM), drives in turn pcrfd with its default policy, pcrfd's peer layer with a trivial
 * Gx handler ({@link PeerLayerGxServer}), jDiameter's trivial Gx server ({@link
 * JdiameterGxServer}) and, where Erlang/OTP is installed, OTP's diameter application answering
 * the same CCA 2001 ({@code otp_gx_server.erl}), each started fresh in a process of its own
 * for every run, so that its CPU time is read from {@code /proc/PID/stat}. Both packings of
 * requests into segments are run ({@link FlushMode}), and each session mix asked for
 * ({@code pcrfd bench --updates}: CCR-U per session, 2 unless told; 0 is CCR-I then CCR-T, as
 * many Gx load clients send); runs are interleaved (the order of the servers alternates from
 * round to round) and each figure is the median of the rounds.
 *
 * <p>Environment: {@code PCRFD_COMPARE_ROUNDS} (3), {@code PCRFD_COMPARE_WARMUP} (10 s),
 * {@code PCRFD_COMPARE_SECONDS} (15 s), {@code PCRFD_COMPARE_JVM} (server JVM options,
 * {@code -Xms1g -Xmx1g}), {@code PCRFD_COMPARE_MODES} ({@code per-read,per-request}),
 * {@code PCRFD_COMPARE_UPDATES} (CCR-U per session, a list: {@code 2}; {@code 0,2} runs both),
 * {@code PCRFD_COMPARE_JARS} (more pcrfd builds to compare, {@code NAME=PATH,...}) and
 * {@code PCRFD_COMPARE_SERVERS} (which of {@code pcrfd,pcrfd-peer,jDiameter,erlang} and the
 * jars' names to run).
 * The table goes to standard output (in the surefire report) and to
 * {@code target/same-run-comparison.md}; each run's row is also appended to
 * {@code target/same-run-comparison/runs.md} as it ends. A run with errors is run once more
 * with a fresh server (its row kept in {@code runs.md}, marked discarded); a second one fails
 * the comparison.
 */
@EnabledIfEnvironmentVariable(named = "PCRFD_COMPARE", matches = "1")
class SameRunComparisonTest {
    private static final Path DIR = Path.of("target", "same-run-comparison");

    @Test
    void pcrfdAgainstJdiameterSameDriverSameRun() throws Exception {
        int rounds = Integer.parseInt(env("PCRFD_COMPARE_ROUNDS", "3"));
        List<FlushMode> modes = Arrays.stream(env("PCRFD_COMPARE_MODES", "per-read,per-request").split(","))
                .map(String::trim).map(FlushMode::parse).toList();
        List<Integer> mixes = updates(env("PCRFD_COMPARE_UPDATES", "2"));
        List<ServerUnderTest> servers = servers();
        List<String> jvm = List.of(env("PCRFD_COMPARE_JVM", "-Xms1g -Xmx1g").trim().split("\\s+"));
        ComparisonTable table = new ComparisonTable(servers, modes, mixes);
        Files.createDirectories(DIR);
        Files.deleteIfExists(DIR.resolve("runs.md"));
        for (int round = 0; round < rounds; round++) {
            for (int updates : mixes) {
                for (FlushMode mode : modes) {
                    for (int i = 0; i < servers.size(); i++) {
                        // alternate the order, so neither server always runs on a machine the other just heated
                        ServerUnderTest s = servers.get(round % 2 == 0 ? i : servers.size() - 1 - i);
                        record(table, s, mode, runOnceMore(table, s, mode, updates, jvm));
                    }
                }
            }
        }
        String report = table.summary(loadAverage());
        System.out.println(report);
        Files.writeString(Path.of("target", "same-run-comparison.md"), report, StandardCharsets.UTF_8);
    }

    /**
     * The run, or when it had errors (a server losing a connection under load: jDiameter's
     * "Transport exception" now and then) a second run with a fresh server, the first one's row
     * kept in {@code runs.md} as discarded. A second run with errors fails the comparison.
     */
    private static BenchResult runOnceMore(ComparisonTable table, ServerUnderTest s, FlushMode mode, int updates,
                                           List<String> jvm) throws Exception {
        BenchResult first = run(s, mode, updates, jvm);
        if (first.errors() == 0) {
            return first;
        }
        String row = table.row(s, mode, first);
        String note = "discarded (" + first.errors() + " errors), run again: " + row;
        System.out.print(note);
        Files.writeString(DIR.resolve("runs.md"), note, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return run(s, mode, updates, jvm);
    }

    private static void record(ComparisonTable table, ServerUnderTest s, FlushMode mode, BenchResult r)
            throws java.io.IOException {
        String row = table.add(s, mode, r);
        System.out.println(row);
        // as it goes, for a long run watched from another terminal
        Files.writeString(DIR.resolve("runs.md"), row, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        String what = s.name() + " " + mode.option() + " " + r.options().mix();
        assertThat(r.errors()).as("errors in the run of " + what).isZero();
        assertThat(r.requests()).as("answers in the window of " + what).isPositive();
    }

    /**
     * {@code PCRFD_COMPARE_UPDATES}: CCR-U per session, comma-separated, each 0 to {@value
     * BenchOptions#MAX_UPDATES}; checked before any server starts.
     */
    static List<Integer> updates(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).map(SameRunComparisonTest::oneMix).distinct()
                .toList();
    }

    private static int oneMix(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 0 && n <= BenchOptions.MAX_UPDATES) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new IllegalArgumentException("PCRFD_COMPARE_UPDATES: '" + text + "' is not a number of CCR-U per "
                + "session from 0 to " + BenchOptions.MAX_UPDATES);
    }

    private static BenchResult run(ServerUnderTest s, FlushMode mode, int updates, List<String> jvm)
            throws Exception {
        String load = loadAverage();
        try (ChildServer server = s.start(jvm, DIR)) {
            BenchOptions o = new BenchOptions("127.0.0.1", server.port(), 4, new LoadModel.ClosedLoop(64),
                    Duration.ofSeconds(Long.parseLong(env("PCRFD_COMPARE_WARMUP", "10"))),
                    Duration.ofSeconds(Long.parseLong(env("PCRFD_COMPARE_SECONDS", "15"))), 0,
                    BenchOptions.DEFAULT_ORIGIN_HOST, BenchOptions.DEFAULT_REALM, ServerUnderTest.REALM,
                    BenchOptions.DEFAULT_APN, BenchOptions.DEFAULT_REQUEST_TIMEOUT, 1, server.pid(), 0).withFlush(mode)
                    .withUpdates(updates);
            System.out.println("run " + server + " flush " + mode.option() + ", sessions of " + o.mix()
                    + ", load average before: " + load);
            return GxLoadDriver.run(o, line -> { });
        }
    }

    private static List<ServerUnderTest> servers() {
        List<ServerUnderTest> all = new ArrayList<>(List.of(ServerUnderTest.pcrfdFromClassPath(),
                ServerUnderTest.peerLayer(), ServerUnderTest.jdiameter()));
        if (Erlang.available()) {
            all.add(ServerUnderTest.erlang());
        }
        String jars = env("PCRFD_COMPARE_JARS", "");
        for (String spec : jars.isBlank() ? new String[0] : jars.split(",")) {
            all.add(ServerUnderTest.pcrfdJar(spec.trim()));
        }
        List<String> wanted = List.of(env("PCRFD_COMPARE_SERVERS", String.join(",",
                all.stream().map(ServerUnderTest::name).toList())).split(","));
        return all.stream().filter(s -> wanted.contains(s.name())).toList();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v != null ? v : otherwise;
    }
}
