package io.pcrfd.it.compare;

import io.pcrfd.pcrf.bench.BenchOptions;
import io.pcrfd.pcrf.bench.BenchResult;
import io.pcrfd.pcrf.bench.FlushMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The comparison's runs, one Markdown row each, and the medians per server, session mix (CCR-U
 * per session, {@code pcrfd bench --updates}) and packing; each ratio to jDiameter is taken
 * within the same mix and packing.
 */
final class ComparisonTable {
    private static final String JDIAMETER = "jDiameter";

    private final List<ServerUnderTest> servers;
    private final List<FlushMode> modes;
    private final List<Integer> mixes;
    private final Map<String, List<BenchResult>> runs = new LinkedHashMap<>();
    private final StringBuilder rows = new StringBuilder("| server | mix | flush | requests/s | p50 ms | p99 ms "
            + "| server CPU µs/req | refused 3004 |\n|---|---|---|---|---|---|---|---|\n");

    /** {@code mixes}: the CCR-U per session of the runs, in the order the summary lists them. */
    ComparisonTable(List<ServerUnderTest> servers, List<FlushMode> modes, List<Integer> mixes) {
        this.servers = servers;
        this.modes = modes;
        this.mixes = mixes;
    }

    /** Records one run (its mix is the one its options say); returns its row. */
    String add(ServerUnderTest s, FlushMode mode, BenchResult r) {
        runs.computeIfAbsent(key(s.name(), r.options().updates(), mode), k -> new ArrayList<>()).add(r);
        String row = row(s, mode, r);
        rows.append(row);
        return row;
    }

    /** The row of one run, without recording it (a run discarded for its errors). */
    String row(ServerUnderTest s, FlushMode mode, BenchResult r) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %,.0f | %.3f | %.3f | %.1f | %,d |%n", s.name(),
                r.options().mix(), mode.option(), r.requestsPerSecond(), ms(r.latency().getValueAtPercentile(50)),
                ms(r.latency().getValueAtPercentile(99)), r.serverMicrosPerRequest(), r.refusedInWindow());
    }

    /** Every run, then the medians and each pcrfd's ratio of CPU per request to jDiameter's. */
    String summary(String loadAfter) {
        StringBuilder b = new StringBuilder("Runs (in order):\n\n").append(rows).append('\n');
        b.append("Medians:\n\n| server | mix | flush | requests/s | p99 ms | server CPU µs/req "
                + "| CPU / jDiameter's |\n").append("|---|---|---|---|---|---|---|\n");
        for (int updates : mixes) {
            for (FlushMode mode : modes) {
                medians(b, updates, mode);
            }
        }
        return b.append("\nload average after the runs: ").append(loadAfter).append('\n').toString();
    }

    /** One row per server for one mix and packing. */
    private void medians(StringBuilder b, int updates, FlushMode mode) {
        double jd = median(JDIAMETER, updates, mode, BenchResult::serverMicrosPerRequest);
        for (ServerUnderTest s : servers) {
            String name = s.name();
            double cpu = median(name, updates, mode, BenchResult::serverMicrosPerRequest);
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %,.0f | %.3f | %.1f | %s |%n", name,
                    BenchOptions.mixOf(updates), mode.option(),
                    median(name, updates, mode, BenchResult::requestsPerSecond),
                    median(name, updates, mode, r -> ms(r.latency().getValueAtPercentile(99))), cpu,
                    Double.isNaN(jd) || name.equals(JDIAMETER) ? "" : String.format(Locale.ROOT, "%.2f", cpu / jd)));
        }
    }

    private double median(String server, int updates, FlushMode mode, ToDoubleFunction<BenchResult> f) {
        List<BenchResult> rs = runs.get(key(server, updates, mode));
        if (rs == null || rs.isEmpty()) {
            return Double.NaN;
        }
        double[] v = rs.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String key(String server, int updates, FlushMode mode) {
        return server + "/" + updates + "/" + mode.option();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
