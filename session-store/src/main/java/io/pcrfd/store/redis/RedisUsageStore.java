package io.pcrfd.store.redis;

import io.lettuce.core.KeyValue;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.pcrfd.store.StoreDataException;
import io.pcrfd.store.UsageStore;
import io.pcrfd.store.model.CounterKey;
import io.pcrfd.store.model.CounterScope;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Usage totals as one Redis hash per owner and Monitoring-Key ({@link RedisKeys#usage}): the
 * fields {@code t}, {@code i}, {@code o}, {@code s} hold the totals and {@code x} the expiry the
 * key was given. An add is one script on that one key ({@code usage_add.lua}: four HINCRBY,
 * then the expiry), so it is one round trip and runs on one node of a cluster; a read is one
 * HMGET; a reset one script.
 *
 * <p>Upgrade from a previous pcrfd, which kept each key's usage as four counters of scope
 * {@code MONITORING_KEY} (the key, {@code key/input}, {@code key/output}, {@code key/time};
 * {@link RedisKeys#counter}): a script that finds no hash for its key first moves those
 * counters into it, adding each and deleting it inside that same script ({@code usage_lib.lua}),
 * so a subscriber's totals carry on across the upgrade and each old value counts once however
 * many nodes race on the key, with nothing in flight between two commands. Each usage script is
 * given the names of those four counters in KEYS after the hash ({@link #scriptKeys}), since a
 * script may touch only the keys it declares (Redis EVAL; Redis Cluster routes and checks a
 * script by them). On Redis Cluster they are on the hash's node because every key of this store
 * shares the prefix's hash tag, so its slot. The add and the reset do it in their one script:
 * an EXISTS on the hash, and for a key without a hash one EXISTS on the old total counter, no
 * round trip. A read whose HMGET finds nothing runs {@code usage_get.lua} for it, one round trip
 * more, each time until the key's first add (a new subscriber's keys, a key the plan tests but
 * nobody reported yet); a read that finds totals stays one HMGET. A fold by a read keeps the old counters' latest expiry; an add gives
 * the totals its own, as it did to the counters.
 */
final class RedisUsageStore implements UsageStore {

    /** The names of a previous pcrfd's four counters of a key, after the key: KEYS[2] to KEYS[5] in this order. */
    private static final String[] LEGACY_SUFFIXES = {"", "/input", "/output", "/time"};

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
        return RedisErrors.guard(() -> scripts.keyedMulti(Script.USAGE_ADD, scriptKeys(key),
                        Long.toString(totalOctets), Long.toString(inputOctets), Long.toString(outputOctets),
                        Long.toString(seconds), Long.toString(expiresAtMillis))
                .thenApply(r -> new UsageTotals(number(r, 0), number(r, 1), number(r, 2), number(r, 3),
                        expiresAtMillis)));
    }

    /** One HMGET; only when it finds nothing, the script that may take over old counters (a second round trip). */
    @Override
    public CompletionStage<UsageTotals> get(UsageKey key) {
        return RedisErrors.guard(() -> {
            String hash = keys.usage(key);
            return RedisErrors.translate(commands.hmget(hash, "t", "i", "o", "s", "x"))
                    .thenCompose(fields -> fields.get(4).hasValue()
                            ? CompletableFuture.completedFuture(fromFields(fields))
                            : scripts.keyedMulti(Script.USAGE_GET, scriptKeys(key))
                                    .thenApply(RedisUsageStore::fromValues));
        });
    }

    @Override
    public CompletionStage<UsageTotals> reset(UsageKey key) {
        return RedisErrors.guard(() -> scripts.keyedMulti(Script.USAGE_RESET, scriptKeys(key))
                .thenApply(RedisUsageStore::fromValues));
    }

    /** What a usage script declares: the key's hash, then the four counters a previous pcrfd kept its usage in. */
    private String[] scriptKeys(UsageKey key) {
        String[] k = new String[1 + LEGACY_SUFFIXES.length];
        k[0] = keys.usage(key);
        for (int f = 0; f < LEGACY_SUFFIXES.length; f++) {
            k[f + 1] = keys.counter(new CounterKey(CounterScope.MONITORING_KEY, key.owner(),
                    key.monitoringKey() + LEGACY_SUFFIXES[f]));
        }
        return k;
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
