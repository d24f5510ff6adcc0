package io.pcrfd.store.redis;

import static io.pcrfd.store.redis.Replies.ms;

import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.pcrfd.store.AfSessionStore;
import io.pcrfd.store.CasResult;
import io.pcrfd.store.json.StoreJson;
import io.pcrfd.store.model.AfSession;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * AF sessions as one hash each ({@code P af:<Session-Id>}, the JSON in field {@code d}) expiring
 * by PEXPIREAT, listed per IP-CAN session in the set {@code P afgx:<Gx Session-Id>}; created,
 * updated and removed by Lua so the record and its index change together.
 */
final class RedisAfSessionStore implements AfSessionStore {

    private final RedisClusterAsyncCommands<String, String> commands;
    private final RedisScripts scripts;
    private final RedisKeys keys;

    RedisAfSessionStore(RedisClusterAsyncCommands<String, String> commands, RedisScripts scripts, RedisKeys keys) {
        this.commands = commands;
        this.scripts = scripts;
        this.keys = keys;
    }

    @Override
    public CompletionStage<Boolean> create(AfSession session) {
        return RedisErrors.guard(() -> {
            String key = keys.afSession(session.sessionId());
            return scripts.integer(Script.AF_CREATE, key, session.sessionId(),
                            StoreJson.encode(session.withVersion(1)), session.gxSessionId(), ms(session.expiresAt()))
                    .thenApply(n -> n == 1L);
        });
    }

    @Override
    public CompletionStage<Optional<AfSession>> get(String sessionId) {
        return RedisErrors.guard(() -> RedisErrors.translate(commands.hget(keys.afSession(sessionId), "d"))
                .thenApply(json -> Replies.optional(json, AfSession.class, s -> true)));
    }

    @Override
    public CompletionStage<List<AfSession>> findByGxSession(String gxSessionId) {
        String setKey = keys.afByGx(gxSessionId);
        return RedisErrors.guard(() -> scripts.multi(Script.GET_SET, setKey, setKey, keys.afSession(""))
                .thenApply(docs -> Replies.list(docs, AfSession.class, s -> s.gxSessionId().equals(gxSessionId))));
    }

    @Override
    public CompletionStage<CasResult<AfSession>> update(AfSession updated) {
        return RedisErrors.guard(() -> {
            String key = keys.afSession(updated.sessionId());
            return scripts.multi(Script.AF_UPDATE, key, updated.sessionId(),
                            StoreJson.encode(updated.withVersion(updated.version() + 1)),
                            Long.toString(updated.version()), ms(updated.expiresAt()))
                    .thenApply(r -> switch (Replies.status(r)) {
                        case Replies.OK -> new CasResult.Applied<>(Replies.decode(r, AfSession.class));
                        case Replies.STALE -> new CasResult.Stale<>(Replies.decode(r, AfSession.class));
                        case Replies.IDENTITY -> throw Replies.identityChanged("AF session " + updated.sessionId(), r);
                        default -> new CasResult.Missing<AfSession>();
                    });
        });
    }

    @Override
    public CompletionStage<Optional<AfSession>> remove(String sessionId) {
        return RedisErrors.guard(() -> {
            String key = keys.afSession(sessionId);
            return scripts.value(Script.AF_REMOVE, key, sessionId)
                    .thenApply(json -> Replies.optional(json, AfSession.class, s -> true));
        });
    }
}
