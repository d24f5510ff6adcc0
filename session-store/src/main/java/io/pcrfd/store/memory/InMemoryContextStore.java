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

/**
 * Closed session contexts, one per APN + trafficId (seed 004 §4), each kept until its
 * retention ends; ongoing contexts are read through from the session store.
 */
final class InMemoryContextStore implements SessionContextStore {

    private final Clock clock;
    private final ConcurrentHashMap<SubscriberApnKey, SessionContext> closed = new ConcurrentHashMap<>();
    private SessionStore sessions;

    InMemoryContextStore(Clock clock) {
        this.clock = clock;
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
     * Keeps the context of the session updated last (seed 004 §4), whatever order two closes
     * of the same APN + trafficId finish in.
     */
    void put(SessionContext context) {
        closed.merge(SubscriberApnKey.of(context.trafficId(), context.apn()), context,
                (old, neu) -> neu.updateTime().isBefore(old.updateTime()) ? old : neu);
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
        closed.values().removeIf(c -> !c.expiresAt().isAfter(now));
        return before - closed.size();
    }

    Collection<SessionContext> all() {
        Instant now = clock.instant();
        return closed.values().stream().filter(c -> c.expiresAt().isAfter(now)).toList();
    }
}
