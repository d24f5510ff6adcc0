package io.pcrfd.pcrf.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line maps onto {@link BenchOptions}; mistakes are usage errors (exit 2). */
class BenchCommandTest {

    private static BenchCommand parse(String... args) {
        BenchCommand c = new BenchCommand();
        new CommandLine(c).parseArgs(args);
        return c;
    }

    @Test
    void anOpenLoopOnIpv6WithShortTimes() {
        BenchOptions o = parse("--target", "[::1]:3868", "--sessions-per-second", "7500", "--connections", "8",
                "--duration", "45s", "--warmup", "500ms", "--timeout", "2", "--server-pid", "42").options();
        assertThat(o.host()).isEqualTo("::1");
        assertThat(o.port()).isEqualTo(3868);
        assertThat(o.load()).isEqualTo(new LoadModel.OpenLoop(7500));
        assertThat(o.load().describe(o.stepsPerSession())).isEqualTo("open loop, 7500 sessions/s (30000 requests/s offered)");
        assertThat(o.connections()).isEqualTo(8);
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(45));
        assertThat(o.warmup()).isEqualTo(Duration.ofMillis(500));
        assertThat(o.requestTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(o.serverPid()).isEqualTo(42);
        assertThat(o.countBounded()).isFalse();
    }

    @Test
    void anOpenLoopCanBeGivenInRequestsPerSecond() {
        BenchOptions o = parse("--target", "127.0.0.1:3868", "--requests-per-second", "300000").options();
        assertThat(o.load()).isEqualTo(new LoadModel.OpenLoop(75_000));
        assertThat(o.load().describe(o.stepsPerSession())).isEqualTo("open loop, 75000 sessions/s (300000 requests/s offered)");
        assertThatThrownBy(() -> parse("--target", "h:1", "--requests-per-second", "8", "--in-flight", "8"))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("mutually exclusive");
    }

    @Test
    void theDefaultsAreAClosedLoopOf64OverFourConnectionsFor30Seconds() {
        BenchOptions o = parse("--target", "pcrf.example:3868").options();
        assertThat(o.load()).isEqualTo(new LoadModel.ClosedLoop(64));
        assertThat(o.connections()).isEqualTo(4);
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.warmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(o.threads()).isEqualTo(1);
        assertThat(o.originHostOf(0)).isEqualTo("c1.bench.pcrfd.local");
        assertThat(o.flush()).isEqualTo(FlushMode.PER_READ);
    }

    @Test
    void requestsCanBeFlushedOneBySegment() {
        assertThat(parse("--target", "h:1", "--flush", "per-request").options().flush())
                .isEqualTo(FlushMode.PER_REQUEST);
        assertThat(parse("--target", "h:1", "--flush", "per-read").options().flush()).isEqualTo(FlushMode.PER_READ);
    }

    @Test
    void updatesSetTheCcrUPerSessionAndTheOpenLoopDividesRequestsPerSecondByTheSteps() {
        assertThat(parse("--target", "h:1").options().updates()).as("today's mix by default").isEqualTo(2);
        BenchOptions none = parse("--target", "h:1", "--updates", "0", "--requests-per-second", "300000").options();
        assertThat(none.updates()).isZero();
        assertThat(none.stepsPerSession()).isEqualTo(2);
        assertThat(none.mix()).isEqualTo("CCR-I, CCR-T");
        assertThat(none.load()).as("CCR-I and CCR-T per session").isEqualTo(new LoadModel.OpenLoop(150_000));
        assertThat(none.load().describe(none.stepsPerSession()))
                .isEqualTo("open loop, 150000 sessions/s (300000 requests/s offered)");
        BenchOptions eight = parse("--target", "h:1", "--updates", "8", "--sessions-per-second", "100").options();
        assertThat(eight.mix()).isEqualTo("CCR-I, 8 x CCR-U, CCR-T");
        assertThat(eight.load().describe(eight.stepsPerSession()))
                .isEqualTo("open loop, 100 sessions/s (1000 requests/s offered)");
        assertThat(parse("--target", "h:1", "--updates", "1").options().mix()).isEqualTo("CCR-I, CCR-U, CCR-T");
        BenchOptions cold = parse("--target", "h:1", "--updates", "0", "--cold-start").options();
        assertThat(cold.updates()).isZero();
        assertThat(cold.load()).isEqualTo(new LoadModel.OpenLoop(1000));
        assertThat(cold.withFlush(FlushMode.PER_REQUEST).updates()).as("kept by withFlush").isZero();
    }

