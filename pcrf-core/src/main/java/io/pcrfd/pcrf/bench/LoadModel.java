package io.pcrfd.pcrf.bench;

/**
 * How requests are paced. Closed loop: a fixed number of requests is always outstanding,
 * each answer releases the next request (throughput follows the server; a stall pauses the
 * clock, which is coordinated omission). Open loop: sessions start on a fixed schedule
 * whatever the answers do, and a session's first request is timed from its scheduled start,
 * so a stall shows in the latency of everything that should have been sent meanwhile.
 */
public sealed interface LoadModel {

    /** Requests outstanding over all connections at every moment. */
    record ClosedLoop(int inFlight) implements LoadModel {
        public ClosedLoop {
            if (inFlight < 1) {
                throw new IllegalArgumentException("--in-flight must be at least 1");
            }
        }
    }

    /** New sessions per second over all connections (each session is {@link BenchOptions#stepsPerSession()} requests). */
    record OpenLoop(double sessionsPerSecond) implements LoadModel {
        public OpenLoop {
            if (!(sessionsPerSecond > 0)) {
                throw new IllegalArgumentException("--sessions-per-second must be positive");
            }
        }
    }

    /** A short description for the report, for sessions of {@code requestsPerSession} requests. */
    default String describe(int requestsPerSession) {
        return switch (this) {
            case ClosedLoop c -> "closed loop, " + c.inFlight() + " requests in flight";
            case OpenLoop o -> "open loop, " + Math.round(o.sessionsPerSecond()) + " sessions/s ("
                    + Math.round(requestsPerSession * o.sessionsPerSecond()) + " requests/s offered)";
        };
    }
}
