package io.pcrfd.it.compare;

import io.pcrfd.pcrf.bench.BenchResult;
import io.pcrfd.pcrf.bench.FlushMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The comparison's runs, one Markdown row each, and the medians per server and packing. */
final class ComparisonTable {
    private static final String JDIAMETER = "jDiameter";

    private final List<ServerUnderTest> servers;
    private final List<FlushMode> modes;
    private final Map<String, List<BenchResult>> runs = new LinkedHashMap<>();
    private final StringBuilder rows = new StringBuilder(
            "| server | flush | requests/s | p50 ms | p99 ms | server CPU µs/req | refused 3004 |\n|---|---|---|---|---|---|---|\n");

    ComparisonTable(List<ServerUnderTest> servers, List<FlushMode> modes) {
        this.servers = servers;
        this.modes = modes;
    }

    /** Records one run; returns its row. */
    String add(ServerUnderTest s, FlushMode mode, BenchResult r) {
        runs.computeIfAbsent(key(s.name(), mode), k -> new ArrayList<>()).add(r);
        String row = String.format(Locale.ROOT, "| %s | %s | %,.0f | %.3f | %.3f | %.1f | %,d |%n", s.name(),
                mode.option(), r.requestsPerSecond(), ms(r.latency().getValueAtPercentile(50)),
                ms(r.latency().getValueAtPercentile(99)), r.serverMicrosPerRequest(), r.refusedInWindow());
        rows.append(row);
        return row;
    }

    /** Every run, then the medians and each pcrfd's ratio of CPU per request to jDiameter's. */
    String summary(String loadAfter) {
        StringBuilder b = new StringBuilder("Runs (in order):\n\n").append(rows).append('\n');
        b.append("Medians:\n\n| server | flush | requests/s | p99 ms | server CPU µs/req | CPU / jDiameter's |\n")
                .append("|---|---|---|---|---|---|\n");
        for (FlushMode mode : modes) {
            double jd = median(JDIAMETER, mode, BenchResult::serverMicrosPerRequest);
            for (ServerUnderTest s : servers) {
                double cpu = median(s.name(), mode, BenchResult::serverMicrosPerRequest);
                b.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %.3f | %.1f | %s |%n", s.name(), mode.option(),
                        median(s.name(), mode, BenchResult::requestsPerSecond),
                        median(s.name(), mode, r -> ms(r.latency().getValueAtPercentile(99))), cpu,
                        Double.isNaN(jd) || s.name().equals(JDIAMETER) ? "" : String.format(Locale.ROOT, "%.2f", cpu / jd)));
            }
        }
        return b.append("\nload average after the runs: ").append(loadAfter).append('\n').toString();
    }

    private double median(String server, FlushMode mode, ToDoubleFunction<BenchResult> f) {
        List<BenchResult> rs = runs.get(key(server, mode));
        if (rs == null || rs.isEmpty()) {
            return Double.NaN;
        }
        double[] v = rs.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String key(String server, FlushMode mode) {
        return server + "/" + mode.option();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
