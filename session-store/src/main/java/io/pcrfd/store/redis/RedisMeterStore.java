package io.pcrfd.store.redis;

import static io.pcrfd.store.redis.Replies.ms;

import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.pcrfd.store.MeterStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Meters as one Redis hash per subscriber and a sorted set of the report ids applied; one
 * script ({@code meter_add.lua}) checks the id and adds every delta, so nothing is lost or
 * counted twice when nodes report at once.
 */
final class RedisMeterStore implements MeterStore {

    private final RedisClusterAsyncCommands<String, String> commands;
    private final RedisScripts scripts;
    private final RedisKeys keys;

    RedisMeterStore(RedisClusterAsyncCommands<String, String> commands, RedisScripts scripts, RedisKeys keys) {
        this.commands = commands;
        this.scripts = scripts;
        this.keys = keys;
    }

    @Override
    public CompletionStage<Applied> add(String subscriber, String reportId, Map<String, Long> deltas,
                                        Instant expiresAt) {
        return RedisErrors.guard(() -> {
            String[] args = new String[3 + 2 * deltas.size()];
            args[0] = reportId;
            args[1] = ms(expiresAt);
            args[2] = Integer.toString(SEEN_REPORTS);
            int i = 3;
            for (Map.Entry<String, Long> d : deltas.entrySet()) {
                args[i++] = d.getKey();
                args[i++] = Long.toString(d.getValue());
            }
            String[] k = {keys.meters(subscriber), keys.metersSeen(subscriber)};
            return scripts.keyedMulti(Script.METER_ADD, k, args)
                    .thenApply(r -> new Applied("1".equals(String.valueOf(r.get(0))), pairs(r.subList(1, r.size()))));
        });
    }

    @Override
    public CompletionStage<Map<String, Long>> get(String subscriber) {
        return RedisErrors.guard(() -> RedisErrors.translate(commands.hgetall(keys.meters(subscriber)))
                .thenApply(RedisMeterStore::values));
    }

    @Override
    public CompletionStage<Integer> reset(String subscriber, String namePrefix) {
        return RedisErrors.guard(() -> {
            String k = keys.meters(subscriber);
            return scripts.integer(Script.METER_RESET, k, namePrefix).thenApply(Long::intValue);
        });
    }

    private static Map<String, Long> pairs(List<Object> flat) {
        Map<String, Long> out = new HashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            out.put(String.valueOf(flat.get(i)), Long.parseLong(String.valueOf(flat.get(i + 1))));
        }
        return out;
    }

    private static Map<String, Long> values(Map<String, String> hash) {
        Map<String, Long> out = new HashMap<>();
        hash.forEach((name, v) -> {
            if (!name.startsWith("~")) {
                out.put(name, Long.parseLong(v));
            }
        });
        return out;
    }
}
