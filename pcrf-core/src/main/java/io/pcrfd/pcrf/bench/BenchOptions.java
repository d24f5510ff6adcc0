package io.pcrfd.pcrf.bench;

import java.time.Duration;

/**
 * One load run, immutable.
 *
 * @param host             the PCRF to load
 * @param port             its Diameter port
 * @param connections      Diameter connections, each with its own Origin-Host
 *                         ({@code c<n>.<originHost>}), as separate gateways would have
 * @param load             how requests are paced
 * @param warmup           time under load before measuring (JIT, caches, store growth)
 * @param duration         the measured window; with {@code sessions} set, an upper bound
 * @param sessions         when above 0, run exactly this many session lifecycles and measure
 *                         all of them (no warm-up); 0 runs for {@code warmup + duration}
 * @param originHost       base of the connections' Origin-Hosts
 * @param realm            Origin-Realm of the requests
 * @param destinationRealm Destination-Realm of the requests
 * @param apn              Called-Station-Id
 * @param requestTimeout   an answer later than this counts as a timeout
 * @param threads          event-loop threads of the driver
 * @param serverPid        when above 0, the server process whose CPU time is read from
 *                         {@code /proc/PID/stat}
 * @param subscribers      how many distinct IMSIs the sessions use, in turn (a subscriber
 *                         population, so per-subscriber state stops growing); 0 (the
 *                         default) gives every session its own IMSI. Keep it above the
 *                         sessions under way, or one IMSI would have two sessions at once
 * @param flush            how requests are packed into TCP segments ({@link FlushMode#PER_READ}
 *                         unless told)
 * @param coldStart        measure a server that has just started ({@code --cold-start}): keep
 *                         trying to connect for up to {@link #COLD_START_CONNECT_WITHIN}, so the
 *                         driver can be started before the server and connects the moment the
 *                         port accepts; the open loop then runs at its full rate at once (no
 *                         ramp, no warm-up) and the report adds the first CCR-I's latency and
 *                         the run second by second
 * @param updates          CCR-U sent per session between its CCR-I and CCR-T, each with a usage
 *                         report ({@code --updates}, 0 to {@value #MAX_UPDATES}; {@value
 *                         #DEFAULT_UPDATES} unless told): a session is {@link #stepsPerSession()}
 *                         requests
 */
