package io.pcrfd.store.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A store's connection: to one standalone Redis ({@link RedisClient}) or to a Redis Cluster
 * ({@link RedisClusterClient}); the stores see the commands both have in common.
 * On a cluster Lettuce follows MOVED and ASK redirections itself (at most
 * {@link #MAX_REDIRECTS}), refreshes its slot map when it meets one, on reconnects and every
 * {@link #PERIODIC_REFRESH}, and drops connections to nodes that left.
 */
final class RedisLink implements AutoCloseable {

    static final int MAX_REDIRECTS = 5;
    static final Duration PERIODIC_REFRESH = Duration.ofSeconds(30);
    /** Adaptive refreshes (after MOVED, ASK, reconnects) are at most this frequent. */
    static final Duration ADAPTIVE_REFRESH_TIMEOUT = Duration.ofSeconds(1);

    private final ClientResources resources;
    private final AutoCloseable client;
    private final StatefulConnection<String, String> connection;
    private final RedisClusterAsyncCommands<String, String> commands;

    private RedisLink(ClientResources resources, AutoCloseable client, StatefulConnection<String, String> c,
                          RedisClusterAsyncCommands<String, String> commands) {
        this.resources = resources;
        this.client = client;
        this.connection = c;
        this.commands = commands;
    }

    static RedisLink standalone(RedisStoreOptions options) {
        ClientResources resources = resources(options);
        RedisClient client = RedisClient.create(resources, uri(options.uri(), options));
        client.setOptions(RedisStore.clientOptions(options));
        try {
            StatefulRedisConnection<String, String> c = client.connect(StringCodec.UTF8);
            return new RedisLink(resources, () -> client.shutdown(Duration.ZERO, Duration.ofSeconds(2)), c,
                    c.async());
        } catch (RedisException e) {
            client.shutdown();
            resources.shutdown();
            throw RedisErrors.map(e);
        }
    }

    /** Connects to a cluster through any of {@code seeds} (Redis URIs); the rest is discovered. */
    static RedisLink cluster(RedisStoreOptions options, List<String> seeds) {
        ClientResources resources = resources(options);
        RedisClusterClient client = RedisClusterClient.create(resources,
                seeds.stream().map(s -> uri(s, options)).toList());
        client.setOptions(clusterOptions(options));
        try {
            StatefulRedisClusterConnection<String, String> c = client.connect(StringCodec.UTF8);
            return new RedisLink(resources, () -> client.shutdown(Duration.ZERO, Duration.ofSeconds(2)), c,
                    c.async());
        } catch (RedisException e) {
            client.shutdown();
            resources.shutdown();
            throw RedisErrors.map(e);
        }
    }

    static ClusterClientOptions clusterOptions(RedisStoreOptions options) {
        ClusterTopologyRefreshOptions refresh = ClusterTopologyRefreshOptions.builder()
                .enablePeriodicRefresh(PERIODIC_REFRESH)
                .enableAllAdaptiveRefreshTriggers()
                .adaptiveRefreshTriggersTimeout(ADAPTIVE_REFRESH_TIMEOUT)
                .dynamicRefreshSources(true)
                .closeStaleConnections(true)
                .build();
        return ClusterClientOptions.builder(RedisStore.clientOptions(options))
                .topologyRefreshOptions(refresh)
                .maxRedirects(MAX_REDIRECTS)
                .build();
    }

    private static ClientResources resources(RedisStoreOptions options) {
        return ClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(20), options.reconnectDelayMax(), 2,
                        TimeUnit.MILLISECONDS))
                .build();
    }

    private static RedisURI uri(String text, RedisStoreOptions options) {
        RedisURI uri = RedisURI.create(text);
        uri.setTimeout(options.connectTimeout());
        return uri;
    }

    RedisClusterAsyncCommands<String, String> commands() {
        return commands;
    }

    boolean isOpen() {
        return connection.isOpen();
    }

    @Override
    public void close() {
        connection.close();
        try {
            client.close();
        } catch (Exception e) {
            // shutting down: nothing left to do with a failure
        }
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
