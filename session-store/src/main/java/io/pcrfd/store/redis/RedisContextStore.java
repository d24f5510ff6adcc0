package io.pcrfd.store.redis;

import io.lettuce.core.api.async.RedisAsyncCommands;
import io.pcrfd.store.SessionContextStore;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SubscriberId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Closed contexts are hashes ({@code t} update time, {@code d} JSON) written by the close
 * script with the retention as their expiry; ongoing contexts are derived from live sessions.
 */
final class RedisContextStore implements SessionContextStore {

    private final RedisAsyncCommands<String, String> commands;
    private final RedisKeys keys;
    private final SessionStore sessions;

    RedisContextStore(RedisAsyncCommands<String, String> commands, RedisKeys keys,
                      SessionStore sessions) {
        this.commands = commands;
        this.keys = keys;
        this.sessions = sessions;
    }

    @Override
    public CompletionStage<List<SessionContext>> find(String apn, SubscriberId trafficId) {
        return sessions.findBySubscriber(trafficId, apn).thenCombine(findClosed(apn, trafficId),
                (live, closed) -> {
                    List<SessionContext> out = new ArrayList<>(live.size() + 1);
                    for (IpCanSession s : live) {
                        if (trafficId.equals(s.trafficId())) {
                            out.add(SessionContext.ongoing(s));
                        }
                    }
                    closed.ifPresent(out::add);
                    return out;
                });
    }

    @Override
    public CompletionStage<Optional<SessionContext>> findClosed(String apn, SubscriberId trafficId) {
        return RedisErrors.guard(() -> RedisErrors.translate(
                        commands.hget(keys.closedContext(trafficId, apn), "d"))
                .thenApply(json -> Replies.optional(json, SessionContext.class, c -> true)));
    }
}
