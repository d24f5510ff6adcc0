package io.pcrfd.pcrf.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pcrfd.diameter.message.ResultCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;

/**
 * The machine-readable report of a run ({@code pcrfd bench --report FILE}), for CI to keep and
 * compare. Times are milliseconds, rates per second. Fields:
 * <pre>
 * options       target, connections, load (model, inFlight | sessionsPerSecond), warmupSeconds,
 *               durationSeconds, sessions, timeoutMs, threads, flush, subscribers, Origin-Host/Realm, APN,
 *               updates (CCR-U per session), requestsPerSession, mix ("CCR-I, 2 x CCR-U, CCR-T")
 * window        seconds, countBounded
 * totals        sent, answered, succeeded (2001, whole run), requests (2001 in the window),
 *               sessions (their CCR-T answered 2001 in the window), refused, refusedInWindow,
 *               timeouts, unknownAnswers, notSent, lostInFlight, connectionsLost, errors
 * rate          requestsPerSecond, refusedPerSecond (in the window)
 * latencyMs     p50, p90, p99, p99.9, max, count: 2001 answers in the window (null values: none)
 * refusedLatencyMs  the same for 3004 answers
 * resultCodes   answers per Result-Code or Experimental-Result-Code over the run ("none": neither)
 * refusals, timeouts   3004 answers and timeouts over the run (as in totals, for a quick look)
 * cpu           serverMicrosPerRequest, driverMicrosPerRequest (null: not measured)
 * series        one object per second: second, phase, seconds, requests, requestsPerSecond,
 *               errors, failedAnswers, timeouts, refused, p50Ms, p99Ms, maxMs
 * coldStart     with --cold-start only: waitedForPortMs, ceaMs, firstCcaMs (the first CCR-I's
 *               latency), firstResultCode, firstAnswerAfterConnectMs, firstAnswerEpochMs (wall
 *               clock), slowestFirstCcaMs (over the connections)
 * </pre>
 */
