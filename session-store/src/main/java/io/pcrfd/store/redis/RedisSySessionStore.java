package io.pcrfd.store.redis;

import static io.pcrfd.store.redis.RedisErrors.guard;
import static io.pcrfd.store.redis.RedisErrors.translate;

import io.lettuce.core.KeyValue;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.pcrfd.store.SySessionStore;
import io.pcrfd.store.json.StoreJson;
import io.pcrfd.store.model.SySession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Sy sessions as JSON values: {@code P sy:<owner>}, with {@code P syid:<Sy Session-Id>} and
 * {@code P syg:<Gx Session-Id>} pointing at the owner and {@code P syall} listing the owners.
 * Every key expires with the record ({@code PEXPIREAT}); a pointer is checked against the record
 * it names, so a stale one reads as absent.
 */
final class RedisSySessionStore implements SySessionStore {
    private final RedisClusterAsyncCommands<String, String> commands;
    private final RedisKeys keys;

    RedisSySessionStore(RedisClusterAsyncCommands<String, String> commands, RedisKeys keys) {
        this.commands = commands;
        this.keys = keys;
    }

    @Override
    public CompletionStage<Optional<SySession>> get(String owner) {
        return guard(() -> translate(commands.get(keys.sySession(owner))).thenApply(RedisSySessionStore::decode));
    }

    @Override
    public CompletionStage<Optional<SySession>> bySessionId(String sySessionId) {
        return viaPointer(keys.syBySessionId(sySessionId)).thenApply(s -> s.filter(x -> x.sessionId().equals(sySessionId)));
    }

    @Override
    public CompletionStage<Optional<SySession>> byGxSession(String gxSessionId) {
        return viaPointer(keys.syByGx(gxSessionId)).thenApply(s -> s.filter(x -> x.gxSessions().containsKey(gxSessionId)));
    }

    @Override
    public CompletionStage<Void> put(SySession s) {
        long at = s.expiresAt().toEpochMilli();
        return get(s.owner()).thenCompose(old -> guard(() -> {
            List<CompletionStage<?>> writes = new ArrayList<>();
            writes.add(translate(commands.set(keys.sySession(s.owner()), StoreJson.encode(s))));
            writes.add(translate(commands.pexpireat(keys.sySession(s.owner()), at)));
            pointer(writes, keys.syBySessionId(s.sessionId()), s.owner(), at);
            s.gxSessions().keySet().forEach(gx -> pointer(writes, keys.syByGx(gx), s.owner(), at));
            writes.add(translate(commands.sadd(keys.syAll(), s.owner())));
            old.ifPresent(o -> o.gxSessions().keySet().stream().filter(gx -> !s.gxSessions().containsKey(gx))
                    .forEach(gx -> writes.add(translate(commands.del(keys.syByGx(gx))))));
            return CompletableFuture.allOf(writes.stream().map(CompletionStage::toCompletableFuture)
                    .toArray(CompletableFuture[]::new));
        }));
    }

    @Override
    public CompletionStage<Boolean> remove(String owner) {
        return get(owner).thenCompose(old -> guard(() -> {
            if (old.isEmpty()) {
                return translate(commands.srem(keys.syAll(), owner)).thenApply(n -> false);
            }
            List<String> dead = new ArrayList<>(List.of(keys.sySession(owner), keys.syBySessionId(old.get().sessionId())));
            old.get().gxSessions().keySet().forEach(gx -> dead.add(keys.syByGx(gx)));
            return translate(commands.del(dead.toArray(String[]::new)))
                    .thenCompose(n -> translate(commands.srem(keys.syAll(), owner))).thenApply(n -> true);
        }));
    }

    /** The owners' records; owners whose record expired are dropped from the set on the way. */
    @Override
    public CompletionStage<List<SySession>> all() {
        return guard(() -> translate(commands.smembers(keys.syAll())).thenCompose(owners -> {
            if (owners.isEmpty()) {
                return CompletableFuture.completedFuture(List.<SySession>of());
            }
            String[] k = owners.stream().map(keys::sySession).toArray(String[]::new);
            return translate(commands.mget(k)).thenApply(values -> live(owners.stream().toList(), values));
        }));
    }

    private List<SySession> live(List<String> owners, List<KeyValue<String, String>> values) {
        List<SySession> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            KeyValue<String, String> v = values.get(i);
            if (v.hasValue()) {
                out.add(StoreJson.decode(v.getValue(), SySession.class));
            } else {
                commands.srem(keys.syAll(), owners.get(i));
            }
        }
        return out;
    }

    private void pointer(List<CompletionStage<?>> writes, String key, String owner, long at) {
        writes.add(translate(commands.set(key, owner)));
        writes.add(translate(commands.pexpireat(key, at)));
    }

    private CompletionStage<Optional<SySession>> viaPointer(String pointer) {
        return guard(() -> translate(commands.get(pointer)))
                .thenCompose(owner -> owner == null ? CompletableFuture.completedFuture(Optional.<SySession>empty())
                        : get(owner));
    }

    private static Optional<SySession> decode(String json) {
        return json == null ? Optional.empty() : Optional.of(StoreJson.decode(json, SySession.class));
    }
}
