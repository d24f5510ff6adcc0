package io.pcrfd.pcrf.bench;

import java.util.Locale;

/**
 * The lines {@code pcrfd bench --cold-start} adds to the report: how long the port took to
 * accept, the CEA, the first CCR-I's answer, and the window second by second (median, p99 and
 * maximum of the 2001 latencies answered in each second), so that the seconds in which a fresh
 * server was still compiling show apart from the rest.
 */
final class ColdStartReport {
    private ColdStartReport() {
    }

    static String format(BenchResult r) {
        ColdStart c = r.coldStart();
        if (c == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        b.append(BenchReport.line("cold start", "port accepted after %.1f ms of trying; CEA in %.1f ms",
                c.waitedNanos() / 1e6, c.ceaNanos() / 1e6));
        if (c.firstCcaNanos() < 0) {
            b.append(BenchReport.line("first CCA-I", "none answered"));
        } else {
            b.append(BenchReport.line("first CCA-I", "%d in %.1f ms (sent at once after the CEA; %.1f ms after "
                            + "the connection was accepted; slowest first CCA-I of the connections %.1f ms)",
                    c.firstResultCode(), c.firstCcaNanos() / 1e6, c.firstAfterConnectNanos() / 1e6,
                    c.slowestFirstCcaNanos() / 1e6));
        }
        for (Second s : r.series()) {
            b.append(BenchReport.line(String.format(Locale.ROOT, "second %d", s.index()),
                    "%,6d answered 2001  p50 %s  p99 %s  max %s  errors %,d", s.succeeded(), ms(s.p50Nanos()),
                    ms(s.p99Nanos()), ms(s.maxNanos()), s.errors()));
        }
        return b.toString();
    }

    private static String ms(long nanos) {
        return nanos < 0 ? "      -   " : String.format(Locale.ROOT, "%7.3f ms", nanos / 1e6);
    }
}
