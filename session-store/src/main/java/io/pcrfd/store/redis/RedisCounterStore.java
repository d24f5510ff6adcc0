package io.pcrfd.store.redis;

import static io.pcrfd.store.redis.Replies.ms;

import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.pcrfd.store.CounterStore;
import io.pcrfd.store.model.CounterKey;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/** Counters as Redis integers: INCRBY is atomic, so parallel adds from many nodes add up. */
final class RedisCounterStore implements CounterStore {

    private final RedisClusterAsyncCommands<String, String> commands;
    private final RedisScripts scripts;
    private final RedisKeys keys;

    RedisCounterStore(RedisClusterAsyncCommands<String, String> commands, RedisScripts scripts,
                      RedisKeys keys) {
        this.commands = commands;
        this.scripts = scripts;
        this.keys = keys;
    }

    @Override
    public CompletionStage<Long> add(CounterKey key, long delta, Instant expiresAt) {
        return RedisErrors.guard(() -> {
            String k = keys.counter(key);
            return scripts.integer(Script.COUNTER_ADD, k, k, Long.toString(delta), ms(expiresAt));
        });
    }

    @Override
    public CompletionStage<Long> get(CounterKey key) {
        return RedisErrors.guard(() -> RedisErrors.translate(commands.get(keys.counter(key)))
                .thenApply(RedisCounterStore::parse));
    }

    @Override
    public CompletionStage<Long> reset(CounterKey key) {
        return RedisErrors.guard(() -> RedisErrors.translate(commands.getdel(keys.counter(key)))
                .thenApply(RedisCounterStore::parse));
    }

    private static long parse(String v) {
        return v == null ? 0 : Long.parseLong(v);
    }
}