    @Test
    void updatesOutsideZeroToEightAreOneReadableLineAndExit2() {
        assertThat(pcrfd("bench", "--target", "127.0.0.1:1", "--updates", "9"))
                .isEqualTo("2 pcrfd bench: --updates must be between 0 and 8, not 9");
        assertThat(pcrfd("bench", "--target", "127.0.0.1:1", "--updates", "-1", "--requests-per-second", "1000"))
                .isEqualTo("2 pcrfd bench: --updates must be between 0 and 8, not -1");
        assertThat(pcrfd("bench", "--target", "127.0.0.1:1", "--updates", "-2", "--requests-per-second", "1000"))
                .as("checked before the rate is divided by the steps").isEqualTo("2 pcrfd bench: --updates must be "
                        + "between 0 and 8, not -2");
        assertThat(pcrfd("bench", "--target", "127.0.0.1:1", "--updates", "two")).isEqualTo("2 pcrfd bench: "
                + "Invalid value for option '--updates': 'two' is not an int (see 'pcrfd bench --help')");
        BenchOptions o = parse("--target", "h:1").options();
        assertThatThrownBy(() -> o.withUpdates(9)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--updates must be between 0 and 8, not 9");
    }

    @Test
    void bothPacingsAtOnceOrABadTargetAreRefused() {
        assertThatThrownBy(() -> parse("--target", "h:1", "--in-flight", "8", "--sessions-per-second", "10"))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("mutually exclusive");
        assertThatThrownBy(() -> parse("--target", "h").options())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--target must be HOST:PORT, not h");
        assertThatThrownBy(() -> parse("--target", "h:1", "--in-flight", "2", "--connections", "4").options())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--in-flight must be at least --connections");
    }

    @Test
    void aColdStartRunsAnOpenLoopOf1000SessionsPerSecondFromTheFirstRequestOverTheFirst10Seconds() {
        BenchOptions o = parse("--target", "127.0.0.1:3868", "--cold-start").options();
        assertThat(o.coldStart()).isTrue();
        assertThat(o.load()).isEqualTo(new LoadModel.OpenLoop(1000));
        assertThat(o.warmup()).as("no ramp: the full rate at once").isZero();
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(10));
        BenchOptions given = parse("--target", "127.0.0.1:3868", "--cold-start", "--requests-per-second", "8000",
                "--duration", "3s").options();
        assertThat(given.load()).isEqualTo(new LoadModel.OpenLoop(2000));
        assertThat(given.duration()).isEqualTo(Duration.ofSeconds(3));
        assertThat(parse("--target", "127.0.0.1:3868").options().coldStart()).isFalse();
    }

    @Test
    void aColdStartWithAClosedLoopAWarmUpOrACountIsAUsageError() {
        String refusal = "2 pcrfd bench: --cold-start runs an open loop from the first request: give "
                + "--sessions-per-second or --requests-per-second, and no --warmup or --sessions";
        assertThat(pcrfd("bench", "--target", "127.0.0.1:1", "--cold-start", "--in-flight", "8")).isEqualTo(refusal);
        assertThat(pcrfd("bench", "--target", "127.0.0.1:1", "--cold-start", "--warmup", "5s")).isEqualTo(refusal);
        assertThat(pcrfd("bench", "--target", "127.0.0.1:1", "--cold-start", "--sessions", "10")).isEqualTo(refusal);
    }

    @Test
    void anImpossibleValueExitsWithTheUsageCodeAndOneLine() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("--target", "127.0.0.1:1", "--connections", "0");
        assertThat(exit).isEqualTo(BenchCommand.USAGE);
        assertThat(err.toString().strip()).isEqualTo("pcrfd bench: --connections must be between 1 and 99");
    }

    /** Through the real entry point: one line naming the option and where help is, exit 2, no run. */
    @Test
    void badOptionValuesAreOneReadableLineAndExit2(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        assertThat(pcrfd("bench", "--target", "127.0.0.1:1", "--duration", "soon")).isEqualTo("2 pcrfd bench: Invalid "
                + "value for option '--duration': 'soon' is not a time (examples: 30s, 500ms, 2m, or 30 for seconds) "
                + "(see 'pcrfd bench --help')");
        assertThat(pcrfd("bench", "--target", "127.0.0.1:1", "--connections", "four")).isEqualTo("2 pcrfd bench: "
                + "Invalid value for option '--connections': 'four' is not an int (see 'pcrfd bench --help')");
        assertThat(pcrfd("bench", "--target", "127.0.0.1:1", "--warmup", "-1s"))
                .isEqualTo("2 pcrfd bench: --sessions, --warmup, --duration and --timeout must be positive");
        assertThat(pcrfd("bench", "--target", "127.0.0.1:1", "--report", dir.resolve("no/such/dir.json").toString()))
                .isEqualTo("2 pcrfd bench: --report " + dir.resolve("no/such/dir.json") + ": not a file in a "
                        + "writable directory");
        assertThat(pcrfd("bench", "--target", "127.0.0.1:1", "--bogus")).startsWith("2 pcrfd bench: Unknown option: "
                + "'--bogus'").doesNotContain("\n");
        assertThat(pcrfd("bench", "--target", "127.0.0.1:1", "--flush", "often"))
                .isEqualTo("2 pcrfd bench: --flush must be per-read or per-request, not often");
        assertThat(pcrfd("bench", "--quiet")).isEqualTo("2 pcrfd bench: Missing required option: "
                + "'--target=HOST:PORT' (see 'pcrfd bench --help')");
    }

    /** The exit code and standard error (one line expected) of {@code pcrfd ARGS}; nothing on standard output. */
    private static String pcrfd(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = io.pcrfd.pcrf.cli.PcrfdMain.execute(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).hasSize(1);
        return exit + " " + err.toString().strip();
    }

    @Test
    void helpListsTheOptions() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString()).contains("--target=HOST:PORT", "--in-flight=M", "--sessions-per-second=R",
                "--server-pid=PID", "--warmup=TIME", "--report=FILE", "--quiet", "--flush=MODE",
                "--cold-start", "--updates=N", "CCR-U per session");
    }
}
