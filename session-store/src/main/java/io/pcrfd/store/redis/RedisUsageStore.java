package io.pcrfd.store.redis;

import io.lettuce.core.KeyValue;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.pcrfd.store.StoreDataException;
import io.pcrfd.store.UsageStore;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Usage totals as one Redis hash per owner and Monitoring-Key ({@link RedisKeys#usage}): the
 * fields {@code t}, {@code i}, {@code o}, {@code s} hold the totals and {@code x} the expiry the
 * key was given. An add is one script on that one key ({@code usage_add.lua}: four HINCRBY,
 * then the expiry), so it is one round trip and runs on one node of a cluster; a read is one
 * HMGET.
 */
final class RedisUsageStore implements UsageStore {

    private final RedisClusterAsyncCommands<String, String> commands;
    private final RedisScripts scripts;
    private final RedisKeys keys;

    RedisUsageStore(RedisClusterAsyncCommands<String, String> commands, RedisScripts scripts, RedisKeys keys) {
        this.commands = commands;
        this.scripts = scripts;
        this.keys = keys;
    }

    @Override
    public CompletionStage<UsageTotals> add(UsageKey key, long totalOctets, long inputOctets, long outputOctets,
                                            long seconds, long expiresAtMillis) {
        return RedisErrors.guard(() -> scripts.multi(Script.USAGE_ADD, keys.usage(key), Long.toString(totalOctets),
                        Long.toString(inputOctets), Long.toString(outputOctets), Long.toString(seconds),
                        Long.toString(expiresAtMillis))
                .thenApply(r -> new UsageTotals(number(r, 0), number(r, 1), number(r, 2), number(r, 3),
                        expiresAtMillis)));
    }

    @Override
    public CompletionStage<UsageTotals> get(UsageKey key) {
        return RedisErrors.guard(() -> RedisErrors.translate(commands.hmget(keys.usage(key), "t", "i", "o", "s", "x"))
                .thenApply(RedisUsageStore::fromFields));
    }

    @Override
    public CompletionStage<UsageTotals> reset(UsageKey key) {
        return RedisErrors.guard(() -> scripts.multi(Script.USAGE_RESET, keys.usage(key))
                .thenApply(RedisUsageStore::fromValues));
    }

    private static UsageTotals fromFields(List<KeyValue<String, String>> fields) {
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = fields.get(i).getValueOrElse(null);
        }
        return fromValues(Arrays.asList(values)); // absent fields are null
    }

    /** Five values in the order t, i, o, s, x; all absent for a key that is not there. */
    private static UsageTotals fromValues(List<Object> v) {
        if (v.size() != 5 || v.get(4) == null) {
            return UsageTotals.NONE;
        }
        return new UsageTotals(number(v, 0), number(v, 1), number(v, 2), number(v, 3), number(v, 4));
    }

    private static long number(List<Object> reply, int i) {
        Object v = reply.get(i);
        if (v instanceof Long n) {
            return n;
        }
        try {
            return v == null ? 0 : Long.parseLong(v.toString());
        } catch (NumberFormatException e) {
            throw new StoreDataException("redis: usage field is not an integer: " + v, e);
        }
    }
}
