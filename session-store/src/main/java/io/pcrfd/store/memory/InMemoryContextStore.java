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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed session contexts, one per session, grouped per trafficId (a short list, newest first,
 * replaced as a whole), each kept until its retention ends, and never more than
 * {@code maxEntries} in all: past the cap, the ones whose retention ends first (with one
 * retention setting, the oldest closed) are dropped at once and counted for the sweep to log.
 * Ongoing contexts are read through from the session store.
 *
 * <p>Retention is by a {@link ClosedOrder} of the contexts by the end of their retention
 * (a FIFO, since they close in time order); it also finds the context to drop. Strings and values that repeat across
 * subscribers (APN, gateway, RAT type, MCC/MNC, rule names, QoS) are shared through
 * {@link SharedValues} rather than kept once per context.
 */
final class InMemoryContextStore implements SessionContextStore {

    private final Clock clock;
    private final int maxEntries;
    private final ConcurrentHashMap<SubscriberId, List<SessionContext>> closed = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();
    private final ClosedOrder order = new ClosedOrder();
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
     * Adds the context of a closed session (a second close of one Session-Id keeps the later
     * update), then drops the earliest-expiring contexts while more than {@code maxEntries}
     * are held.
     */
    void put(SessionContext context) {
        SessionContext c = shared.of(context);
        boolean[] stored = {false};
        closed.compute(c.trafficId(), (k, old) -> {
            List<SessionContext> was = old == null ? List.of() : old;
            SessionContext same = bySession(was, c.sessionId());
            if (same != null && c.updateTime().isBefore(same.updateTime())) {
                return old;
            }
            if (same == null) {
                count.incrementAndGet();
            }
            stored[0] = true;
            return ClosedLists.with(was, same, c);
        });
        if (stored[0]) {
            order.add(c);
        }
        while (count.get() > maxEntries && dropEarliest()) {
            dropped.incrementAndGet();
        }
    }

    /** Drops the held context whose retention ends first; false when none is held. */
    private boolean dropEarliest() {
        for (SessionContext c = order.pollEarliest(); c != null; c = order.pollEarliest()) {
            if (remove(c)) {
                return true;
            }
        }
        return false;
    }

    /** Removes {@code c} itself (not a context that replaced it); false when it is no longer held. */
    private boolean remove(SessionContext c) {
        boolean[] removed = {false};
        closed.computeIfPresent(c.trafficId(), (k, list) -> {
            List<SessionContext> rest = ClosedLists.without(list, c);
            removed[0] = rest.size() < list.size();
            return rest.isEmpty() ? null : rest;
        });
        if (removed[0]) {
            count.decrementAndGet();
        }
        return removed[0];
    }

    /** Contexts dropped over the cap since the last call. */
    long takeDropped() {
        return dropped.getAndSet(0);
    }

    @Override
    public CompletionStage<List<SessionContext>> find(String apn, SubscriberId trafficId) {
        return sessions.findBySubscriber(trafficId, apn).thenApply(live -> {
            List<SessionContext> out = ongoing(live, trafficId);
            for (SessionContext c : closedLive(trafficId)) {
                if (c.apn().equals(apn)) {
                    out.add(c);
                }
            }
            return out;
        });
    }

    @Override
    public CompletionStage<Optional<SessionContext>> findClosed(String apn, SubscriberId trafficId) {
        return Completions.now(() -> closedLive(trafficId).stream().filter(c -> c.apn().equals(apn)).findFirst());
    }

    @Override
    public CompletionStage<List<SessionContext>> findBySubscriber(SubscriberId trafficId) {
        return sessions.findBySubscriber(trafficId).thenApply(live -> {
            List<SessionContext> out = ongoing(live, trafficId);
            out.addAll(closedLive(trafficId));
            return out;
        });
    }

    @Override
    public CompletionStage<Integer> removeClosedBefore(SubscriberId trafficId, Instant cutoff) {
        return Completions.now(() -> {
            int[] removed = {0};
            closed.computeIfPresent(trafficId, (k, list) -> {
                List<SessionContext> kept = list.stream().filter(c -> !c.updateTime().isBefore(cutoff)).toList();
                removed[0] = list.size() - kept.size();
                return kept.isEmpty() ? null : kept;
            });
            count.addAndGet(-removed[0]);
            return removed[0];
        });
    }

    static List<SessionContext> ongoing(List<IpCanSession> live, SubscriberId trafficId) {
        List<SessionContext> out = new ArrayList<>(live.size() + 2);
        for (IpCanSession s : live) {
            if (trafficId.equals(s.trafficId())) {
                out.add(SessionContext.ongoing(s));
            }
        }
        return out;
    }

    private List<SessionContext> closedLive(SubscriberId trafficId) {
        List<SessionContext> list = closed.get(trafficId);
        if (list == null) {
            return List.of();
        }
        Instant now = clock.instant();
        return list.stream().filter(x -> x.expiresAt().isAfter(now)).toList();
    }

    /** Removes the contexts whose retention has ended; returns how many. */
    int sweep() {
        Instant now = clock.instant();
        int removed = 0;
        for (SessionContext c = order.pollEnded(now); c != null; c = order.pollEnded(now)) {
            if (remove(c)) {
                removed++;
            }
        }
        return removed;
    }

    int size() {
        return count.get();
    }

    Collection<SessionContext> all() {
        Instant now = clock.instant();
        return closed.values().stream().flatMap(List::stream).filter(c -> c.expiresAt().isAfter(now)).toList();
    }

    private static SessionContext bySession(List<SessionContext> list, String sessionId) {
        for (SessionContext c : list) {
            if (c.sessionId().equals(sessionId)) {
                return c;
            }
        }
        return null;
    }

}
