package io.pcrfd.diameter.peer;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.capabilities.PeerCapabilities;
import io.pcrfd.diameter.peer.fsm.ConnectionRules;
import io.pcrfd.diameter.peer.fsm.PeerAction;
import io.pcrfd.diameter.peer.fsm.PeerEvent;
import io.pcrfd.diameter.peer.fsm.PeerState;
import io.pcrfd.diameter.peer.fsm.PeerStateMachine;
import io.pcrfd.diameter.peer.fsm.Transition;
import io.pcrfd.diameter.peer.routing.Route;
import io.pcrfd.diameter.peer.watchdog.WatchdogEvent;
import io.pcrfd.diameter.peer.watchdog.WatchdogState;
import io.pcrfd.diameter.spec.Rfc6733;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One remote Diameter node: runs the RFC 6733 §5.6 {@link PeerStateMachine} and the RFC 3539
 * watchdog ({@link PeerWatchdog}) on one event loop, which owns every field here. Connections
 * on other loops {@link #post} their events, with their context (the connection, the CER) in
 * the {@code candidate*} fields, because the machine itself is pure.
 */
final class Peer implements Route {
    private static final Logger log = LoggerFactory.getLogger(Peer.class);

    private final NodeContext node;
    private final EventLoop loop;
    private final String host;
    private final PeerConfig config;
    private final PeerWatchdog watchdog;
    private final PeerConnector connector;
    private volatile String realm;
    private volatile PeerState state = PeerState.CLOSED;
    private volatile PeerState visibleState = PeerState.CLOSED; // set after the actions: open = routable
    private volatile Connection active;
    private volatile RequestContext context;
    private volatile CompletableFuture<Void> closed = CompletableFuture.completedFuture(null);
    private Connection iConn;
    private Connection rConn;
    private Connection candidate;
    private DiameterMessage candidateCer;
    private DiameterMessage heldCerForCea;
    private PeerCapabilities candidateCaps;
    /** The applications both sides advertised; written on the peer's loop, read by routing on any thread. */
    private volatile Set<Long> common = Set.of();
    private PeerCapabilities ceaCaps;
    private DiameterMessage heldDpr;
    private ScheduledFuture<?> stateTimer;
    private long originStateId;
    private boolean stopped;

    Peer(NodeContext node, EventLoop loop, String host, String realm, PeerConfig config) {
        this.node = node;
        this.loop = loop;
        this.host = host;
        this.realm = realm;
        this.config = config;
        this.watchdog = new PeerWatchdog(this, node);
        this.connector = new PeerConnector(this, node, config);
        this.context = new RequestContext(host, realm, node.dictionary(), node.options().identity());
    }

    @Override
    public String host() {
        return host;
    }

    @Override
    public String realm() {
        return realm;
    }

    @Override
    public int priority() {
        return config == null ? PeerConfig.DEFAULT_PRIORITY : config.priority();
    }

    @Override
    public boolean servesApplication(long applicationId) {
        Set<Long> apps = common;
        return apps.contains(applicationId) || apps.contains(ApplicationIds.RELAY);
    }

    @Override
    public Health health() {
        if (active == null || !state.isOpen()) {
            return Health.UNAVAILABLE;
        }
        WatchdogState w = watchdog.status().state();
        return w == WatchdogState.OKAY ? Health.OKAY : w == WatchdogState.REOPEN ? Health.REOPEN : Health.UNAVAILABLE;
    }

    EventLoop loop() {
        return loop;
    }

    PeerConfig config() {
        return config;
    }

    PeerState state() {
        return visibleState;
    }

    PeerWatchdog watchdog() {
        return watchdog;
    }

    Connection active() {
        return active;
    }

    RequestContext context() {
        return context;
    }

    Duration tw() {
        return config == null ? PeerConfig.DEFAULT_TW : config.tw();
    }

    void post(Runnable r) {
        if (loop.inEventLoop()) {
            r.run();
        } else {
            loop.execute(r);
        }
    }

    /** Dial (configured CONNECT peers). */
    void start() {
        post(() -> {
            stopped = false;
            fire(PeerEvent.START);
        });
    }

    /**
     * Graceful stop: DPR with {@code cause} when open, otherwise close what is there. The
     * future completes when the peer is CLOSED.
     */
    CompletableFuture<Void> stop(long cause) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        post(() -> {
            stopped = true;
            connector.cancel();
            if (state.isOpen()) {
                connector.disconnectCause(cause);
                fire(PeerEvent.STOP);
            } else if (state != PeerState.CLOSED && state != PeerState.CLOSING) {
                fire(PeerEvent.TIMEOUT);
            }
            closed.whenComplete((v, e) -> done.complete(null));
        });
        return done;
    }

    // ---- events from connections (all on this loop) ----

    void onConnected(Connection c) {
        iConn = c;
        fire(PeerEvent.I_RCV_CONN_ACK);
    }

    void onConnectFailed() {
        fire(PeerEvent.I_RCV_CONN_NACK);
    }

    void onRConnCer(Connection c, DiameterMessage cer, PeerCapabilities caps, Set<Long> shared) {
        if (state.isOpen() && replaces(active, caps)) {
            Connection old = active;
            old.close();
            onDisconnected(old);
        }
        candidate = c;
        candidateCer = cer;
        candidateCaps = caps;
        common = shared;
        fire(PeerEvent.R_CONN_CER);
        candidate = null;
    }

    /** Whether a CER on a new connection takes over the open one ({@link ConnectionRules}). */
    private boolean replaces(Connection old, PeerCapabilities caps) {
        boolean oldActive = old.channel().isActive();
        boolean replaces = ConnectionRules.newConnectionReplaces(oldActive, originStateId, caps.originStateId());
        if (replaces) {
            log.info("peer={} new connection replaces the open one (Origin-State-Id {} -> {}, old one active: {})",
                    host, originStateId, caps.originStateId(), oldActive);
        }
        return replaces;
    }

    void onCea(Connection c, DecodeResult r) {
        if (c != iConn) {
            return;
        }
        PeerCapabilities caps = PeerCapabilities.of(r.message());
        long rc = ResultCodes.of(r.message());
        Set<Long> shared = node.capabilities().common(caps);
        if (!ResultCodes.isSuccess(rc) || shared.isEmpty()) {
            log.info("peer={} CEA refused us: Result-Code {} ({}), {} common applications", host, rc,
                    ResultCodes.name(rc), shared.size());
            c.close();
            return;
        }
        ceaCaps = caps;
        common = shared;
        fire(PeerEvent.I_RCV_CEA);
    }

    void onNonCea(Connection c, DiameterMessage m) {
        if (c == iConn) {
            log.info("peer={} sent {} instead of a CEA", host, m.name());
            fire(PeerEvent.I_RCV_NON_CEA);
        }
    }

    void onDisconnected(Connection c) {
        if (c == iConn) {
            fire(PeerEvent.I_PEER_DISC);
        } else if (c == rConn) {
            fire(PeerEvent.R_PEER_DISC);
        }
    }

    void onWatchdogMessage(Connection c, DiameterMessage m) {
        recordOriginStateId(m.avp(Rfc6733.ORIGIN_STATE_ID).map(Avp::asUnsigned32).orElse(0L));
        if (c == active) {
            watchdog.fire(m.isRequest() ? WatchdogEvent.RECEIVE_NON_DWA : WatchdogEvent.RECEIVE_DWA);
        }
    }

    void onDisconnectMessage(Connection c, DiameterMessage m) {
        if (c != active && state != PeerState.CLOSING) {
            return;
        }
        if (m.isRequest()) {
            heldDpr = m;
            long cause = m.avp(Rfc6733.DISCONNECT_CAUSE).map(Avp::asInt).orElse((int) BaseMessages.REBOOTING);
            log.info("peer={} DPR received, Disconnect-Cause {}", host, cause);
            connector.peerSaidGoodbye(cause);
            if (state == PeerState.CLOSING) {
                c.send(node.baseMessages().dpa(m));
            }
            fire(PeerEvent.RCV_DPR);
        } else {
            fire(PeerEvent.RCV_DPA);
        }
    }

    /** Any non-base message on the open connection: only outside OKAY is it a watchdog event. */
    void onTraffic(Connection c) {
        if (watchdog.status().state() != WatchdogState.OKAY) {
            post(() -> {
                if (c == active) {
                    watchdog.fire(WatchdogEvent.RECEIVE_NON_DWA);
                }
            });
        }
    }

    // ---- the machine ----

    private void fire(PeerEvent event) {
        PeerState before = state;
        Transition t = PeerStateMachine.next(before, event);
        state = t.next();
        if (before != state) {
            log.info("peer={} {} -> {} on {}", host, before, state, event);
        }
        boolean won = false;
        for (PeerAction a : t.actions()) {
            won |= perform(a);
        }
        afterTransition(before);
        visibleState = state;
        if (won) {
            fire(PeerEvent.WIN_ELECTION);
        }
    }

    /** Carries out one action; true when an election was won. */
    private boolean perform(PeerAction a) {
        switch (a) {
            case I_SND_CONN_REQ -> connector.connect();
            case R_ACCEPT -> {
                rConn = candidate;
                heldCerForCea = candidateCer;
            }
            case PROCESS_CER -> processCapabilities(candidateCaps);
            case R_SND_CEA -> {
                rConn.send(node.capabilities().cea(heldCerForCea, ResultCodes.DIAMETER_SUCCESS));
                rConn.markOpen();
            }
            case I_SND_CER -> iConn.send(node.capabilities().cer(HopByHopId.of(0),
                    node.endToEndIds().next()));
            case PROCESS_CEA -> {
                processCapabilities(ceaCaps);
                iConn.markOpen();
            }
            case ELECT -> {
                boolean won = ConnectionRules.localWinsElection(node.options().identity().originHost(),
                        candidateCaps.originHost());
                log.info("peer={} election {}", host, won ? "won: closing our initiated connection" : "lost");
                return won;
            }
            case R_REJECT -> closeQuietly(candidate);
            case I_DISC -> iConn = closeQuietly(iConn);
            case R_DISC -> rConn = closeQuietly(rConn);
            case SND_DPR -> active.send(node.baseMessages().dpr(node.endToEndIds().next(), connector.ourCause()));
            case SND_DPA -> active.send(node.baseMessages().dpa(heldDpr));
            case CLEANUP -> iConn = null;
            case ERROR -> {
                iConn = closeQuietly(iConn);
                rConn = closeQuietly(rConn);
            }
            // The per-message rows run on the connection's fast path (see package-info).
            case SND_MESSAGE, PROCESS, PROCESS_DWR_SND_DWA, PROCESS_DWA -> {
            }
        }
        return false;
    }

    private void processCapabilities(PeerCapabilities caps) {
        realm = caps.originRealm().isEmpty() ? realm : caps.originRealm();
        context = new RequestContext(host, realm, node.dictionary(), node.options().identity());
        recordOriginStateId(caps.originStateId());
        node.routes().add(this);
    }

    private void recordOriginStateId(long value) {
        long previous = originStateId;
        originStateId = value == 0 ? previous : value;
        if (ConnectionRules.peerRestarted(previous, value)) {
            log.info("peer={} Origin-State-Id {} -> {}: it restarted", host, previous, value);
            node.publish(new NodeEvent.OriginStateIdChanged(host, previous, value));
        }
    }

    private static Connection closeQuietly(Connection c) {
        if (c != null) {
            c.close();
        }
        return null;
    }

    private void afterTransition(PeerState before) {
        if (before == state) {
            return;
        }
        cancelStateTimer();
        if (!before.isOpen() && state.isOpen()) {
            opened();
        } else if (before.isOpen() && !state.isOpen()) {
            active = null;
            node.publish(new NodeEvent.PeerDown(host, "left " + before + " for " + state));
        }
        if (state == PeerState.CLOSED) {
            watchdog.down();
            closed.complete(null);
            if (!stopped) {
                connector.scheduleReconnect();
            }
        } else if (before == PeerState.CLOSED) {
            closed = new CompletableFuture<>();
        }
        if (!state.isOpen() && state != PeerState.CLOSED) {
            armStateTimer();
        }
    }

    private void opened() {
        Connection c = state == PeerState.I_OPEN ? iConn : rConn;
        active = c;
        connector.connected();
        watchdog.up(c);
        log.info("peer={} realm={} open ({}), common applications {}", host, realm, state, common);
        node.publish(new NodeEvent.PeerUp(host, realm, common, state == PeerState.I_OPEN));
    }

    private void armStateTimer() {
        Duration d = state == PeerState.CLOSING ? node.timing().dpaTimeout() : node.timing().ceaTimeout();
        PeerState armedIn = state;
        stateTimer = loop.schedule(() -> {
            if (state == armedIn) {
                fire(PeerEvent.TIMEOUT);
            }
        }, d.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void cancelStateTimer() {
        if (stateTimer != null) {
            stateTimer.cancel(false);
            stateTimer = null;
        }
    }
}
