package io.pcrfd.store.redis;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Runs {@link Script}s: EVALSHA first, and EVAL once more when Redis answers NOSCRIPT (a
 * restarted or flushed Redis has lost its script cache; EVAL loads it again). KEYS[1] is the
 * record's own key, which is what a cluster client routes by; ARGV[1] is the key prefix. The
 * {@code keyed} variants pass every key the script touches in KEYS (all in one hash slot), as
 * Redis Cluster expects of a script.
 */
final class RedisScripts {

    private final RedisClusterAsyncCommands<String, String> commands;
    private final String prefix;

    RedisScripts(RedisClusterAsyncCommands<String, String> commands, String prefix) {
        this.commands = commands;
        this.prefix = prefix;
    }

    /** Runs a script that returns a Lua table of strings (status first). */
    CompletionStage<List<Object>> multi(Script s, String routingKey, String... args) {
        return run(s, ScriptOutputType.MULTI, routingKey, args);
    }

    CompletionStage<String> value(Script s, String routingKey, String... args) {
        return run(s, ScriptOutputType.VALUE, routingKey, args);
    }

    CompletionStage<Long> integer(Script s, String routingKey, String... args) {
        return run(s, ScriptOutputType.INTEGER, routingKey, args);
    }

    /** Runs a script over {@code keys} (one slot; the first routes) returning a table of strings. */
    CompletionStage<List<Object>> keyedMulti(Script s, String[] keys, String... args) {
        return run(s, ScriptOutputType.MULTI, keys, args);
    }

    CompletionStage<String> keyedValue(Script s, String[] keys, String... args) {
        return run(s, ScriptOutputType.VALUE, keys, args);
    }

    private <T> CompletionStage<T> run(Script s, ScriptOutputType type, String routingKey,
                                       String... args) {
        return run(s, type, new String[] {routingKey}, args);
    }

    private <T> CompletionStage<T> run(Script s, ScriptOutputType type, String[] keys, String... args) {
        String[] argv = new String[args.length + 1];
        argv[0] = prefix;
        System.arraycopy(args, 0, argv, 1, args.length);
        CompletionStage<T> first = commands.evalsha(s.sha1(), type, keys, argv);
        return RedisErrors.translate(first.exceptionallyCompose(e -> RedisErrors.isNoScript(e)
                ? commands.<T>eval(s.text(), type, keys, argv)
                : CompletableFuture.failedFuture(e)));
    }
}
