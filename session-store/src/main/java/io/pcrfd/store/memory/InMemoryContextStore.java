package io.pcrfd.store.memory;

import io.pcrfd.store.SessionContextStore;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SessionState;
import io.pcrfd.store.model.SubscriberId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed session contexts, one per APN + trafficId (the latest close wins), each kept until its
 * retention ends, and never more than {@code maxEntries} of them: past the cap, the ones whose
 * retention ends first (with one retention setting, the oldest closed) are dropped at once and
 * counted for the sweep to log. Ongoing contexts are read through from the session store.
 *
 * <p>Retention is by a {@link DeadlineQueue}, which also finds the context to drop. Strings and
 * values that repeat across subscribers (APN, gateway, RAT type, MCC/MNC, rule names, QoS) are
 * shared through {@link SharedValues} rather than kept once per context.
 */
final class InMemoryContextStore implements SessionContextStore {

    private final Clock clock;
    private final int maxEntries;
    private final ConcurrentHashMap<SubscriberApnKey, SessionContext> closed = new ConcurrentHashMap<>();
    private final DeadlineQueue<SubscriberApnKey> deadlines = new DeadlineQueue<>();
    private final SharedValues shared = new SharedValues();
    private final AtomicLong dropped = new AtomicLong();
    private SessionStore sessions;

    InMemoryContextStore(Clock clock, int maxEntries) {
        this.clock = clock;
        this.maxEntries = maxEntries;
    }

    /** Wired once by {@link InMemoryStore} (the two stores refer to each other). */
    void attach(SessionStore sessionStore) {
        this.sessions = sessionStore;
    }

    void putClosed(IpCanSession session, Instant retainUntil) {
        if (session.trafficId() == null) {
            return;
        }
        put(SessionContext.of(session, SessionState.CLOSED, session.updatedAt(), retainUntil));
    }

    /**
     * Keeps the context of the session updated last, whatever order two closes
     * of the same APN + trafficId finish in, then drops the earliest-expiring contexts while
     * more than {@code maxEntries} are held.
     */
    void put(SessionContext context) {
        SessionContext c = shared.of(context);
        closed.compute(SubscriberApnKey.of(c.trafficId(), c.apn()), (k, old) -> {
            if (old != null && c.updateTime().isBefore(old.updateTime())) {
                return old;
            }
            // A later deadline is found lazily from the old entry; an earlier one is filed.
            if (old == null || c.expiresAt().isBefore(old.expiresAt())) {
                deadlines.add(k, c.expiresAt());
            }
            return c;
        });
        while (closed.size() > maxEntries && dropEarliest()) {
            dropped.incrementAndGet();
        }
    }

    private boolean dropEarliest() {
        SubscriberApnKey key = deadlines.pollEarliest(k -> {
            SessionContext c = closed.get(k);
            return c == null ? null : c.expiresAt();
        });
        return key != null && closed.remove(key) != null;
    }

    /** Contexts dropped over the cap since the last call. */
    long takeDropped() {
        return dropped.getAndSet(0);
    }

    @Override
    public CompletionStage<List<SessionContext>> find(String apn, SubscriberId trafficId) {
        return sessions.findBySubscriber(trafficId, apn).thenApply(live -> {
            List<SessionContext> out = new ArrayList<>(live.size() + 1);
            for (IpCanSession s : live) {
                if (trafficId.equals(s.trafficId())) {
                    out.add(SessionContext.ongoing(s));
                }
            }
            closedLive(apn, trafficId).ifPresent(out::add);
            return out;
        });
    }

    @Override
    public CompletionStage<Optional<SessionContext>> findClosed(String apn, SubscriberId trafficId) {
        return Completions.now(() -> closedLive(apn, trafficId));
    }

    private Optional<SessionContext> closedLive(String apn, SubscriberId trafficId) {
        SessionContext c = closed.get(SubscriberApnKey.of(trafficId, apn));
        return Optional.ofNullable(c).filter(x -> x.expiresAt().isAfter(clock.instant()));
    }

    int sweep() {
        Instant now = clock.instant();
        int before = closed.size();
        deadlines.drain(now, key -> {
            SessionContext live = closed.computeIfPresent(key, (k, c) -> c.expiresAt().isAfter(now) ? c : null);
            return live == null ? null : live.expiresAt();
        });
        return before - closed.size();
    }

    int size() {
        return closed.size();
    }

    Collection<SessionContext> all() {
        Instant now = clock.instant();
        return closed.values().stream().filter(c -> c.expiresAt().isAfter(now)).toList();
    }
}
