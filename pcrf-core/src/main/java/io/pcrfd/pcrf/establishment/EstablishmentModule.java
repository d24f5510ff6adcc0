package io.pcrfd.pcrf.establishment;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.diameter.peer.NodeEvent;
import io.pcrfd.pcrf.app.HandlerRegistry;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.config.PeerConfig;
import io.pcrfd.pcrf.establishment.s9a.GxPolicyPort;
import io.pcrfd.pcrf.establishment.s9a.PeerRestart;
import io.pcrfd.pcrf.establishment.s9a.S9aContext;
import io.pcrfd.pcrf.establishment.s9a.S9aPolicyPush;
import io.pcrfd.pcrf.establishment.s9a.S9aRequestHandler;
import io.pcrfd.pcrf.establishment.vpcrf.VPcrfContext;
import io.pcrfd.pcrf.establishment.vpcrf.VPcrfTriggerHandler;
import io.pcrfd.pcrf.establishment.vpcrf.VisitedS9Sessions;
import io.pcrfd.pcrf.gx.GxSessionListener;
import io.pcrfd.store.Store;
import io.pcrfd.store.model.IpCanSession;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Reverse-initiated establishment wired from the node configuration, for the PCRF runtime:
 *
 * <pre>{@code
 * Dictionary dict = EstablishmentModule.dictionary(config);          // the node's dictionary
 * EstablishmentModule est = EstablishmentModule.create(config, dict, store, gxPort, node::send,
 *         afterAnswer, clock);
 * est.register(dispatcher);                                           // S9a/S9 CCR, S9 TER and RAR
 * node.subscribe(est::onNodeEvent);                                   // peer restarts and losses
 * applications.addAll(EstablishmentModule.APPLICATIONS);             // advertised in CER/CEA
 * GxApplication.create(..., est.gxListener());
 * timer.scheduleAtFixedRate(est::runDue, 1, 1, SECONDS);              // trigger deadlines
 * }</pre>
 *
 * {@code afterAnswer} runs work that must follow an answer on the wire (the V-PCRF's S9 CCR-I
 * after its TEA): any executor whose tasks start after the handler returns, for example a
 * virtual-thread executor, since the peer layer writes a completed answer before a send queued
 * from another thread.
 */
