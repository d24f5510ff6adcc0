package io.pcrfd.it.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.pcrf.bench.BenchOptions;
import io.pcrfd.pcrf.bench.BenchResult;
import io.pcrfd.pcrf.bench.FlushMode;
import io.pcrfd.pcrf.bench.LoadModel;
import io.pcrfd.pcrf.bench.ServerMemory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/**
 * The comparison's table with two session mixes: every row names its mix, and the medians and
 * ratios to jDiameter are taken per mix (no run, no server: results made up here).
 */
class ComparisonTableTest {
    private static final ServerUnderTest PCRFD = ServerUnderTest.pcrfdFromClassPath();
    private static final ServerUnderTest JDIAMETER = ServerUnderTest.jdiameter();
    private static final long REQUESTS = 1_000_000;

    /** A 10 s run of {@link #REQUESTS} answers at 1 ms p50 and p99, costing the server {@code micros} each. */
    private static BenchResult run(int updates, double micros) {
        BenchOptions o = new BenchOptions("127.0.0.1", 3868, 4, new LoadModel.ClosedLoop(64), Duration.ofSeconds(1),
                Duration.ofSeconds(10), 0, BenchOptions.DEFAULT_ORIGIN_HOST, BenchOptions.DEFAULT_REALM,
                ServerUnderTest.REALM, BenchOptions.DEFAULT_APN, BenchOptions.DEFAULT_REQUEST_TIMEOUT, 1, 42, 0)
                .withUpdates(updates);
        Histogram latency = new Histogram(60_000_000_000L, 3);
        latency.recordValueWithCount(1_000_000, REQUESTS);
        return new BenchResult(o, Duration.ofSeconds(10).toNanos(), REQUESTS, REQUESTS / o.stepsPerSession(), latency,
                0, 0, new Histogram(60_000_000_000L, 3), REQUESTS, REQUESTS, Map.of(), 0, 0, 0, 0, 0,
                Math.round(micros * 1000 * REQUESTS), -1, new ServerMemory(-1, -1, -1), REQUESTS, List.of(), null);
    }

    @Test
    void eachRowNamesItsMixAndTheRatiosToJdiameterAreTakenWithinTheMix() {
        ComparisonTable table = new ComparisonTable(List.of(PCRFD, JDIAMETER), List.of(FlushMode.PER_READ),
                List.of(0, 2));
        assertThat(table.add(PCRFD, FlushMode.PER_READ, run(0, 8.4)))
                .isEqualTo("| pcrfd | CCR-I, CCR-T | per-read | 100,000 | 1.000 | 1.000 | 8.4 | 0 |\n");
        table.add(JDIAMETER, FlushMode.PER_READ, run(0, 5.6));
        table.add(PCRFD, FlushMode.PER_READ, run(2, 5.3));
        assertThat(table.add(JDIAMETER, FlushMode.PER_READ, run(2, 5.0)))
                .isEqualTo("| jDiameter | CCR-I, 2 x CCR-U, CCR-T | per-read | 100,000 | 1.000 | 1.000 | 5.0 | 0 |\n");
        table.add(PCRFD, FlushMode.PER_READ, run(2, 5.5)); // a second round: the median of 5.3 and 5.5

        String summary = table.summary("0.50 0.40 0.30 1/200 4242");

        assertThat(summary).startsWith("Runs (in order):\n\n| server | mix | flush | requests/s |")
                .contains("| pcrfd | CCR-I, 2 x CCR-U, CCR-T | per-read | 100,000 | 1.000 | 1.000 | 5.5 | 0 |\n")
                .endsWith("load average after the runs: 0.50 0.40 0.30 1/200 4242\n");
        String medians = summary.substring(summary.indexOf("Medians:"));
        assertThat(medians.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| server")).toList())
                .containsExactly(
                        "| pcrfd | CCR-I, CCR-T | per-read | 100,000 | 1.000 | 8.4 | 1.50 |",
                        "| jDiameter | CCR-I, CCR-T | per-read | 100,000 | 1.000 | 5.6 |  |",
                        "| pcrfd | CCR-I, 2 x CCR-U, CCR-T | per-read | 100,000 | 1.000 | 5.4 | 1.08 |",
                        "| jDiameter | CCR-I, 2 x CCR-U, CCR-T | per-read | 100,000 | 1.000 | 5.0 |  |");
    }

    @Test
    void theMixesToRunAreReadFromACommaListAndABadOneIsOneLineBeforeAnyServerStarts() {
        assertThat(SameRunComparisonTest.updates("2")).containsExactly(2);
        assertThat(SameRunComparisonTest.updates(" 0, 2 ,0")).containsExactly(0, 2);
        assertThatThrownBy(() -> SameRunComparisonTest.updates("0,9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PCRFD_COMPARE_UPDATES: '9' is not a number of CCR-U per session from 0 to 8");
        assertThatThrownBy(() -> SameRunComparisonTest.updates("two")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PCRFD_COMPARE_UPDATES: 'two' is not a number of CCR-U per session from 0 to 8");
    }
}
