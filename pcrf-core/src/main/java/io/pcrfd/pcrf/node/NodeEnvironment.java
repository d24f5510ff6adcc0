package io.pcrfd.pcrf.node;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What a node takes from its surroundings rather than from its configuration file: the clock
 * and the cadence of its housekeeping. The daemon uses {@link #DEFAULTS}; tests and embedders
 * inject a clock they move by hand, a short audit interval, and free ports.
 *
 * @param clock          time of policy decisions, session expiry and the inactivity audit
 * @param auditInterval  how often the audit runs; {@link Duration#ZERO} derives it from
 *                       {@code gx.inactivityTimeout} (a tenth of it, between 1 s and 60 s; 60 s
 *                       when the timeout is zero and the audit only ends what the store expired)
 * @param ephemeralPorts bind every Diameter and REST socket to a free port instead of the
 *                       configured one (the configuration refuses port 0); the bound ports are
 *                       reported by {@link PcrfNode#diameterAddresses()} and
 *                       {@link PcrfNode#restAddress()}
 * @param watchdogInterval {@link Duration#ZERO}: every peer's Tw as configured (never below
 *                       6 s, jittered, RFC 3539 §3.4.1). Otherwise, for end-to-end fault tests
 *                       only: the Tw of every configured peer, unjittered and allowed below 6 s
 *                       ({@link io.pcrfd.diameter.peer.DiameterNode#createWithFastWatchdog})
 */
public record NodeEnvironment(Clock clock, Duration auditInterval, boolean ephemeralPorts,
                              Duration watchdogInterval) {
    public static final NodeEnvironment DEFAULTS = new NodeEnvironment(Clock.systemUTC(), Duration.ZERO, false,
            Duration.ZERO);
    static final Duration MIN_AUDIT_INTERVAL = Duration.ofSeconds(1);
    static final Duration MAX_AUDIT_INTERVAL = Duration.ofSeconds(60);

    public NodeEnvironment {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(auditInterval, "auditInterval");
        Objects.requireNonNull(watchdogInterval, "watchdogInterval");
        if (auditInterval.isNegative() || watchdogInterval.isNegative()) {
            throw new IllegalArgumentException("auditInterval and watchdogInterval must not be negative");
        }
    }

    public NodeEnvironment withClock(Clock c) {
        return new NodeEnvironment(c, auditInterval, ephemeralPorts, watchdogInterval);
    }

    public NodeEnvironment withAuditInterval(Duration d) {
        return new NodeEnvironment(clock, d, ephemeralPorts, watchdogInterval);
    }

    public NodeEnvironment withEphemeralPorts(boolean on) {
        return new NodeEnvironment(clock, auditInterval, on, watchdogInterval);
    }

    /** For end-to-end fault tests: see {@code watchdogInterval}. */
    public NodeEnvironment withWatchdogInterval(Duration tw) {
        return new NodeEnvironment(clock, auditInterval, ephemeralPorts, tw);
    }

    /** The audit period for {@code inactivityTimeout}. */
    Duration auditPeriod(Duration inactivityTimeout) {
        if (!auditInterval.isZero()) {
            return auditInterval;
        }
        if (inactivityTimeout.isZero()) {
            return MAX_AUDIT_INTERVAL;
        }
        Duration tenth = inactivityTimeout.dividedBy(10);
        if (tenth.compareTo(MIN_AUDIT_INTERVAL) < 0) {
            return MIN_AUDIT_INTERVAL;
        }
        return tenth.compareTo(MAX_AUDIT_INTERVAL) > 0 ? MAX_AUDIT_INTERVAL : tenth;
    }
}
