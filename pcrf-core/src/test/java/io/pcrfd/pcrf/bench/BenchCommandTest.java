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
        assertThat(o.load().describe()).isEqualTo("open loop, 7500 sessions/s (30000 requests/s offered)");
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
        assertThat(o.load().describe()).isEqualTo("open loop, 75000 sessions/s (300000 requests/s offered)");
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
    void anImpossibleValueExitsWithTheUsageCodeAndOneLine() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("--target", "127.0.0.1:1", "--connections", "0");
        assertThat(exit).isEqualTo(BenchCommand.USAGE);
        assertThat(err.toString().strip()).isEqualTo("pcrfd bench: --connections must be between 1 and 99");
    }

    @Test
    void helpListsTheOptions() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString()).contains("--target=HOST:PORT", "--in-flight=M", "--sessions-per-second=R",
                "--server-pid=PID", "--warmup=TIME");
    }
}
