package io.pcrfd.pcrf.sy;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.diameter.peer.NodeEvent;
import io.pcrfd.pcrf.app.DiameterApplicationModule;
import io.pcrfd.pcrf.app.ModuleContext;
import io.pcrfd.pcrf.app.ServedApplication;
import io.pcrfd.pcrf.config.ConfigException;
import io.pcrfd.pcrf.config.SyConfig;
import io.pcrfd.pcrf.establishment.SessionIds;
import io.pcrfd.pcrf.gx.GxApplication;
import io.pcrfd.pcrf.gx.GxCounterStatuses;
import io.pcrfd.pcrf.gx.GxPolicyPusher;
import io.pcrfd.pcrf.gx.GxSessionEvents;
import io.pcrfd.pcrf.gx.TimeOfDayScheduler;
import io.pcrfd.store.Store;
import io.pcrfd.store.model.SySession;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PCRF's Sy client (TS 29.219, application 16777302) as a module: subscribes to the policy
 * counters Gx decisions need ({@link SyClient}), applies the OCS's notifications
 * ({@link SyNotifications}), and ends Sy sessions with their last Gx session
 * ({@link SySessionEnds}). Needs the Gx module before it ({@link GxApplication},
 * {@link GxCounterStatuses}, {@link GxSessionEvents}).
 *
 * <p>{@code applications.sy: auto} is on when {@code sy.ocs} names the OCS; {@code on} without
 * it is refused at start (there is nobody to send an SLR to). While Sy is off, counter
 * conditions see only {@code sy.defaultStatuses}.
 */
public final class SyModule implements DiameterApplicationModule {
    private static final Logger LOG = LoggerFactory.getLogger(SyModule.class);
    public static final String KEY = "sy";

    private SyContext sy;
    private SyClient client;
    private SySessionEnds ends;
    private ModuleContext ctx;
    private final java.util.Set<String> restarted = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public String name() {
        return KEY;
    }

    @Override
    public List<ServedApplication> applications() {
        return List.of(ServedApplication.whenNeeded(KEY, ApplicationSupport.vendorAuth(VendorIds.THREE_GPP,
                ApplicationIds.SY), c -> c.sy().ocs() != null, "sy.ocs (the OCS to subscribe at)"));
    }

    @Override
    public void configure(ModuleContext c) {
        ctx = c;
        SyConfig config = c.config().sy();
        boolean on = c.handlers().serves(KEY);
        if (on && config.ocs() == null) {
            throw new ConfigException("sy.ocs", "applications.sy is on but sy.ocs names no OCS (realm, and host)");
        }
        if (!on) {
            c.ports().require(GxCounterStatuses.class, KEY).use(q -> java.util.concurrent.CompletableFuture
                    .completedFuture(defaultsOnly(config, q)));
            return;
        }
        GxApplication gx = c.ports().require(GxApplication.class, KEY);
        AtomicReference<SyNotifications> notifications = new AtomicReference<>();
        TimeOfDayScheduler pending = new TimeOfDayScheduler(TimeOfDayScheduler.executorTimer(c.timer(), c.clock()),
                owner -> notifications.get().pendingDue(owner));
        sy = new SyContext(config, new SyMessages(c.dictionary(), c.config().diameter().originHost(),
                c.config().diameter().originRealm(), config.ocs().realm()), c.ports().require(Store.class, KEY).sySessions(),
                c.send(), c.clock(), new SessionIds(c.config().diameter().originHost(), c.clock()), new OwnerQueue(),
                new SyCounters(), id -> gx.pusher().push(id, GxPolicyPusher.Reason.SY_NOTIFICATION), pending);
        notifications.set(new SyNotifications(sy));
        ends = new SySessionEnds(sy, notifications.get());
        client = new SyClient(sy, ends);
        c.handlers().register(ApplicationIds.SY, CommandCodes.SPENDING_STATUS_NOTIFICATION,
                (rc, snr) -> notifications.get().handle(snr));
        c.ports().require(GxCounterStatuses.class, KEY).use(client);
        c.ports().require(GxSessionEvents.class, KEY).add(ends);
    }

