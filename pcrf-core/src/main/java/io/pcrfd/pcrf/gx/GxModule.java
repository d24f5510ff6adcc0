package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.diameter.peer.NodeEvent;
import io.pcrfd.pcrf.app.DiameterApplicationModule;
import io.pcrfd.pcrf.app.ModuleContext;
import io.pcrfd.pcrf.app.ServedApplication;
import io.pcrfd.pcrf.establishment.s9a.GxPolicyPort;
import io.pcrfd.pcrf.policy.PolicySource;
import io.pcrfd.store.Store;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gx (TS 29.212, application 16777238) as a module: CCR handling, RARs, time-of-day pushes, the
 * inactivity audit and the purge of a restarted gateway's sessions (RFC 6733 §8.16). Takes the
 * node's {@link Store} and {@link PolicySource}; publishes {@link GxApplication}, {@link GxPolicyPort}
 * and {@link GxSessionEvents} for the modules after it.
 */
public final class GxModule implements DiameterApplicationModule {
    private static final Logger LOG = LoggerFactory.getLogger(GxModule.class);
    public static final String KEY = "gx";

    private final UnaryOperator<Duration> auditPeriod;
    private ModuleContext ctx;
    private FailureStreak auditFailures;
    private GxApplication gx;

    /** @param auditPeriod the audit's period for a {@code gx.inactivityTimeout} (tests shorten it) */
    public GxModule(UnaryOperator<Duration> auditPeriod) {
        this.auditPeriod = auditPeriod;
    }

    @Override
    public String name() {
        return KEY;
    }

    @Override
    public List<ServedApplication> applications() {
        return List.of(ServedApplication.byDefault(KEY, ApplicationSupport.vendorAuth(VendorIds.THREE_GPP,
                ApplicationIds.GX)));
    }

    @Override
    public void configure(ModuleContext c) {
        ctx = c;
        auditFailures = new FailureStreak("inactivity audit", c.clock());
        GxSessionEvents events = new GxSessionEvents();
        gx = GxApplication.create(GxSettings.from(c.config()), c.dictionary(), c.ports().require(Store.class, KEY),
                c.ports().require(PolicySource.class, KEY), c.clock(),
                TimeOfDayScheduler.executorTimer(c.timer(), c.clock()), c.send(), events);
        c.handlers().register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL, (rc, ccr) -> gx.handle(ccr));
        c.ports().provide(GxApplication.class, gx);
        c.ports().provide(GxPolicyPort.class, gx.policyPort());
        c.ports().provide(GxSessionEvents.class, events);
        c.ports().provide(GxAfSessions.class, gx.afSessions());
        c.ports().provide(GxCounterStatuses.class, gx.service().counterStatuses());
    }

    /** The wired application (after {@link #configure}). */
    public GxApplication application() {
        return gx;
    }

    /**
     * The audit runs also with {@code gx.inactivityTimeout: 0s}: sessions the store expired
     * (written under another setting, by another node, or restored from a snapshot) are still ended.
     */
    @Override
    public void start() {
        long period = auditPeriod.apply(ctx.config().gx().inactivityTimeout()).toMillis();
        ctx.timer().scheduleWithFixedDelay(this::audit, period, period, TimeUnit.MILLISECONDS);
    }

    /** A restarted gateway's sessions are purged off the event loop (it walks all of them). */
    @Override
    public void onNodeEvent(NodeEvent event) {
        if (event instanceof NodeEvent.OriginStateIdChanged changed) {
            ctx.timer().execute(() -> purgeGateway(changed));
        }
    }

    @Override
    public Map<String, Long> counters() {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("gx.rarUnanswered", gx.pusher().unansweredCount());
        out.put("gx.rarRefused", gx.pusher().refusedCount());
        out.put("gx.timeOfDayPending", (long) gx.scheduler().pendingCount());
        SessionEndCounters.Snapshot ends = gx.service().endCounters().snapshot();
        out.put("gx.sessionsEvicted", ends.evicted());
        out.put("gx.sessionsPurged", ends.purged());
        out.put("gx.sessionsInactive", ends.inactive());
        out.put("gx.sessionsExpired", ends.expired());
        return out;
    }

    private void purgeGateway(NodeEvent.OriginStateIdChanged changed) {
        gx.service().purgeGateway(changed.host(), changed.current()).whenComplete((n, failure) -> {
            if (failure != null) {
                LOG.error("peer={} restart purge failed: {}", changed.host(), failure.toString());
            } else {
                LOG.info("peer={} restarted (Origin-State-Id {} -> {}): {} sessions purged", changed.host(),
                        changed.previous(), changed.current(), n);
            }
        });
    }

    /**
     * One audit pass; the next runs as scheduled. A failure is logged when a streak of them
     * starts, once a minute while it lasts and when it ends ({@link FailureStreak}).
     */
    private void audit() {
        gx.service().auditInactive().whenComplete((n, failure) -> {
            String streak = failure != null ? auditFailures.failed(failure) : auditFailures.succeeded();
            if (failure != null) {
                if (streak != null) {
                    LOG.error(streak);
                }
                return;
            }
            if (streak != null) {
                LOG.info(streak);
            }
            if (n > 0) {
                LOG.info("audit: {} sessions ended (expired in the store, or silent for more than {})", n,
                        ctx.config().gx().inactivityTimeout());
            }
        });
    }
}
