package io.pcrfd.store.redis;

import io.pcrfd.store.SessionContextStore;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SubscriberId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Closed contexts are hashes ({@code t} update time, {@code d} JSON), one per session, written
 * by the close script with the retention as their expiry and listed in the subscriber's sorted
 * set ({@link RedisKeys#closedContexts}), at most {@code closedPerSubscriber} of them (the close
 * script pops the oldest past it; a read returns at most that many, newest first); ongoing
 * contexts are derived from live sessions.
 */
final class RedisContextStore implements SessionContextStore {

    private final RedisScripts scripts;
    private final RedisKeys keys;
    private final SessionStore sessions;
    private final String perSubscriber;

    RedisContextStore(RedisScripts scripts, RedisKeys keys, SessionStore sessions, int perSubscriber) {
        this.scripts = scripts;
        this.keys = keys;
        this.sessions = sessions;
        this.perSubscriber = Integer.toString(perSubscriber);
    }

    @Override
    public CompletionStage<List<SessionContext>> find(String apn, SubscriberId trafficId) {
        return sessions.findBySubscriber(trafficId, apn).thenCombine(closed(trafficId),
                (live, closed) -> merge(live, closed.stream().filter(c -> c.apn().equals(apn)).toList(), trafficId));
    }

    @Override
    public CompletionStage<Optional<SessionContext>> findClosed(String apn, SubscriberId trafficId) {
        return closed(trafficId).thenApply(all -> all.stream().filter(c -> c.apn().equals(apn)).findFirst());
    }

    @Override
    public CompletionStage<List<SessionContext>> findBySubscriber(SubscriberId trafficId) {
        return sessions.findBySubscriber(trafficId).thenCombine(closed(trafficId),
                (live, closed) -> merge(live, closed, trafficId));
    }

    @Override
    public CompletionStage<Integer> removeClosedBefore(SubscriberId trafficId, Instant cutoff) {
        String set = keys.closedContexts(trafficId);
        return RedisErrors.guard(() -> scripts.integer(Script.CONTEXT_REMOVE_BEFORE, set, set,
                Replies.ms(cutoff)).thenApply(Long::intValue));
    }

    /** The subscriber's closed contexts, newest first. */
    private CompletionStage<List<SessionContext>> closed(SubscriberId trafficId) {
        String set = keys.closedContexts(trafficId);
        return RedisErrors.guard(() -> scripts.multi(Script.CONTEXT_LIST, set, set, perSubscriber)
                .thenApply(docs -> Replies.list(docs, SessionContext.class, c -> true)));
    }

    private static List<SessionContext> merge(List<IpCanSession> live, List<SessionContext> closed,
                                              SubscriberId trafficId) {
        List<SessionContext> out = new ArrayList<>(live.size() + closed.size());
        for (IpCanSession s : live) {
            if (trafficId.equals(s.trafficId())) {
                out.add(SessionContext.ongoing(s));
            }
        }
        out.addAll(closed);
        return out;
    }
}
