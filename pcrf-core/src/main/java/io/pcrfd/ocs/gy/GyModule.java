package io.pcrfd.ocs.gy;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.ocs.account.OcsAccounts;
import io.pcrfd.ocs.account.OcsIdentity;
import io.pcrfd.pcrf.app.DiameterApplicationModule;
import io.pcrfd.pcrf.app.ModuleContext;
import io.pcrfd.pcrf.app.ServedApplication;
import io.pcrfd.diameter.peer.NodeEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The OCS's Gy (RFC 4006 credit control, application 4; TS 32.299) as a module: CCR from
 * gateways. Takes the node's {@link OcsAccounts} and {@link OcsIdentity}; publishes its
 * {@link GySessions}. {@code applications.gy: auto} is on.
 *
 * <p>A session does not only end with CCR-T. Like RFC 4006's session supervision timer Tcc on
 * the server (§5), a session silent for twice the Validity-Time is ended and its reservations
 * released (the gateway had to report within the Validity-Time); and a gateway that announces a
 * new Origin-State-Id lost its sessions (RFC 6733 §8.16), so this OCS ends them too.
 */
public final class GyModule implements DiameterApplicationModule {
    public static final String KEY = "gy";
    private static final Duration MAX_SWEEP_PERIOD = Duration.ofSeconds(60);
    private GySessions sessions;
    private GyServer server;
    private ScheduledExecutorService timer;
    private Clock clock;
    private Duration idleLimit;
    private ScheduledFuture<?> sweep;
    private final AtomicLong ended = new AtomicLong();

    @Override
    public String name() {
        return "ocs-gy";
    }

    @Override
    public List<ServedApplication> applications() {
        return List.of(ServedApplication.byDefault(KEY, ApplicationSupport.auth(ApplicationIds.CREDIT_CONTROL)));
    }

    @Override
    public void configure(ModuleContext c) {
        sessions = new GySessions();
        timer = c.timer();
        clock = c.clock();
        idleLimit = c.config().ocs().validityTime().multipliedBy(2);
        server = new GyServer(c.dictionary(), c.ports().require(OcsIdentity.class, name()), c.config().ocs(),
                c.ports().require(OcsAccounts.class, name()), sessions, c.clock());
        c.handlers().register(ApplicationIds.CREDIT_CONTROL, CommandCodes.CREDIT_CONTROL, (rc, ccr) -> server.ccr(ccr));
        c.ports().provide(GySessions.class, sessions);
    }

    @Override
    public void start() {
        long period = Math.min(idleLimit.toMillis() / 2, MAX_SWEEP_PERIOD.toMillis());
        sweep = timer.scheduleAtFixedRate(this::endSilent, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }

    /** Ends the sessions silent for longer than twice the Validity-Time. */
    int endSilent() {
        Instant oldest = clock.instant().minus(idleLimit);
        int n = server.end(s -> s.lastSeen().isBefore(oldest), "silent for over " + idleLimit.toSeconds() + " s");
        ended.addAndGet(n);
        return n;
    }

    @Override
    public void onNodeEvent(NodeEvent event) {
        if (event instanceof NodeEvent.OriginStateIdChanged changed) {
            timer.execute(() -> ended.addAndGet(server.end(s -> s.clientHost().equals(changed.host()),
                    "the gateway restarted")));
        }
    }

    @Override
    public Map<String, Long> counters() {
        return Map.of("gy.sessions", (long) sessions.count(), "gy.sessionsEnded", ended.get());
    }
}
