package io.pcrfd.bpcf;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.pcrf.config.Bitrate;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.config.PeerConfig;
import io.pcrfd.pcrf.establishment.ProjectAvps;
import io.pcrfd.pcrf.establishment.SessionIds;
import io.pcrfd.pcrf.establishment.s9a.IdentificationAvps;
import io.pcrfd.store.model.TriggerIdentification;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The BPCF role without sockets: answers triggers ({@link #triggers()}), keeps S9a sessions
 * ({@link #sessions()}), admits QoS rules on access lines ({@link #lines()}), and offers the
 * simulator's commands: attach, detach, usage, line capacity, list. The runtime wires
 * {@code sender} to the peer layer and registers the handlers; tests wire them to a PCRF.
 */
public final class Bpcf {
    private static final Logger LOG = LoggerFactory.getLogger(Bpcf.class);
    /** The Monitoring-Key of usage reported without one (README "The BPCF's usage reports"). */
    public static final String DEFAULT_MONITORING_KEY = "fixed-line";
    private final BpcfContext ctx;
    private final NodeConfig config;
    private final BpcfSessions sessions;
    private final TriggerReceiver triggers;

    private Bpcf(BpcfContext ctx, NodeConfig config) {
        this.ctx = ctx;
        this.config = config;
        this.sessions = new BpcfSessions(ctx);
        this.triggers = new TriggerReceiver(ctx, sessions);
    }

    /** A BPCF for {@code config} (role bpcf): identity, dictionary, lines. */
    public static Bpcf create(NodeConfig config, Function<DiameterMessage, CompletionStage<DiameterMessage>> sender,
                              Executor afterAnswer, Clock clock) {
        Dictionary dictionary = ProjectAvps.dictionary(config.establishment().projectAvps());
        String host = config.diameter().originHost();
        SessionIds ids = new SessionIds(host, clock);
        BpcfContext ctx = new BpcfContext(dictionary, host, config.diameter().originRealm(),
                new AccessLines(config.bpcf().lines()), sender, afterAnswer, ids::next);
        return new Bpcf(ctx, config);
    }

    public Dictionary dictionary() {
        return ctx.dictionary();
    }

    public TriggerReceiver triggers() {
        return triggers;
    }

    public BpcfSessions sessions() {
        return sessions;
    }

    public AccessLines lines() {
        return ctx.lines();
    }

    /**
     * The fixed network reports a UE (or H(e)NB) attaching at {@code localIp}: opens an S9a
     * session towards the configured PCRF without any trigger (TS 29.215 §A.5.1.1).
     */
    public CompletionStage<OpenResult> attach(String localIp, String imsi, String apn) {
        String line = ctx.lines().lineFor(IdentificationAvps.literal(localIp), null)
                .orElseThrow(() -> new IllegalArgumentException("no access line serves " + localIp));
        String pcrf = config.bpcf().pcrfPeer();
        return sessions.open(pcrf, realmOf(pcrf), line, new TriggerIdentification(null, localIp, null, imsi, apn));
    }

    /** The fixed network reports the UE at {@code localIp} detaching: CCR-T. */
    public CompletionStage<Long> detach(String localIp) {
        return sessions.forLocalIp(localIp).map(s -> sessions.terminate(s.sessionId()))
                .orElse(CompletableFuture.completedFuture(ResultCodes.DIAMETER_UNKNOWN_SESSION_ID));
    }

    /**
     * Usage of {@code monitoringKey} for the session {@code target} names (a line's goes to its
     * first session, see {@link UsageTarget}), reported with CCR-U at once or, with
     * {@code whenGranted}, once the key's grant is reached.
     *
     * @throws IllegalArgumentException for an empty key, an unknown line, an IMSI with several sessions
     */
    public CompletionStage<UsageResult> reportUsage(UsageTarget target, String monitoringKey, Octets used,
                                                    boolean whenGranted) {
        if (monitoringKey == null || monitoringKey.isEmpty()) {
            throw new IllegalArgumentException("the Monitoring-Key cannot be empty");
        }
        if (target.kind() == UsageTarget.Kind.LINE && !ctx.lines().has(target.value())) {
            throw new IllegalArgumentException("no access line " + target.value());
        }
        return sessions.reportUsage(target, monitoringKey, used, whenGranted);
    }

    /** Usage of the UE at {@code localIp} under {@value #DEFAULT_MONITORING_KEY}, reported at once. */
    public CompletionStage<Long> reportUsage(String localIp, long inputOctets, long outputOctets) {
        return reportUsage(new UsageTarget(UsageTarget.Kind.LOCAL_IP, localIp), DEFAULT_MONITORING_KEY,
                Octets.of(null, inputOctets, outputOctets), false).thenApply(UsageResult::resultCode);
    }

    public void setCapacity(String lineId, Bitrate uplink, Bitrate downlink) {
        ctx.lines().setCapacity(lineId, uplink, downlink);
    }

    public Collection<BpcfSessionView> list() {
        return sessions.list();
    }

    /** The state a graceful stop writes: sessions, line capacities and reservations. */
    BpcfSnapshot snapshot(Instant at, String originHost, long originStateId) {
        return new BpcfSnapshot(BpcfSnapshot.KIND, BpcfSnapshot.FORMAT, at, originHost, originStateId,
                sessions.records(), ctx.lines().records());
    }

    /**
     * Puts back the state of the previous run. A line no longer in the configuration is dropped
     * with its sessions (logged): the PCRF learns it at its next RAR on them (5002) and unlinks them.
     */
    void restore(BpcfSnapshot s) {
        s.lines().stream().filter(l -> !ctx.lines().restore(l))
                .forEach(l -> LOG.warn("snapshot: access line {} is no longer configured: dropped", l.id()));
        for (BpcfSnapshot.Session session : s.sessions()) {
            if (ctx.lines().has(session.lineId())) {
                sessions.restore(session);
            } else {
                LOG.warn("snapshot: S9a session {} dropped: its access line {} is no longer configured",
                        session.sessionId(), session.lineId());
            }
        }
        LOG.info("BPCF state restored: {} S9a sessions, {} access lines, written at {}", sessions.list().size(),
                s.lines().size(), s.writtenAt());
    }

    private String realmOf(String host) {
        return config.diameter().peers().stream().filter(p -> p.host().equalsIgnoreCase(host))
                .map(PeerConfig::realm).filter(r -> r != null).findFirst()
                .orElse(host.indexOf('.') > 0 ? host.substring(host.indexOf('.') + 1) : host);
    }
}