public record BenchOptions(String host, int port, int connections, LoadModel load, Duration warmup,
                           Duration duration, long sessions, String originHost, String realm,
                           String destinationRealm, String apn, Duration requestTimeout, int threads,
                           long serverPid, long subscribers, FlushMode flush, boolean coldStart, int updates) {
    public static final String DEFAULT_ORIGIN_HOST = "bench.pcrfd.local";
    public static final String DEFAULT_REALM = "bench.pcrfd.local";
    public static final String DEFAULT_DESTINATION_REALM = "pcrfd.local";
    public static final String DEFAULT_APN = "internet";
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(5);
    /** How long a cold-start run keeps trying to connect (a JVM starts in a few seconds at most). */
    public static final Duration COLD_START_CONNECT_WITHIN = Duration.ofSeconds(60);
    /** CCR-U per session unless told: two usage reports, as the driver always sent before {@code --updates}. */
    public static final int DEFAULT_UPDATES = 2;
    /** At most this many CCR-U per session (the bench package's documentation says why). */
    public static final int MAX_UPDATES = 8;

    public BenchOptions {
        java.util.Objects.requireNonNull(flush, "flush");
        if (connections < 1 || connections > 99) {
            throw new IllegalArgumentException("--connections must be between 1 and 99");
        }
        if (port < 1 || port > 0xFFFF) {
            throw new IllegalArgumentException("the target port must be between 1 and 65535");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        if (subscribers < 0 || subscribers > 10_000_000_000L) {
            throw new IllegalArgumentException("--subscribers must be between 0 and 10^10");
        }
        if (sessions < 0 || warmup.isNegative() || duration.isNegative() || duration.isZero()
                || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("--sessions, --warmup, --duration and --timeout must be positive");
        }
        if (load instanceof LoadModel.ClosedLoop c && c.inFlight() < connections) {
            throw new IllegalArgumentException("--in-flight must be at least --connections");
        }
        checkColdStart(coldStart, load, warmup, sessions);
        checkUpdates(updates);
    }

    /**
     * A run of sessions with {@value #DEFAULT_UPDATES} CCR-U each; {@link #withUpdates} gives
     * another number.
     */
    public BenchOptions(String host, int port, int connections, LoadModel load, Duration warmup, Duration duration,
                        long sessions, String originHost, String realm, String destinationRealm, String apn,
                        Duration requestTimeout, int threads, long serverPid, long subscribers, FlushMode flush,
                        boolean coldStart) {
        this(host, port, connections, load, warmup, duration, sessions, originHost, realm, destinationRealm, apn,
                requestTimeout, threads, serverPid, subscribers, flush, coldStart, DEFAULT_UPDATES);
    }

    /**
     * A run as before: requests flushed once per read batch ({@link FlushMode#PER_READ}), no
     * cold start (the driver connects once, the server is expected up).
     */
    public BenchOptions(String host, int port, int connections, LoadModel load, Duration warmup, Duration duration,
                        long sessions, String originHost, String realm, String destinationRealm, String apn,
                        Duration requestTimeout, int threads, long serverPid, long subscribers) {
        this(host, port, connections, load, warmup, duration, sessions, originHost, realm, destinationRealm, apn,
                requestTimeout, threads, serverPid, subscribers, FlushMode.PER_READ, false, DEFAULT_UPDATES);
    }

    /** {@code --updates}: one readable line for a number outside 0 to {@value #MAX_UPDATES}. */
    static void checkUpdates(int updates) {
        if (updates < 0 || updates > MAX_UPDATES) {
            throw new IllegalArgumentException("--updates must be between 0 and " + MAX_UPDATES + ", not " + updates);
        }
    }

    private static void checkColdStart(boolean coldStart, LoadModel load, Duration warmup, long sessions) {
        if (coldStart && (!(load instanceof LoadModel.OpenLoop) || warmup.isPositive() || sessions > 0)) {
            throw new IllegalArgumentException("--cold-start runs an open loop from the first request: "
                    + "give --sessions-per-second or --requests-per-second, and no --warmup or --sessions");
        }
    }

    /** The same options with requests packed into segments as {@code mode} says. */
    public BenchOptions withFlush(FlushMode mode) {
        return new BenchOptions(host, port, connections, load, warmup, duration, sessions, originHost, realm,
                destinationRealm, apn, requestTimeout, threads, serverPid, subscribers, mode, coldStart, updates);
    }

    /** The same options with {@code n} CCR-U per session (0: CCR-I then CCR-T). */
    public BenchOptions withUpdates(int n) {
        return new BenchOptions(host, port, connections, load, warmup, duration, sessions, originHost, realm,
                destinationRealm, apn, requestTimeout, threads, serverPid, subscribers, flush, coldStart, n);
    }

    /** Requests per session: the CCR-I, the {@link #updates()} CCR-U, the CCR-T. */
    public int stepsPerSession() {
        return stepsPerSession(updates);
    }

    /** Requests per session with {@code updates} CCR-U: the CCR-I, the CCR-U, the CCR-T. */
    public static int stepsPerSession(int updates) {
        return updates + 2;
    }

    /** The requests of a session in words, for reports: "CCR-I, 2 x CCR-U, CCR-T", "CCR-I, CCR-T". */
    public String mix() {
        return mixOf(updates);
    }

    /** {@link #mix()} of sessions with {@code updates} CCR-U. */
    public static String mixOf(int updates) {
        return switch (updates) {
            case 0 -> "CCR-I, CCR-T";
            case 1 -> "CCR-I, CCR-U, CCR-T";
            default -> "CCR-I, " + updates + " x CCR-U, CCR-T";
        };
    }

    /** True when the run is bounded by a number of sessions instead of time. */
    public boolean countBounded() {
        return sessions > 0;
    }

    /** The Origin-Host of connection {@code index} (0-based). */
    public String originHostOf(int index) {
        return "c" + (index + 1) + "." + originHost;
    }
}
