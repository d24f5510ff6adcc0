package io.pcrfd.pcrf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.node.NodeEnvironment;
import io.pcrfd.pcrf.node.PcrfNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code pcrfd bench --report FILE} after a real time-bounded run (1 s warm-up, 2 s measured)
 * against an in-process PCRF on 127.0.0.1: the JSON holds what the run did, and standard error
 * had one progress line per second with the same figures.
 */
@Timeout(60)
class BenchJsonReportTest {
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
    /** A second without answers (a cold server's first) has no p99: "-". */
    private static final String SECOND_LINE = "pcrfd bench: +\\d+ s (warm-up|measure) +[\\d,]+ requests/s  "
            + "p99 +(?:[\\d.]+ ms|-) +errors 0 \\(answers 0, timeouts 0\\)  refused 0";

    @Test
    void aTimedRunWritesItsOptionsTotalsPercentilesResultCodesAndSeconds(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bench.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PcrfNode pcrf = PcrfNode.start(ConfigLoader.load(CONFIG, dir, Map.of()),
                NodeEnvironment.DEFAULTS.withEphemeralPorts(true))) {
            int port = pcrf.diameterAddresses().get(0).getPort();
            // a count-bounded run first, so that a cold JVM on a busy machine does not spend the window compiling
            assertThat(new CommandLine(new BenchCommand()).setOut(new PrintWriter(new StringWriter()))
                    .setErr(new PrintWriter(new StringWriter())).execute("--target", "127.0.0.1:" + port,
                            "--connections", "2", "--in-flight", "4", "--sessions", "200", "--quiet"))
                    .isEqualTo(BenchCommand.OK);
            BenchCommand command = new BenchCommand();
            command.progressMode = ProgressOutput.Mode.LINES;
            CommandLine cli = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
            exit = cli.execute("--target", "127.0.0.1:" + port,
                    "--connections", "2", "--in-flight", "4", "--warmup", "1s", "--duration", "2s",
                    "--timeout", "10s", "--report", file.toString());
        }
        assertThat(exit).as(err.toString()).isEqualTo(BenchCommand.OK);
        JsonNode report = new ObjectMapper().readTree(file.toFile());

        assertThat(report.at("/options/connections").asInt()).isEqualTo(2);
        assertThat(report.at("/options/load/model").asText()).isEqualTo("closed");
        assertThat(report.at("/options/load/inFlight").asInt()).isEqualTo(4);
        assertThat(report.at("/options/durationSeconds").asDouble()).isEqualTo(2.0);
        assertThat(report.at("/window/seconds").asDouble()).isEqualTo(2.0);

        long requests = report.at("/totals/requests").asLong();
        long succeeded = report.at("/totals/succeeded").asLong();
        assertThat(requests).isPositive().isLessThanOrEqualTo(succeeded);
        assertThat(report.at("/totals/sent").asLong()).isEqualTo(report.at("/totals/answered").asLong())
                .isEqualTo(succeeded);
        assertThat(report.at("/totals/errors").asLong()).isZero();
        assertThat(report.at("/rate/requestsPerSecond").asDouble()).isCloseTo(requests / 2.0,
                org.assertj.core.data.Offset.offset(0.5));
        assertThat(report.at("/resultCodes")).hasSize(1);
        assertThat(report.at("/resultCodes/2001").asLong()).isEqualTo(succeeded);
        assertThat(report.at("/refusals").asLong()).isZero();
        assertThat(report.at("/timeouts").asLong()).isZero();

        JsonNode latency = report.at("/latencyMs");
        assertThat(latency.get("count").asLong()).isEqualTo(requests);
        List<Double> ordered = List.of(latency.get("p50").asDouble(), latency.get("p90").asDouble(),
                latency.get("p99").asDouble(), latency.get("p99.9").asDouble(), latency.get("max").asDouble());
        assertThat(ordered.get(0)).isPositive();
        assertThat(ordered).isSorted();
        assertThat(ordered.get(4)).as("below the 10 s timeout").isLessThan(10_000);
        assertThat(report.at("/refusedLatencyMs/p99").isNull()).as("no refusal, no figure").isTrue();

        JsonNode series = report.at("/series");
        double warmUp = 0;
        double measured = 0;
        long inSeries = 0;
        for (JsonNode s : series) {
            // about a second each; a busy machine may take the sample late, never early
            assertThat(s.get("seconds").asDouble()).isBetween(0.1, 3.0);
            assertThat(s.get("errors").asLong()).isZero();
            warmUp += s.get("phase").asText().equals("warm-up") ? s.get("seconds").asDouble() : 0;
            measured += s.get("phase").asText().equals("measure") ? s.get("seconds").asDouble() : 0;
            inSeries += s.get("requests").asLong();
        }
        assertThat(series.get(0).get("phase").asText()).isEqualTo("warm-up");
        assertThat(series.get(series.size() - 1).get("phase").asText()).isEqualTo("measure");
        assertThat(warmUp).isPositive();
        assertThat(measured).isPositive();
        assertThat(warmUp + measured).as("the 1 s warm-up and the 2 s window, each phase's tail under 0.1 s "
                + "left out").isGreaterThan(2.8);
        assertThat(inSeries).as("the series covers the window, not the drain after it").isBetween(requests, succeeded);

        List<String> secondLines = err.toString().lines().filter(l -> l.matches(".* s (warm-up|measure) .*")).toList();
        assertThat(secondLines).hasSize(series.size()).allMatch(l -> l.matches(SECOND_LINE));
        assertThat(out.toString()).contains("requests     " + String.format("%,d", requests) + " answered 2001");
    }
}
