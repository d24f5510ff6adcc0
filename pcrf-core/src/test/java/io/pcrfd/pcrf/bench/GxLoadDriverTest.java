package io.pcrfd.pcrf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.cli.PcrfdMain;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.node.NodeEnvironment;
import io.pcrfd.pcrf.node.PcrfNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The driver against an in-process PCRF on 127.0.0.1: bounded runs, every answer accounted for. */
@Timeout(60)
class GxLoadDriverTest {
    private static final String CONFIG = """
            diameter:
              originHost: pcrf.bench.test
              originRealm: pcrfd.local
              listen: [{address: 127.0.0.1, port: 3868}]
              # the driver's accounting is under test, not admission control: on a busy machine
              # a queue older than maxQueueDelay would refuse CCR-Is (3004) and change the counts
              overload: {enabled: false}
            rest: {enabled: false}
            store: {snapshot: {enabled: false}}
            """;

    private static PcrfNode pcrf(String yaml, Path dir) {
        return PcrfNode.start(ConfigLoader.load(yaml, dir, Map.of()),
                NodeEnvironment.DEFAULTS.withEphemeralPorts(true));
    }

    private static BenchOptions options(PcrfNode pcrf, int connections, LoadModel load, long sessions) {
        return new BenchOptions("127.0.0.1", pcrf.diameterAddresses().get(0).getPort(), connections, load,
                Duration.ZERO, Duration.ofSeconds(30), sessions, BenchOptions.DEFAULT_ORIGIN_HOST,
                BenchOptions.DEFAULT_REALM, BenchOptions.DEFAULT_DESTINATION_REALM, BenchOptions.DEFAULT_APN,
                Duration.ofSeconds(5), 1, ProcessHandle.current().pid(), 0);
    }

    @Test
    void aClosedLoopRunAnswersEveryRequestWith2001AndRecordsEachLatency(@TempDir Path dir) {
        List<String> progress = new ArrayList<>();
        try (PcrfNode pcrf = pcrf(CONFIG, dir)) {
            BenchResult r = GxLoadDriver.run(options(pcrf, 3, new LoadModel.ClosedLoop(6), 75), progress::add);

            assertThat(r.requests()).isEqualTo(300);
            assertThat(r.sessions()).isEqualTo(75);
            assertThat(r.sent()).isEqualTo(300);
            assertThat(r.answered()).isEqualTo(300);
            assertThat(r.latency().getTotalCount()).as("every request in the histogram").isEqualTo(300);
            assertThat(r.latency().getMinValue()).isPositive();
            assertThat(r.latency().getMaxValue()).isLessThan(Duration.ofSeconds(5).toNanos());
            assertThat(r.errors()).isZero();
            assertThat(r.failures()).isEmpty();
            assertThat(r.requestsPerSecond()).isPositive();
            assertThat(r.serverCpuNanos()).as("read from /proc/PID/stat").isGreaterThanOrEqualTo(0);
            assertThat(r.serverMemory().known()).as("read from /proc/PID/status").isTrue();
            assertThat(r.refused()).isZero();
            // every CCR-T closed its session, and no End-to-End id was taken for a duplicate
            assertThat(pcrf.admin().counters()).containsEntry("store.sessions", 0L)
                    .containsEntry("diameter.duplicateRequests", 0L);
            assertThat(progress).anyMatch(l -> l.startsWith("connected 3 x 127.0.0.1:"));
        }
    }

    @Test
    void oneRequestPerSegmentIsAnsweredAlike(@TempDir Path dir) {
        try (PcrfNode pcrf = pcrf(CONFIG, dir)) {
            BenchOptions o = options(pcrf, 2, new LoadModel.ClosedLoop(8), 50).withFlush(FlushMode.PER_REQUEST);
            BenchResult r = GxLoadDriver.run(o, l -> { });

            assertThat(r.requests()).isEqualTo(200);
            assertThat(r.answered()).isEqualTo(r.sent());
            assertThat(r.errors()).isZero();
            assertThat(r.options().flush()).isEqualTo(FlushMode.PER_REQUEST);
            assertThat(BenchReport.format(r)).contains("flush per-request");
            assertThat(pcrf.admin().counters()).containsEntry("store.sessions", 0L);
        }
    }