public final class EstablishmentModule {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EstablishmentModule.class);
    /** S9a (PCRF side of BPCF sessions) and S9 (H-PCRF and V-PCRF roles), vendor 3GPP. */
    public static final List<ApplicationSupport> APPLICATIONS = List.of(
            ApplicationSupport.vendorAuth(VendorIds.THREE_GPP, TriggerMessages.applicationId(
                    io.pcrfd.pcrf.config.EstablishmentPeerConfig.Application.S9A)),
            ApplicationSupport.vendorAuth(VendorIds.THREE_GPP, TriggerMessages.applicationId(
                    io.pcrfd.pcrf.config.EstablishmentPeerConfig.Application.S9)));
    private static final int CREDIT_CONTROL = CommandCodes.CREDIT_CONTROL;
    private static final int RE_AUTH = CommandCodes.RE_AUTH;
    private static final int TRIGGER_ESTABLISHMENT = CommandCodes.TRIGGER_ESTABLISHMENT;

    private final EstablishmentService service;
    private final S9aRequestHandler s9a;
    private final VPcrfTriggerHandler vPcrf;
    private final VisitedS9Sessions visited;
    private final GxSessionListener listener;
    private final PeerRestart peerRestart;
    /** Restarted peers whose sessions are being unlinked, until the peer is up and triggered again. */
    private final Map<String, CompletionStage<List<IpCanSession>>> restarted = new ConcurrentHashMap<>();

    private EstablishmentModule(EstablishmentService service, S9aRequestHandler s9a, VPcrfTriggerHandler vPcrf,
                                VisitedS9Sessions visited, GxSessionListener listener, PeerRestart peerRestart) {
        this.service = service;
        this.s9a = s9a;
        this.vPcrf = vPcrf;
        this.visited = visited;
        this.listener = listener;
        this.peerRestart = peerRestart;
    }

    /** The node's dictionary: the standard files with the project AVPs where the config puts them. */
    public static Dictionary dictionary(NodeConfig config) {
        return ProjectAvps.dictionary(config.establishment().projectAvps());
    }

    public static EstablishmentModule create(NodeConfig config, Dictionary dictionary, Store store, GxPolicyPort gx,
                                             Function<DiameterMessage, CompletionStage<DiameterMessage>> send,
                                             Executor afterAnswer, Clock clock) {
        String host = config.diameter().originHost();
        String realm = config.diameter().originRealm();
        Function<String, String> realmOf = peer -> realmOf(config, peer);
        SessionIds ids = new SessionIds(host, clock);
        EstablishmentInitiator initiator = new EstablishmentInitiator(config.establishment(),
                new TriggerMessages(dictionary, new LocalNode(host, realm)), realmOf, store, send, clock, ids,
                new EstablishmentCounters());
        S9aContext ctx = new S9aContext(dictionary, host, realm, store, gx, send, realmOf, clock);
        S9aPolicyPush push = new S9aPolicyPush(ctx);
        EstablishmentService service = new EstablishmentService(initiator, push);
        VPcrfContext vCtx = new VPcrfContext(dictionary, host, realm, store, send, afterAnswer, clock);
        VisitedS9Sessions visited = new VisitedS9Sessions(vCtx);
        VPcrfTriggerHandler vPcrf = new VPcrfTriggerHandler(vCtx, visited, ids::next,
                config.establishment().triggerTimeout());
        return new EstablishmentModule(service, service.s9aHandler(ctx), vPcrf, visited,
                GxSessionListener.all(new GxEstablishmentListener(service, push, store), visited.gxListener()),
                new PeerRestart(ctx));
    }

    /**
     * Registers the S9a and S9 CCR handlers (H-PCRF / PCRF side) and the S9 TER and RAR handlers
     * (V-PCRF role: an S9 RAR always comes from the H-PCRF, TS 29.215 §4.5.2).
     */
    public void register(Dispatcher dispatcher) {
        register((HandlerRegistry) dispatcher::register);
    }

    /** As {@link #register(Dispatcher)}, on any registry (the node's filtered view, see {@link S9Module}). */
    public void register(HandlerRegistry dispatcher) {
        long s9a = TriggerMessages.applicationId(io.pcrfd.pcrf.config.EstablishmentPeerConfig.Application.S9A);
        long s9 = TriggerMessages.applicationId(io.pcrfd.pcrf.config.EstablishmentPeerConfig.Application.S9);
        dispatcher.register(s9a, CREDIT_CONTROL, (c, ccr) -> s9a().handleCcr(c.peerHost(), ccr));
        dispatcher.register(s9, CREDIT_CONTROL, (c, ccr) -> s9a().handleCcr(c.peerHost(), ccr));
        dispatcher.register(s9, TRIGGER_ESTABLISHMENT, (c, ter) -> vPcrf.handleTer(ter));
        dispatcher.register(s9, RE_AUTH, (c, rar) -> visited.handleRar(rar));
    }

    /**
     * What the node tells about its peers: a peer that restarted (Origin-State-Id, RFC 6733
     * §8.16) or whose connection went down has lost (or may have lost) the sessions we hold with
     * it, so the device-level trigger session towards it is opened anew by the next trigger, and
     * the S9 sessions a V-PCRF opened towards a restarted H-PCRF are dropped.
     */
    public void onNodeEvent(NodeEvent event) {
        switch (event) {
            case NodeEvent.OriginStateIdChanged c -> {
                service.initiator().peerReset(c.host(), "it restarted (Origin-State-Id " + c.previous() + " -> "
                        + c.current() + ")");
                visited.peerRestarted(c.host());
            }
            case NodeEvent.PeerDown d -> service.initiator().peerReset(d.host(), "its connection went down: "
                    + d.reason());
            case NodeEvent.PeerUp u -> { }
        }
    }

    /** The S9 sessions this node opened as a V-PCRF. */
    public VisitedS9Sessions visitedS9() {
        return visited;
    }

    /** For {@code GxApplication.create(..., other)}. */
    public GxSessionListener gxListener() {
        return listener;
    }

    /** The trigger API itself (what the listener calls). */
    public EstablishmentTrigger trigger() {
        return service;
    }

    public S9aRequestHandler s9a() {
        return s9a;
    }

    public EstablishmentCounters counters() {
        return service.initiator().counters();
    }

    /** Retries or fails triggers whose deadline passed; run it every second or so. */
    public void runDue() {
        service.initiator().runDue().whenComplete((n, e) -> {
            if (e != null) {
                LOG.error("trigger deadline pass failed: {}", e.toString());
            }
        });
    }

    /**
     * {@code host} announced a new Origin-State-Id (RFC 6733 §8.16): the S9a/S9 sessions it owned
     * are gone with its state, so they are unlinked from their IP-CAN sessions now; the triggers
     * that let it open them again go out at {@link #peerUp}. Call in the order the node reports them.
     */
    public void peerRestarted(String host) {
        restarted.put(host, peerRestart.unlinkAll(host).whenComplete((unlinked, e) -> {
            if (e != null) {
                LOG.error("peer={} restarted: its S9a/S9 sessions could not be unlinked: {}", host, e.toString());
            } else if (!unlinked.isEmpty()) {
                LOG.warn("peer={} restarted (new Origin-State-Id): its S9a/S9 sessions of {} IP-CAN sessions ended; "
                        + "it is triggered again once up", host, unlinked.size());
            }
        }));
    }

    /**
     * {@code host} is up. After a restart, each IP-CAN session that had a session with it is
     * triggered again, one after the other, as a new IP-CAN session would be (the trigger goes
     * where {@code establishment.mappings} says; a session that no longer needs one gets none).
     */
    public void peerUp(String host) {
        CompletionStage<List<IpCanSession>> unlinked = restarted.remove(host);
        if (unlinked == null) {
            return;
        }
        unlinked.thenCompose(this::triggerAgain).whenComplete((n, e) -> {
            if (e != null) {
                LOG.error("peer={} restarted: triggering it again failed: {}", host, e.toString());
            }
        });
    }

    private CompletionStage<Void> triggerAgain(List<IpCanSession> sessions) {
        CompletionStage<Void> done = CompletableFuture.completedFuture(null);
        for (IpCanSession gx : sessions) {
            done = done.thenCompose(x -> service.onGxSessionEstablished(gx)).thenApply(r -> null);
        }
        return done;
    }

    static String realmOf(NodeConfig config, String host) {
        return config.diameter().peers().stream().filter(p -> p.host().equalsIgnoreCase(host))
                .map(PeerConfig::realm).filter(r -> r != null).findFirst()
                .orElse(host.indexOf('.') > 0 ? host.substring(host.indexOf('.') + 1) : config.diameter().originRealm());
    }
}