final class BenchJsonReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String[] PERCENTILE_NAMES = {"p50", "p90", "p99", "p99.9"};
    private static final double[] PERCENTILES = {50, 90, 99, 99.9};

    private BenchJsonReport() {
    }

    /** Writes the report of {@code r} to {@code file} (replacing it). */
    static void write(BenchResult r, Path file) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(of(r)) + "\n");
    }

    static ObjectNode of(BenchResult r) {
        ObjectNode root = JSON.createObjectNode();
        root.set("options", options(r.options()));
        root.putObject("window").put("seconds", r.windowNanos() / 1e9).put("countBounded", r.options().countBounded());
        root.set("totals", totals(r));
        root.putObject("rate").put("requestsPerSecond", r.requestsPerSecond())
                .put("refusedPerSecond", r.refusedPerSecond());
        root.set("latencyMs", latency(r.latency()));
        root.set("refusedLatencyMs", latency(r.refusedLatency()));
        root.set("resultCodes", resultCodes(r));
        root.put("refusals", r.refused()).put("timeouts", r.timeouts());
        ObjectNode cpu = root.putObject("cpu");
        putOrNull(cpu, "serverMicrosPerRequest", r.serverMicrosPerRequest());
        putOrNull(cpu, "driverMicrosPerRequest", r.driverMicrosPerRequest());
        ArrayNode series = root.putArray("series");
        r.series().forEach(s -> series.add(second(s)));
        if (r.coldStart() != null) {
            root.set("coldStart", coldStart(r.coldStart()));
        }
        return root;
    }

    private static ObjectNode coldStart(ColdStart c) {
        ObjectNode n = JSON.createObjectNode();
        putOrNull(n, "waitedForPortMs", c.waitedNanos() / 1e6);
        putOrNull(n, "ceaMs", c.ceaNanos() / 1e6);
        putOrNull(n, "firstCcaMs", c.firstCcaNanos() < 0 ? -1 : c.firstCcaNanos() / 1e6);
        putOrNull(n, "firstResultCode", c.firstResultCode() < 0 ? null : c.firstResultCode());
        putOrNull(n, "firstAnswerAfterConnectMs", c.firstAfterConnectNanos() < 0 ? -1 : c.firstAfterConnectNanos() / 1e6);
        putOrNull(n, "firstAnswerEpochMs", c.firstAnswerEpochMillis() < 0 ? null : c.firstAnswerEpochMillis());
        putOrNull(n, "slowestFirstCcaMs", c.slowestFirstCcaNanos() < 0 ? -1 : c.slowestFirstCcaNanos() / 1e6);
        return n;
    }

    private static ObjectNode options(BenchOptions o) {
        ObjectNode n = JSON.createObjectNode();
        n.put("target", o.host() + ":" + o.port()).put("connections", o.connections());
        ObjectNode load = n.putObject("load");
        switch (o.load()) {
            case LoadModel.ClosedLoop c -> load.put("model", "closed").put("inFlight", c.inFlight());
            case LoadModel.OpenLoop op -> load.put("model", "open").put("sessionsPerSecond", op.sessionsPerSecond());
        }
        return n.put("warmupSeconds", o.warmup().toMillis() / 1e3).put("durationSeconds", o.duration().toMillis() / 1e3)
                .put("sessions", o.sessions()).put("timeoutMs", o.requestTimeout().toMillis())
                .put("threads", o.threads()).put("flush", o.flush().option()).put("subscribers", o.subscribers())
                .put("originHost", o.originHost())
                .put("realm", o.realm()).put("destinationRealm", o.destinationRealm()).put("apn", o.apn())
                .put("updates", o.updates()).put("requestsPerSession", o.stepsPerSession()).put("mix", o.mix());
    }

    private static ObjectNode totals(BenchResult r) {
        return JSON.createObjectNode().put("sent", r.sent()).put("answered", r.answered())
                .put("succeeded", r.succeeded()).put("requests", r.requests()).put("sessions", r.sessions())
                .put("refused", r.refused()).put("refusedInWindow", r.refusedInWindow()).put("timeouts", r.timeouts())
                .put("unknownAnswers", r.unknownAnswers()).put("notSent", r.notSent())
                .put("lostInFlight", r.lostInFlight()).put("connectionsLost", r.connectionsLost())
                .put("errors", r.errors());
    }

    private static ObjectNode latency(Histogram h) {
        ObjectNode n = JSON.createObjectNode();
        boolean none = h.getTotalCount() == 0;
        for (int i = 0; i < PERCENTILES.length; i++) {
            putOrNull(n, PERCENTILE_NAMES[i], none ? -1 : h.getValueAtPercentile(PERCENTILES[i]) / 1e6);
        }
        putOrNull(n, "max", none ? -1 : h.getMaxValue() / 1e6);
        return n.put("count", h.getTotalCount());
    }

    /** 2001 and 3004 from their own counts, the others as the driver collected them. */
    private static ObjectNode resultCodes(BenchResult r) {
        ObjectNode n = JSON.createObjectNode();
        if (r.succeeded() > 0) {
            n.put(Long.toString(ResultCodes.DIAMETER_SUCCESS), r.succeeded());
        }
        if (r.refused() > 0) {
            n.put(Long.toString(ConnectionStats.TOO_BUSY), r.refused());
        }
        r.failures().forEach((code, count) -> n.put(code < 0 ? "none" : Long.toString(code), count));
        return n;
    }

    private static ObjectNode second(Second s) {
        ObjectNode n = JSON.createObjectNode().put("second", s.index()).put("phase", s.phase())
                .put("seconds", s.nanos() / 1e9).put("requests", s.succeeded())
                .put("requestsPerSecond", s.requestsPerSecond()).put("errors", s.errors())
                .put("failedAnswers", s.failed()).put("timeouts", s.timeouts()).put("refused", s.refused());
        putOrNull(n, "p50Ms", s.p50Nanos() < 0 ? -1 : s.p50Nanos() / 1e6);
        putOrNull(n, "p99Ms", s.p99Nanos() < 0 ? -1 : s.p99Nanos() / 1e6);
        putOrNull(n, "maxMs", s.maxNanos() < 0 ? -1 : s.maxNanos() / 1e6);
        return n;
    }

    private static void putOrNull(ObjectNode n, String name, Long value) {
        if (value == null) {
            n.putNull(name);
        } else {
            n.put(name, value.longValue());
        }
    }

    /** A negative value means "not measured": JSON null. */
    private static void putOrNull(ObjectNode n, String name, double value) {
        if (value < 0) {
            n.putNull(name);
        } else {
            n.put(name, value);
        }
    }
}
