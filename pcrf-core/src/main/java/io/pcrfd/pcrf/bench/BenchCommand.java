package io.pcrfd.pcrf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pcrfd bench}: the project's Gx load driver. Prints the report on standard output and
 * progress on standard error: each second its requests/s, errors, refusals and p99, rewritten in
 * place on a terminal and one line per second otherwise ({@link ProgressOutput}; none with
 * {@code --quiet}). {@code --report FILE} also writes the report as JSON ({@link
 * BenchJsonReport}). Exit 0 when every request was answered 2001 in time, or refused
 * with 3004 TOO_BUSY (an overloaded server shedding load; the report counts them apart), 1 when
 * any request had another result or none (the report says so loudly), 2 for a usage error, 3
 * when the run could not start.
 */
@Command(name = "bench", description = "Load a PCRF with Gx session lifecycles (CCR-I, --updates CCR-U each "
        + "with a usage report, CCR-T with the final usage) over several connections and report requests/s, "
        + "latency percentiles, errors and CPU per request.")
public final class BenchCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int ERRORS = 1;
    static final int USAGE = 2;
    static final int CANNOT_RUN = 3;
    /** {@code --cold-start} without a pacing: 1,000 sessions (calls) per second, 4,000 requests/s with 2 CCR-U. */
    static final double COLD_START_SESSIONS_PER_SECOND = 1000;
    /** {@code --cold-start} without {@code --duration}: the first 10 s. */
    static final Duration COLD_START_WINDOW = Duration.ofSeconds(10);

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--target", required = true, paramLabel = "HOST:PORT", description = "The PCRF's Diameter address.")
    String target;

    @Option(names = "--connections", defaultValue = "4", paramLabel = "N",
            description = "Connections, each its own gateway Origin-Host (default: ${DEFAULT-VALUE}).")
    int connections;

    @ArgGroup(exclusive = true)
    Pacing pacing;

    static final class Pacing {
        @Option(names = "--in-flight", paramLabel = "M", description = "Closed loop: M requests outstanding over "
                + "all connections at every moment (the default, with M = 64).")
        Integer inFlight;

        @Option(names = "--sessions-per-second", paramLabel = "R", description = "Open loop: R new sessions per "
                + "second (R x (updates + 2) requests/s); each session's CCR-I is timed from its scheduled start.")
        Double sessionsPerSecond;

        @Option(names = "--requests-per-second", paramLabel = "R", description = "Open loop offering R requests/s: "
                + "R / (updates + 2) new sessions per second (sessions whose request is refused or fails send no "
                + "more).")
        Double requestsPerSecond;
    }

    @Option(names = "--duration", defaultValue = "30s", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Measured window (default: ${DEFAULT-VALUE}); with --sessions, an upper bound.")
    Duration duration;

    @Option(names = "--warmup", defaultValue = "5s", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Load before measuring (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--sessions", defaultValue = "0", paramLabel = "N",
            description = "Run exactly N sessions (N x (updates + 2) requests) and measure them all, without warm-up.")
    long sessions;

    @Option(names = "--updates", defaultValue = "" + BenchOptions.DEFAULT_UPDATES, paramLabel = "N",
            description = "CCR-U per session, each reporting usage on Monitoring-Key mk1, numbered 1..N; the CCR-T "
                    + "is number N+1 (0 to " + BenchOptions.MAX_UPDATES + ", default: ${DEFAULT-VALUE}; 0: CCR-I then "
                    + "CCR-T, as many Gx load clients send).")
    int updates;

    @Option(names = "--origin-host", defaultValue = BenchOptions.DEFAULT_ORIGIN_HOST, paramLabel = "HOST",
            description = "Connection n uses Origin-Host c<n>.HOST (default: ${DEFAULT-VALUE}).")
    String originHost;

    @Option(names = "--realm", defaultValue = BenchOptions.DEFAULT_REALM, description = "Origin-Realm (default: ${DEFAULT-VALUE}).")
    String realm;

    @Option(names = "--destination-realm", defaultValue = BenchOptions.DEFAULT_DESTINATION_REALM,
            description = "Destination-Realm (default: ${DEFAULT-VALUE}).")
    String destinationRealm;

    @Option(names = "--apn", defaultValue = BenchOptions.DEFAULT_APN, description = "Called-Station-Id (default: ${DEFAULT-VALUE}).")
    String apn;

    @Option(names = "--timeout", defaultValue = "5s", converter = DurationConverter.class, paramLabel = "TIME",
            description = "An answer later than this is an error (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "Driver event-loop threads (default: ${DEFAULT-VALUE}, to leave the other cores to the server).")
    int threads;

    @Option(names = "--server-pid", defaultValue = "0", paramLabel = "PID",
            description = "Read the server's CPU time from /proc/PID/stat and its resident memory from "
                    + "/proc/PID/status, and report them.")
    long serverPid;

    @Option(names = "--subscribers", defaultValue = "0", paramLabel = "N",
            description = "Sessions take their IMSI in turn from N subscribers (default: a new IMSI per session).")
    long subscribers;

    @Option(names = "--flush", defaultValue = "per-read", paramLabel = "MODE",
            description = "How requests are packed into TCP segments: per-read (one flush per batch of answers read, "
                    + "several requests to a segment; the default) or per-request (each request flushed on its own: "
                    + "one request per segment).")
    String flush;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the report as JSON to FILE: options, totals, rate, latency percentiles, "
                    + "result codes, refusals, timeouts and the run second by second.")
    Path report;

    @Option(names = "--cold-start", description = "Measure a server that is just starting: keep trying to connect "
            + "(up to 60 s; start this before the server), then at once run an open loop at its full rate (default "
            + "1000 sessions/s, the warm-up 0 s, the window the first 10 s) and report the first CCR-I's latency and "
            + "p50/p99/max second by second.")
    boolean coldStart;

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error (the report is still printed).")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** How progress is shown; null: decided by {@link ProgressOutput#detect} (tests set it). */
    ProgressOutput.Mode progressMode;

    @Override
    public Integer call() {
        BenchOptions options;
        try {
            options = options();
            checkReportFile();
        } catch (IllegalArgumentException e) {
            return fail(USAGE, e.getMessage());
        }
        ProgressOutput progress = new ProgressOutput(progressMode != null ? progressMode
                : ProgressOutput.detect(quiet), spec.commandLine().getErr());
        BenchResult r;
        try {
            r = GxLoadDriver.run(options, progress::message, progress::second);
        } catch (BenchException e) {
            progress.end();
            return fail(CANNOT_RUN, e.getMessage());
        }
        progress.end();
        spec.commandLine().getOut().print(BenchReport.format(r));
        spec.commandLine().getOut().flush();
        if (report != null && !writeReport(r)) {
            return CANNOT_RUN;
        }
        return r.hasErrors() ? ERRORS : OK;
    }

    private int fail(int exit, String message) {
        spec.commandLine().getErr().println("pcrfd bench: " + message);
        spec.commandLine().getErr().flush();
        return exit;
    }

    /** Before the run: a report that cannot be written should not cost a whole run to find out. */
    private void checkReportFile() {
        if (report == null) {
            return;
        }
        Path dir = report.toAbsolutePath().getParent();
        if (Files.isDirectory(report) || dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new IllegalArgumentException("--report " + report + ": not a file in a writable directory");
        }
    }

    private boolean writeReport(BenchResult r) {
        try {
            BenchJsonReport.write(r, report);
            return true;
        } catch (IOException e) {
            fail(CANNOT_RUN, "cannot write the report to " + report + ": " + e.getMessage());
            return false;
        }
    }

    BenchOptions options() {
        int colon = target.lastIndexOf(':');
        if (colon <= 0 || colon == target.length() - 1) {
            throw new IllegalArgumentException("--target must be HOST:PORT, not " + target);
        }
        String host = target.substring(0, colon).replace("[", "").replace("]", "");
        int port = parsePort(target.substring(colon + 1));
        BenchOptions.checkUpdates(updates); // before the rate is divided by the steps
        LoadModel load;
        if (coldStart && pacing == null) {
            load = new LoadModel.OpenLoop(COLD_START_SESSIONS_PER_SECOND);
        } else if (pacing != null && pacing.sessionsPerSecond != null) {
            load = new LoadModel.OpenLoop(pacing.sessionsPerSecond);
        } else if (pacing != null && pacing.requestsPerSecond != null) {
            load = new LoadModel.OpenLoop(pacing.requestsPerSecond / BenchOptions.stepsPerSession(updates));
        } else {
            load = new LoadModel.ClosedLoop(pacing != null && pacing.inFlight != null ? pacing.inFlight : 64);
        }
        return new BenchOptions(host, port, connections, load, coldStart && !given("--warmup") ? Duration.ZERO : warmup,
                coldStart && !given("--duration") ? COLD_START_WINDOW : duration, sessions, originHost, realm,
                destinationRealm, apn, timeout, threads, serverPid, subscribers, FlushMode.parse(flush), coldStart,
                updates);
    }

    private boolean given(String option) {
        return spec != null && spec.commandLine().getParseResult() != null
                && spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--target port is not a number: " + text);
        }
    }

    /** 30s, 500ms, 2m, or a bare number of seconds; anything else is one line naming the forms. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return parse(value);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a time (examples: 30s, 500ms, "
                        + "2m, or 30 for seconds)");
            }
        }

        private static Duration parse(String value) {
            String v = value.trim().toLowerCase(java.util.Locale.ROOT);
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            if (v.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            if (v.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(v));
        }
    }
}
