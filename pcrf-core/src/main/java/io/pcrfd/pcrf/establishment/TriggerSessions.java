package io.pcrfd.pcrf.establishment;

import io.pcrfd.pcrf.config.EstablishmentPeerConfig;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Encoding;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Mode;
import io.pcrfd.store.model.AccessInfo;
import io.pcrfd.store.model.PendingTrigger;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The trigger's own Diameter session, per mode (pcrfd.dia Session-Establishment-Request):
 *
 * <ul>
 *   <li>notify-only (and every TER): a new Session-Id per request, never ended (the request
 *       says NO_STATE_MAINTAINED).</li>
 *   <li>one-shot: a new session per trigger, INITIAL_REQUEST; ended by CCR-T once the peer's
 *       session is up ({@link #endOneShot}).</li>
 *   <li>device-level: one session per peer, opened by the first accepted INITIAL_REQUEST and
 *       re-used with UPDATE_REQUEST for every later trigger; it is never ended by a match. It is
 *       taken as closed when the peer answers 5002 DIAMETER_UNKNOWN_SESSION_ID on it
 *       ({@link #closed}), restarts (a new Origin-State-Id, RFC 6733 §8.16) or loses its
 *       connection ({@link #reset}): the next trigger opens a new one with INITIAL_REQUEST.</li>
 * </ul>
 *
 * Kept in memory: after a restart the next device-level trigger opens a new session (the
 * peer sees a fresh INITIAL), and a one-shot session whose CCR-T was never sent is left for
 * the peer to time out.
 */
final class TriggerSessions {
    private final SessionIds ids;
    private final Map<String, DeviceSession> devices = new ConcurrentHashMap<>();
    private final Map<String, TriggerRequest> oneShots = new ConcurrentHashMap<>();

    /** The peer's long-lived trigger session; guarded by its own monitor. */
    private static final class DeviceSession {
        String sessionId;
        long nextNumber;
        boolean open;
        /** The last attempt sent on it; the next one starts when this one is answered. */
        CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
    }

    TriggerSessions(SessionIds ids) {
        this.ids = ids;
    }

    /**
     * Runs {@code attempt} after the attempts already under way towards a device-level peer
     * (whatever their outcome); for other modes at once.
     */
    <T> CompletionStage<T> inTurn(EstablishmentPeerConfig peer, Supplier<CompletionStage<T>> attempt) {
        if (peer.encoding() == Encoding.TER || peer.mode() != Mode.DEVICE_LEVEL) {
            return attempt.get();
        }
        DeviceSession d = devices.computeIfAbsent(peer.host().toLowerCase(), k -> new DeviceSession());
        synchronized (d) {
            CompletableFuture<T> next = d.tail.handle((x, e) -> null).thenCompose(x -> attempt.get());
            d.tail = next;
            return next;
        }
    }

    /** The request for the next attempt of {@code trigger} towards {@code peer}. */
    TriggerRequest next(EstablishmentPeerConfig peer, String realm, PendingTrigger trigger, AccessInfo access) {
        boolean deviceLevel = peer.encoding() != Encoding.TER && peer.mode() == Mode.DEVICE_LEVEL;
        if (!deviceLevel) {
            return new TriggerRequest(peer, realm, ids.next(), trigger, access, false, 0);
        }
        DeviceSession d = devices.computeIfAbsent(peer.host().toLowerCase(), k -> new DeviceSession());
        synchronized (d) {
            if (!d.open) {
                d.sessionId = ids.next();
                d.nextNumber = 0;
            }
            return new TriggerRequest(peer, realm, d.sessionId, trigger, access, d.open, d.nextNumber++);
        }
    }

    /** The peer accepted {@code r}: a device-level session is now open, a one-shot one is remembered. */
    void accepted(TriggerRequest r) {
        if (r.peer().encoding() == Encoding.TER) {
            return;
        }
        switch (r.peer().mode()) {
            case DEVICE_LEVEL -> {
                DeviceSession d = devices.get(r.peer().host().toLowerCase());
                synchronized (d) {
                    d.open = d.open || r.sessionId().equals(d.sessionId);
                }
            }
            case ONE_SHOT -> oneShots.put(r.trigger().triggerId(), r);
            case NOTIFY_ONLY -> { }
        }
    }

    /** The peer answered 5002 on {@code r}'s device-level session: it no longer has it. */
    void closed(TriggerRequest r) {
        DeviceSession d = devices.get(r.peer().host().toLowerCase());
        if (d != null) {
            synchronized (d) {
                if (r.sessionId().equals(d.sessionId)) {
                    d.open = false;
                    d.sessionId = null;
                }
            }
        }
    }

    /** The peer restarted or went down: its device-level session, if open, is taken as gone. True if one was. */
    boolean reset(String peerHost) {
        DeviceSession d = devices.get(peerHost.toLowerCase());
        if (d == null) {
            return false;
        }
        synchronized (d) {
            boolean was = d.open;
            d.open = false;
            d.sessionId = null;
            return was;
        }
    }

    /**
     * The one-shot session of a matched trigger, with the CC-Request-Number of its CCR-T;
     * empty for other modes or when already ended.
     */
    Optional<TriggerRequest> endOneShot(String triggerId) {
        TriggerRequest r = oneShots.remove(triggerId);
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(new TriggerRequest(r.peer(), r.peerRealm(), r.sessionId(), r.trigger(),
                r.access(), true, r.requestNumber() + 1));
    }

    /** Forgets a trigger that failed or whose Gx session ended. */
    void forget(String triggerId) {
        oneShots.remove(triggerId);
    }
}