    /** Without Sy every needed counter has its default status, if one is configured. */
    private static io.pcrfd.pcrf.gx.CounterStatusSource.Lookup defaultsOnly(SyConfig config,
                                                                           io.pcrfd.pcrf.gx.CounterStatusSource.Query q) {
        Map<String, String> out = new java.util.HashMap<>();
        q.counters().forEach(id -> {
            String s = config.defaultStatuses().get(id);
            if (s != null) {
                out.put(id, s);
            }
        });
        return io.pcrfd.pcrf.gx.CounterStatusSource.Lookup.of(out);
    }

    /**
     * The Sy sessions the store already holds (a planned restart's snapshot, or Redis) get their
     * pending counter statuses scheduled again: the timers lived in the stopped node's memory.
     * Only sessions with pending statuses are touched, so a record read here never cancels a
     * timer that an SNR handled meanwhile has set. A status that came due while the node was
     * stopped applies at once, before the gateways have reconnected: its RAR reaches none of
     * them, the store holds the new status, and each Gx session gets the decision at its next
     * request.
     */
    @Override
    public void start() {
        if (sy == null) {
            return;
        }
        sy.store().all().whenComplete((all, failure) -> {
            if (failure != null) {
                LOG.warn("Sy: the stored Sy sessions could not be read to schedule their pending statuses: {}",
                        failure.toString());
                return;
            }
            List<SySession> pending = all.stream()
                    .filter(s -> s.counters().values().stream().anyMatch(c -> !c.pending().isEmpty())).toList();
            pending.forEach(sy::schedulePending);
            if (!pending.isEmpty()) {
                LOG.info("Sy: {} of the {} Sy sessions the store holds have pending counter statuses; scheduled",
                        pending.size(), all.size());
            }
        });
    }

    /**
     * An OCS that restarted lost its Sy sessions (RFC 6733 §8.16): subscribe again once it can be
     * reached. A new Origin-State-Id in its CER comes before the connection is open, so the
     * re-subscription waits for its PeerUp; one seen in a DWR on an open connection runs at once
     * (PeerUp then never comes, and the set entry is dropped).
     */
    @Override
    public void onNodeEvent(NodeEvent event) {
        if (ends == null) {
            return;
        }
        if (event instanceof NodeEvent.OriginStateIdChanged changed) {
            LOG.info("Sy: peer {} restarted (Origin-State-Id {} -> {}); re-subscribing the Sy sessions it served",
                    changed.host(), changed.previous(), changed.current());
            restarted.add(changed.host());
            ctx.timer().schedule(() -> resubscribe(changed.host()), 1, java.util.concurrent.TimeUnit.SECONDS);
        } else if (event instanceof NodeEvent.PeerUp up) {
            resubscribe(up.host());
        }
    }

    private void resubscribe(String host) {
        if (restarted.remove(host)) {
            ends.ocsRestarted(host);
        }
    }

    /**
     * {@code pcrfd_sy_failures_total{reason}} (SLRs that brought no statuses, by
     * {@link SyFailure}) and {@code pcrfd_sy_events_total{event}} (SLRs, STRs, SNRs, fallbacks,
     * pending statuses applied, pushes); nothing when Sy is off. Both bounded by enums.
     */
    public void bindMetrics(io.micrometer.core.instrument.MeterRegistry r) {
        if (sy == null) {
            return;
        }
        SyCounters c = sy.counters();
        for (SyFailure f : SyFailure.values()) {
            io.micrometer.core.instrument.FunctionCounter.builder("pcrfd.sy.failures", c, x -> x.get(f))
                    .description("Sy requests that brought no counter statuses, by reason (each took its fallback)")
                    .tag("reason", f.name().toLowerCase(java.util.Locale.ROOT)).register(r);
        }
        for (SyCounters.Event e : SyCounters.Event.values()) {
            io.micrometer.core.instrument.FunctionCounter.builder("pcrfd.sy.events", c, x -> x.get(e))
                    .description("Sy client events: requests sent, notifications, fallbacks taken, pushes")
                    .tag("event", e.name().toLowerCase(java.util.Locale.ROOT)).register(r);
        }
    }

    @Override
    public Map<String, Long> counters() {
        return sy == null ? Map.of() : sy.counters().snapshot();
    }
}
