package io.pcrfd.store.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.Assumptions;

/**
 * A private redis-server for one test class, with a plain connection of its own through which
 * the test looks at what the store wrote (keys, TTLs, COMMAND GETKEYS) without going through the
 * store under test.
 */
final class InspectedRedis implements AutoCloseable {
    private final RedisServerProcess server;
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;

    private InspectedRedis(RedisServerProcess server, RedisClient client,
                           StatefulRedisConnection<String, String> connection) {
        this.server = server;
        this.client = client;
        this.connection = connection;
    }

    /** Starts one; skips the calling test class (a JUnit assumption) when redis-server is not on PATH. */
    static InspectedRedis startOrSkip(String tests) {
        Assumptions.assumeTrue(RedisServerProcess.available(),
                "redis-server is not on PATH: " + tests + " skipped (apt-get install redis-server)");
        RedisServerProcess server = RedisServerProcess.start();
        RedisClient client = RedisClient.create(server.uri());
        try {
            return new InspectedRedis(server, client, client.connect());
        } catch (RuntimeException e) {
            client.shutdown();
            server.close();
            throw e;
        }
    }

    String uri() {
        return server.uri();
    }

    int port() {
        return server.port();
    }

    /** The inspecting connection's synchronous commands. */
    RedisCommands<String, String> sync() {
        return connection.sync();
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
        server.close();
    }
}
