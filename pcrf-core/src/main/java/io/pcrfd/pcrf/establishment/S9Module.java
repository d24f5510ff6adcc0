package io.pcrfd.pcrf.establishment;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.diameter.peer.NodeEvent;
import io.pcrfd.pcrf.app.DiameterApplicationModule;
import io.pcrfd.pcrf.app.ModuleContext;
import io.pcrfd.pcrf.app.ServedApplication;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Application;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.establishment.s9a.GxPolicyPort;
import io.pcrfd.pcrf.gx.GxSessionEvents;
import io.pcrfd.store.Store;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * S9a (TS 29.215 Annex A, application 16777319) and S9 (TS 29.215, 16777267) with
 * reverse-initiated establishment, as one module of the PCRF: both share the triggers and the
 * store's links. Needs the Gx module before it ({@link GxPolicyPort}, {@link GxSessionEvents});
 * publishes {@link EstablishmentModule}.
 *
 * <p>{@code applications.s9a: auto} is on when {@code establishment.peers} has an s9a peer (a
 * BPCF), {@code s9: auto} when it has an s9 peer (this node is the H-PCRF of a V-PCRF). A V-PCRF,
 * which only answers its H-PCRF's TER, says so with {@code applications.s9: on}.
 */
public final class S9Module implements DiameterApplicationModule {
    public static final String S9A = "s9a";
    public static final String S9 = "s9";

    private ModuleContext ctx;
    private EstablishmentModule establishment;

    @Override
    public String name() {
        return "establishment";
    }

    @Override
    public List<ServedApplication> applications() {
        return List.of(
                ServedApplication.whenNeeded(S9A, ApplicationSupport.vendorAuth(VendorIds.THREE_GPP,
                        ApplicationIds.S9A), c -> hasPeer(c, Application.S9A),
                        "an establishment.peers entry with application s9a"),
                ServedApplication.whenNeeded(S9, ApplicationSupport.vendorAuth(VendorIds.THREE_GPP,
                        ApplicationIds.S9), c -> hasPeer(c, Application.S9),
                        "an establishment.peers entry with application s9"));
    }

    static boolean hasPeer(NodeConfig config, Application application) {
        return config.establishment().peers().stream().anyMatch(p -> p.application() == application);
    }

    @Override
    public void configure(ModuleContext c) {
        ctx = c;
        establishment = EstablishmentModule.create(c.config(), c.dictionary(), c.ports().require(Store.class, name()),
                c.ports().require(GxPolicyPort.class, name()), c.send(), c.afterAnswer(), c.clock());
        establishment.register(c.handlers());
        c.ports().require(GxSessionEvents.class, name()).add(establishment.gxListener());
        c.ports().provide(EstablishmentModule.class, establishment);
    }

    /** The wired establishment (after {@link #configure}). */
    public EstablishmentModule establishment() {
        return establishment;
    }

    /** Trigger deadlines, every second. */
    @Override
    public void start() {
        ctx.timer().scheduleAtFixedRate(establishment::runDue, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Losses are noted at once (cheap); a restart's unlinking and the triggers a peer's return
     * sends run on the timer's one thread, so the unlinking comes first.
     */
    @Override
    public void onNodeEvent(NodeEvent event) {
        establishment.onNodeEvent(event);
        if (event instanceof NodeEvent.OriginStateIdChanged changed) {
            ctx.timer().execute(() -> establishment.peerRestarted(changed.host()));
        } else if (event instanceof NodeEvent.PeerUp up) {
            ctx.timer().execute(() -> establishment.peerUp(up.host()));
        }
    }

    @Override
    public Map<String, Long> counters() {
        EstablishmentCounters.Snapshot e = establishment.counters().snapshot();
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("establishment.triggersSent", e.sent());
        out.put("establishment.triggersRetried", e.retried());
        out.put("establishment.triggersSuppressed", e.suppressed());
        out.put("establishment.matched", e.matched());
        out.put("establishment.failedTimeout", e.failedTimeout());
        out.put("establishment.failedRejected", e.failedRejected());
        out.put("establishment.unmatchedRequests", e.unmatchedRequests());
        return out;
    }
}
