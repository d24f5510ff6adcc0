package io.pcrfd.pcrf.bench;

import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** The human-readable report of a {@link BenchResult}, as {@code pcrfd bench} prints it. */
final class BenchReport {
    private BenchReport() {
    }

    static String format(BenchResult r) {
        BenchOptions o = r.options();
        double seconds = r.windowNanos() / 1e9;
        StringBuilder b = new StringBuilder();
        b.append(line("target", "%s:%d, %d connection%s, %s, %d driver thread%s, flush %s", o.host(), o.port(),
                o.connections(), o.connections() == 1 ? "" : "s", o.load().describe(o.stepsPerSession()), o.threads(),
                o.threads() == 1 ? "" : "s", o.flush().option()));
        b.append(line("window", o.countBounded() ? "%.2f s (%d sessions, no warm-up)" : "%.2f s after a %d s warm-up",
                seconds, o.countBounded() ? o.sessions() : o.warmup().toSeconds()));
        b.append(line("requests", "%,d answered 2001 in the window = %,.0f requests/s (%,d sessions of %s)",
                r.requests(), r.requestsPerSecond(), r.sessions(), o.mix()));
        b.append(latency("latency ms", r.latency()));
        b.append(ColdStartReport.format(r));
        b.append(refused(r));
        b.append(memory(r.serverMemory(), o.serverPid()));
        b.append(cpu("server CPU", r.serverCpuNanos(), r.serverMicrosPerRequest(), seconds,
                o.serverPid() > 0 ? "pid " + o.serverPid() : null));
        b.append(cpu("driver CPU", r.driverCpuNanos(), r.driverMicrosPerRequest(), seconds, "this process"));
        b.append(errors(r));
        return b.toString();
    }

    private static String latency(String label, Histogram h) {
        if (h.getTotalCount() == 0) {
            return line(label, "no answers in the window");
        }
        return line(label, "p50 %.3f  p90 %.3f  p99 %.3f  p99.9 %.3f  max %.3f  (%,d recorded)",
                ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)), ms(h.getValueAtPercentile(99)),
                ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()), h.getTotalCount());
    }

    /** 3004 answers: the server shedding load (RFC 6733 §7.1.3), not errors; only printed when there are some. */
    private static String refused(BenchResult r) {
        if (r.refused() == 0) {
            return "";
        }
        return line("refused", "%,d answered 3004 TOO_BUSY in the window = %,.0f requests/s (%,d over the run; "
                + "not errors, their sessions were abandoned)", r.refusedInWindow(), r.refusedPerSecond(), r.refused())
                + latency("refused ms", r.refusedLatency());
    }

    private static String memory(ServerMemory m, long pid) {
        if (pid <= 0) {
            return line("server RSS", "not measured (give --server-pid PID)");
        }
        if (!m.known()) {
            return line("server RSS", "unknown (/proc/%d/status not readable)", pid);
        }
        return line("server RSS", "%,d MiB at most during the run, %,d MiB at the end (peak since start %,d MiB)",
                m.maxRss() >> 20, m.endRss() >> 20, m.peak() >> 20);
    }

    private static String cpu(String what, long nanos, double perRequest, double seconds, String whose) {
        if (whose == null) {
            return line(what, "not measured (give --server-pid PID)");
        }
        if (nanos < 0) {
            return line(what, "unknown (%s not readable)", whose);
        }
        return line(what, "%.1f us/request, %.2f cores (%s)", perRequest, nanos / 1e9 / seconds, whose);
    }

    private static String errors(BenchResult r) {
        if (!r.hasErrors()) {
            return line("errors", "none (%,d sent, %,d answered, every result 2001%s)", r.sent(), r.answered(),
                    r.refused() > 0 ? " or 3004" : "");
        }
        StringBuilder b = new StringBuilder();
        b.append(line("ERRORS", "%,d: %s%,d timeouts, %,d unknown answers, %,d not sent, %,d lost in flight, "
                        + "%,d connections dropped (%,d sent, %,d answered)",
                r.errors(), codes(r.failures()), r.timeouts(), r.unknownAnswers(), r.notSent(), r.lostInFlight(),
                r.connectionsLost(), r.sent(), r.answered()));
        b.append("!!! this run had errors: its figures do not describe a healthy server\n");
        return b.toString();
    }

    private static String codes(Map<Long, Long> failures) {
        StringBuilder b = new StringBuilder();
        failures.forEach((code, n) -> b.append(String.format(Locale.ROOT, "%,d answered %d, ", n, code)));
        return b.toString();
    }

    static String line(String label, String format, Object... args) {
        return String.format(Locale.ROOT, "%-12s " + format + "%n", prepend(label, args));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
