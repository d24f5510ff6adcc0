package io.pcrfd.store.bench;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redis's own CPU time per command during a phase, from INFO commandstats (reset before the
 * phase). Unlike wall-clock ops/s it hardly depends on how busy the machine is, and
 * 1,000,000 / usec_per_call bounds what one Redis core can serve.
 */
final class RedisCpu implements Phases.PhaseObserver, AutoCloseable {

    private static final Pattern STAT = Pattern.compile(
            "cmdstat_(\\w+):calls=(\\d+),usec=(\\d+),usec_per_call=([\\d.]+)");

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;

    RedisCpu(String uri) {
        client = RedisClient.create(uri);
        connection = client.connect();
    }

    @Override
    public void starting() {
        connection.sync().configResetstat();
    }

    @Override
    public String finished() {
        Matcher m = STAT.matcher(connection.sync().info("commandstats"));
        StringBuilder out = new StringBuilder(" | redis cpu:");
        while (m.find()) {
            if (!m.group(1).equals("config") && Long.parseLong(m.group(2)) > 1000) {
                out.append(String.format(Locale.ROOT, " %s %s us/call", m.group(1), m.group(4)));
            }
        }
        return out.toString();
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
