package io.pcrfd.store.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.pcrfd.store.AfSessionStore;
import io.pcrfd.store.BindingStore;
import io.pcrfd.store.CounterStore;
import io.pcrfd.store.MeterStore;
import io.pcrfd.store.SessionContextStore;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.SySessionStore;
import io.pcrfd.store.Store;
import io.pcrfd.store.TriggerStore;
import io.pcrfd.store.UsageStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared store: one Lettuce connection (thread-safe, pipelining every command issued
 * concurrently) to a standalone Redis 7, or to a Redis Cluster under a hash-tagged prefix. Commands fail fast while the connection is down and
 * time out after {@link RedisStoreOptions#commandTimeout()}; Lettuce reconnects on its own
 * and the same store works again once Redis is back.
 */
public final class RedisStore implements Store {

    private static final Logger log = LoggerFactory.getLogger(RedisStore.class);
    private static final int SWEEP_BATCH = 10_000;

    private final RedisLink connection;
    private final RedisSessionStore sessions;
    private final RedisBindingStore bindings;
    private final RedisTriggerStore triggers;
    private final RedisCounterStore counters;
    private final RedisUsageStore usage;
    private final RedisMeterStore meters;
    private final RedisSySessionStore sySessions;
    private final RedisContextStore contexts;
    private final RedisAfSessionStore afSessions;
    private final RedisKeys keys;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ScheduledExecutorService sweeper;
    private final int closedMaxEntries;
    private final int closedPerSubscriber;

    private RedisStore(RedisLink connection, RedisKeys keys, RedisStoreOptions options) {
        this.connection = connection;
        this.keys = keys;
        RedisClusterAsyncCommands<String, String> async = connection.commands();
        RedisScripts scripts = new RedisScripts(async, keys.prefix());
        this.closedMaxEntries = options.closedMaxEntries();
        this.closedPerSubscriber = options.closedPerSubscriber();
        this.sessions = new RedisSessionStore(async, scripts, keys, closedMaxEntries,
                options.closedPerSubscriber());
        this.bindings = new RedisBindingStore(async, scripts, keys);
        this.triggers = new RedisTriggerStore(async, scripts, keys);
        this.counters = new RedisCounterStore(async, scripts, keys);
        this.usage = new RedisUsageStore(async, scripts, keys);
        this.meters = new RedisMeterStore(async, scripts, keys);
        this.contexts = new RedisContextStore(scripts, keys, sessions, options.closedPerSubscriber());
        this.afSessions = new RedisAfSessionStore(async, scripts, keys);
        this.sySessions = new RedisSySessionStore(async, keys);
        this.sweeper = options.sweepInterval().isZero() ? null : startSweeper(options.sweepInterval());
    }

    private ScheduledExecutorService startSweeper(Duration interval) {
        ScheduledExecutorService ses = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "redis-store-sweeper");
            t.setDaemon(true);
            return t;
        });
        ses.scheduleWithFixedDelay(this::sweepLogged, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return ses;
    }

    /**
     * Only starts asynchronous calls, so the sweeper thread never waits on Redis; a failure
     * (Redis down) is logged and the next round tries again.
     */
    private void sweepLogged() {
        long dropped = sessions.takeClosedDropped();
        if (dropped > 0) {
            log.info("redis store: {} closed session contexts dropped since the last sweep, oldest first, to stay"
                    + " within closedPerSubscriber {} and closedMaxEntries {}", dropped, closedPerSubscriber,
                    closedMaxEntries);
        }
        sweep().whenComplete((n, e) -> {
            if (e != null) {
                log.warn("redis store sweep failed: {}", e.getMessage());
            } else if (n > 0) {
                log.debug("redis store sweep removed {} stale index entries", n);
            }
        });
    }

    /**
     * Connects; blocks for at most the connect timeout, so call it at start-up, not on an
     * event loop.
     *
     * @throws io.pcrfd.store.StoreUnavailableException when Redis cannot be reached
     */
    public static RedisStore open(RedisStoreOptions options) {
        RedisLink link = RedisLink.standalone(options);
        // Host and port only: the URI may carry a password.
        RedisURI uri = RedisURI.create(options.uri());
        log.info("redis store connected to {}:{} with key prefix '{}'", uri.getHost(), uri.getPort(),
                options.keyPrefix());
        return new RedisStore(link, new RedisKeys(options.keyPrefix()), options);
    }

    /**
     * Connects to a Redis Cluster through any of {@code seeds}. The scripts derive index keys
     * that cross subscribers (UE addresses, gateways), so every key must share one slot: the key
     * prefix must carry a hash tag such as {@code {pcrfd}:} (one shard then holds the whole
     * store; see the package documentation).
     *
     * @throws IllegalArgumentException when the prefix has no hash tag
     * @throws io.pcrfd.store.StoreUnavailableException when no seed answers
     */
    public static RedisStore openCluster(RedisStoreOptions options, List<String> seeds) {
        if (!hasHashTag(options.keyPrefix())) {
            throw new IllegalArgumentException("on Redis Cluster the key prefix must carry a hash tag, such as"
                    + " '{pcrfd}:', got '" + options.keyPrefix() + "'");
        }
        RedisLink link = RedisLink.cluster(options, seeds);
        log.info("redis store connected to a Redis Cluster through {} seed(s) with key prefix '{}'", seeds.size(),
                options.keyPrefix());
        return new RedisStore(link, new RedisKeys(options.keyPrefix()), options);
    }

    /** True when Redis Cluster hashes every key with this prefix on the same non-empty tag. */
    static boolean hasHashTag(String prefix) {
        int open = prefix.indexOf('{');
        int close = open < 0 ? -1 : prefix.indexOf('}', open + 1);
        return close > open + 1;
    }

    /**
     * REJECT_COMMANDS: while disconnected a command fails at once instead of queueing
     * until the command timeout; the handler then answers with a transient error instead of
     * holding the request.
     */
    static ClientOptions clientOptions(RedisStoreOptions options) {
        return ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(options.commandTimeout()))
                .socketOptions(SocketOptions.builder().connectTimeout(options.connectTimeout())
                        .keepAlive(true).build())
                .build();
    }

    @Override
    public SessionStore sessions() {
        return sessions;
    }

    @Override
    public BindingStore bindings() {
        return bindings;
    }

    @Override
    public TriggerStore triggers() {
        return triggers;
    }

    @Override
    public CounterStore counters() {
        return counters;
    }

    @Override
    public UsageStore usage() {
        return usage;
    }

    @Override
    public MeterStore meters() {
        return meters;
    }

    @Override
    public AfSessionStore afSessions() {
        return afSessions;
    }

    @Override
    public SySessionStore sySessions() {
        return sySessions;
    }

    @Override
    public SessionContextStore contexts() {
        return contexts;
    }

    /**
     * The sessions of a node live on in Redis whatever happens to the node, so its Origin-State-Id
     * is recorded here ({@code P osi:<Origin-Host>}, SETNX then GET) and every later start
     * announces the same one. It goes only with the data: a Redis that lost its keys (flushed,
     * restarted without persistence) has lost the sessions too, and the node then records and
     * announces {@code fresh}.
     */
    @Override
    public CompletionStage<Long> originStateId(String originHost, long fresh) {
        RedisClusterAsyncCommands<String, String> async = connection.commands();
        String key = keys.originStateId(originHost);
        return RedisErrors.guard(() -> RedisErrors.translate(async.setnx(key, Long.toString(fresh)))
                .thenCompose(recorded -> RedisErrors.translate(async.get(key)))
                .thenApply(Long::parseLong));
    }

    /**
     * Redis expires records by TTL; this tidies the sorted sets of closed contexts and due
     * triggers, bounded. Lost sessions stay in the activity index until
     * {@link io.pcrfd.store.SessionStore#takeExpired} hands them over. Also run every
     * {@link RedisStoreOptions#sweepInterval()} when that is not zero.
     */
    @Override
    public CompletionStage<Integer> sweep() {
        return sessions.sweep(SWEEP_BATCH)
                .thenCombine(triggers.sweep(SWEEP_BATCH), Integer::sum);
    }

    /** True while the connection is up (for health checks). */
    public boolean isConnected() {
        return connection.isOpen();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
        connection.close();
    }
}
