package io.pcrfd.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.KeyListOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import io.pcrfd.store.model.CounterKey;
import io.pcrfd.store.model.CounterScope;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The usage scripts touch only keys they declare in KEYS, as Redis requires of a script (EVAL:
 * "all the keys the script accesses must be given as input key arguments"; Redis Cluster routes
 * and checks by them), including the old counters a first call takes over. Redis does not
 * enforce this itself, so the test watches it do the work: MONITOR shows every call the script
 * made, and COMMAND GETKEYS names the keys of each, the script's calls and the EVALSHA's
 * declared KEYS alike, as the server itself extracts them.
 */
class RedisUsageScriptKeysTest {

    private static final UsageKey OLD = new UsageKey("IMSI:001010000000123", "mk-video");
    private static final String[] SUFFIXES = {"", "/input", "/output", "/time"};
    private static final AtomicInteger MARKERS = new AtomicInteger();

    private static InspectedRedis redis;

    private RedisStore store;
    private RedisMonitor monitor;
    private String prefix;

    @BeforeAll
    static void startRedis() {
        redis = InspectedRedis.startOrSkip("usage script key tests");
    }

    @AfterAll
    static void stopRedis() {
        if (redis != null) {
            redis.close();
        }
    }

    @BeforeEach
    void open() {
        prefix = "keys" + MARKERS.incrementAndGet() + ":";
        store = RedisStore.open(RedisStoreOptions.DEFAULTS.withUri(redis.uri()).withKeyPrefix(prefix)
                .withCommandTimeout(Duration.ofSeconds(5)));
        monitor = RedisMonitor.open(redis.port());
    }

    @AfterEach
    void close() {
        monitor.close();
        store.close();
    }

    @Test
    void anAddTakingOverOldCountersDeclaresThem() {
        writeOldCounters();
        long exp = Instant.now().plus(Duration.ofMinutes(20)).toEpochMilli();

        List<RedisMonitor.Command> ran = during(() -> store.usage().add(OLD, 100, 60, 40, 1, exp),
                new UsageTotals(1600, 1060, 540, 61, exp));

        assertEveryScriptKeyDeclared(ran);
    }

    @Test
    void aReadTakingOverOldCountersDeclaresThem() {
        long oldExpiry = writeOldCounters();

        List<RedisMonitor.Command> ran = during(() -> store.usage().get(OLD),
                new UsageTotals(1500, 1000, 500, 60, oldExpiry));

        assertEveryScriptKeyDeclared(ran);
    }

    @Test
    void aResetTakingOverOldCountersDeclaresThem() {
        long oldExpiry = writeOldCounters();

        List<RedisMonitor.Command> ran = during(() -> store.usage().reset(OLD),
                new UsageTotals(1500, 1000, 500, 60, oldExpiry));

        assertEveryScriptKeyDeclared(ran);
    }

    /** Runs one store call, checks its answer, and returns what Redis ran for it. */
    private List<RedisMonitor.Command> during(Supplier<CompletionStage<UsageTotals>> call, UsageTotals expected) {
        String marker = "end-of-call-" + MARKERS.incrementAndGet();
        assertThat(await(call.get())).isEqualTo(expected);
        redis.sync().echo(marker);
        return monitor.until(marker);
    }

    /** The keys the scripts touched (the old counters among them) are all among the keys they declared. */
    private void assertEveryScriptKeyDeclared(List<RedisMonitor.Command> ran) {
        Set<String> declared = new LinkedHashSet<>();
        Set<String> touched = new LinkedHashSet<>();
        for (RedisMonitor.Command c : ran) {
            String name = c.words().get(0).toUpperCase(java.util.Locale.ROOT);
            if (c.fromScript()) {
                touched.addAll(keysOf(c.words()));
            } else if (name.equals("EVALSHA") || name.equals("EVAL")) {
                declared.addAll(keysOf(c.words()));
            }
        }
        assertThat(touched).as("the script moved the old counters").containsAll(oldCounterKeys());
        assertThat(declared).as("the keys declared in KEYS cover every key the script touched")
                .containsAll(touched);
    }

    /** The keys of a command as the server extracts them (COMMAND GETKEYS). */
    private static List<String> keysOf(List<String> words) {
        CommandArgs<String, String> args = new CommandArgs<>(StringCodec.UTF8).add("GETKEYS");
        words.forEach(args::add);
        return redis.sync().dispatch(CommandType.COMMAND, new KeyListOutput<>(StringCodec.UTF8), args);
    }

    /** The four counters a pcrfd before usage hashes kept, as it wrote them; returns their expiry. */
    private long writeOldCounters() {
        Instant expiry = Instant.now().plus(Duration.ofMinutes(10));
        long[] values = {1500, 1000, 500, 60};
        for (int f = 0; f < SUFFIXES.length; f++) {
            await(store.counters().add(new CounterKey(CounterScope.MONITORING_KEY, OLD.owner(),
                    OLD.monitoringKey() + SUFFIXES[f]), values[f], expiry));
        }
        monitor.until(echo());
        return expiry.toEpochMilli();
    }

    private String echo() {
        String marker = "setup-" + MARKERS.incrementAndGet();
        redis.sync().echo(marker);
        return marker;
    }

    private List<String> oldCounterKeys() {
        List<String> keys = new ArrayList<>();
        for (String suffix : SUFFIXES) {
            keys.add(prefix + "c:MONITORING_KEY:" + OLD.owner() + ':' + OLD.monitoringKey() + suffix);
        }
        return keys;
    }

    private static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("store call did not complete normally", e);
        }
    }
}