    @Test
    void anOpenLoopRunStartsSessionsOnScheduleAndCountsThemAll(@TempDir Path dir) {
        try (PcrfNode pcrf = pcrf(CONFIG, dir)) {
            long t0 = System.nanoTime();
            BenchResult r = GxLoadDriver.run(options(pcrf, 2, new LoadModel.OpenLoop(200), 40), l -> { });
            long elapsed = System.nanoTime() - t0;

            assertThat(r.requests()).isEqualTo(160);
            assertThat(r.latency().getTotalCount()).isEqualTo(160);
            assertThat(r.errors()).isZero();
            // 20 sessions per connection at 100/s: the last one is scheduled 190 ms after the first
            assertThat(r.windowNanos()).isGreaterThanOrEqualTo(Duration.ofMillis(190).toNanos());
            assertThat(elapsed).isLessThan(Duration.ofSeconds(20).toNanos());
        }
    }

    @Test
    void aTimedRunCountsOnlyItsWindowAndLetsSessionsUnderWayFinish(@TempDir Path dir) {
        try (PcrfNode pcrf = pcrf(CONFIG, dir)) {
            BenchOptions o = options(pcrf, 2, new LoadModel.ClosedLoop(4), 20);
            assertThat(GxLoadDriver.run(o, l -> { }).errors()).as("warm-up run").isZero();
            BenchOptions timed = new BenchOptions(o.host(), o.port(), 2, o.load(), Duration.ofMillis(300),
                    Duration.ofMillis(700), 0, o.originHost(), o.realm(), o.destinationRealm(), o.apn(),
                    o.requestTimeout(), 1, 0, 1000);
            BenchResult r = GxLoadDriver.run(timed, l -> { });

            assertThat(r.windowNanos()).isEqualTo(Duration.ofMillis(700).toNanos());
            assertThat(r.answered()).isPositive();
            assertThat(r.requests()).isLessThanOrEqualTo(r.answered());
            assertThat(r.latency().getTotalCount()).isEqualTo(r.requests());
            assertThat(r.answered()).isEqualTo(r.sent());
            assertThat(r.sent() % timed.stepsPerSession()).as("whole sessions only").isZero();
            assertThat(r.errors()).isZero();
            assertThat(r.serverCpuNanos()).as("no --server-pid").isEqualTo(ProcessCpu.UNKNOWN);
            assertThat(r.serverMemory()).isEqualTo(ServerMemory.UNKNOWN);
            assertThat(pcrf.admin().counters()).containsEntry("store.sessions", 0L);
        }
    }

    @Test
    void refusedSessionsAreErrorsByResultCodeAndTheCommandExitsNonZero(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("policy.yaml"), """
                defaultPlan: basic
                unknownSubscriber: {action: reject, resultCode: 5030}
                subscribers: {}
                plans: {basic: {rules: [{name: base, then: {defaultQos: {qci: 9, arp: {priority: 9}}}}]}}
                """);
        try (PcrfNode pcrf = pcrf(CONFIG + "policy: {file: policy.yaml}\n", dir)) {
            int port = pcrf.diameterAddresses().get(0).getPort();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = withStdout(out, () -> PcrfdMain.execute("bench", "--target", "127.0.0.1:" + port,
                    "--connections", "2", "--in-flight", "4", "--sessions", "10"));

            String report = out.toString(StandardCharsets.UTF_8);
            assertThat(exit).isEqualTo(BenchCommand.ERRORS);
            assertThat(report).contains("ERRORS       10: 10 answered 5030, 0 timeouts")
                    .contains("(10 sent, 10 answered)").contains("!!! this run had errors");
        }
    }

    @Test
    void anUnreachableTargetIsOneLineAndExit3() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = PcrfdMain.execute("bench", "--target", "127.0.0.1:" + port, "--sessions", "1");
        } finally {
            System.setErr(old);
        }
        assertThat(exit).isEqualTo(BenchCommand.CANNOT_RUN);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .startsWith("pcrfd bench: cannot connect to 127.0.0.1:" + port + ": ")
                .doesNotContain("\n");
    }

    /** Runs {@code run} with standard output going to {@code out}; its exit code. */
    static int withStdout(ByteArrayOutputStream out, java.util.function.IntSupplier run) {
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            return run.getAsInt();
        } finally {
            System.setOut(old);
        }
    }
}
