package io.pcrfd.store.redis;

import static io.pcrfd.store.redis.Replies.ms;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.pcrfd.store.Claim;
import io.pcrfd.store.DraStore;
import io.pcrfd.store.json.StoreJson;
import io.pcrfd.store.model.BoundSession;
import io.pcrfd.store.model.PcrfBinding;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Policy DRA's bindings and sessions in a standalone Redis 7, shared by every DRA node that
 * uses the same key prefix. Each change is one Lua {@link Script} ({@code dra_*.lua}), so
 * "create unless a live binding exists" is a single step whichever node runs it, and a binding,
 * its session set and its alternate keys change together. Layout, under the prefix:
 * <pre>
 * dra:b:IMSI:APN      binding JSON, PEXPIREAT (extended by its sessions)
 * dra:bs:IMSI:APN     set of its binding-capable Session-Ids, same expiry
 * dra:alt:KEY         alternate key (MSISDN, IPV4, IPV6, each also @APN or IP-Domain-Id) to IMSI:APN
 * dra:s:SESSION-ID    session JSON, PEXPIREAT
 * </pre>
 */
public final class RedisDraStore implements DraStore {

    private static final int SCAN_BATCH = 500;

    private final ClientResources resources;
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisAsyncCommands<String, String> commands;
    private final RedisScripts scripts;
    private final String prefix;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RedisDraStore(ClientResources resources, RedisClient client,
                          StatefulRedisConnection<String, String> connection, String prefix) {
        this.resources = resources;
        this.client = client;
        this.connection = connection;
        this.commands = connection.async();
        this.scripts = new RedisScripts(commands, prefix);
        this.prefix = prefix;
    }

    /**
     * Connects (blocking for at most the connect timeout: call it at start-up).
     *
     * @throws io.pcrfd.store.StoreUnavailableException when Redis cannot be reached
     */
    public static RedisDraStore open(RedisStoreOptions options) {
        ClientResources resources = ClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(20), options.reconnectDelayMax(), 2,
                        TimeUnit.MILLISECONDS))
                .build();
        RedisURI uri = RedisURI.create(options.uri());
        uri.setTimeout(options.connectTimeout());
        RedisClient client = RedisClient.create(resources, uri);
        client.setOptions(RedisStore.clientOptions(options));
        try {
            return new RedisDraStore(resources, client, client.connect(StringCodec.UTF8), options.keyPrefix());
        } catch (RedisException e) {
            client.shutdown();
            resources.shutdown();
            throw RedisErrors.map(e);
        }
    }

    @Override
    public CompletionStage<Claim<PcrfBinding>> findOrCreate(PcrfBinding candidate, Instant expiresAt) {
        return RedisErrors.guard(() -> scripts.multi(Script.DRA_FIND_OR_CREATE, bindingKey(candidate.key()),
                        candidate.key(), StoreJson.encode(candidate), ms(expiresAt))
                .thenApply(r -> Replies.OK.equals(Replies.status(r)) ? new Claim.Claimed<>(candidate)
                        : new Claim.Held<>(Replies.decode(r, PcrfBinding.class))));
    }

    @Override
    public CompletionStage<Optional<PcrfBinding>> binding(String imsi, String apn) {
        return RedisErrors.guard(() -> RedisErrors.translate(commands.get(bindingKey(PcrfBinding.key(imsi, apn))))
                .thenApply(json -> Replies.optional(json, PcrfBinding.class, b -> true)));
    }

    @Override
    public CompletionStage<Optional<PcrfBinding>> bindingByAlternate(String alternateKey) {
        String key = prefix + "dra:alt:" + alternateKey;
        return RedisErrors.guard(() -> scripts.value(Script.DRA_BY_ALTERNATE, key, alternateKey)
                .thenApply(json -> Replies.optional(json, PcrfBinding.class, b -> true)));
    }

    @Override
    public CompletionStage<Optional<PcrfBinding>> confirm(String key, List<String> alternateKeys) {
        List<String> args = new ArrayList<>(alternateKeys.size() + 1);
        args.add(key);
        args.addAll(alternateKeys);
        return RedisErrors.guard(() -> scripts.multi(Script.DRA_CONFIRM, bindingKey(key), args.toArray(String[]::new))
                .thenApply(r -> Replies.OK.equals(Replies.status(r))
                        ? Optional.of(Replies.decode(r, PcrfBinding.class)) : Optional.<PcrfBinding>empty()));
    }

    @Override
    public CompletionStage<Boolean> attach(BoundSession s) {
        return RedisErrors.guard(() -> scripts.integer(Script.DRA_ATTACH, sessionKey(s.sessionId()), s.sessionId(),
                        s.bindingKey(), StoreJson.encode(s), ms(s.expiresAt()), s.capable() ? "1" : "0")
                .thenApply(n -> n == 1L));
    }

    @Override
    public CompletionStage<Optional<BoundSession>> session(String sessionId) {
        return RedisErrors.guard(() -> RedisErrors.translate(commands.get(sessionKey(sessionId)))
                .thenApply(json -> Replies.optional(json, BoundSession.class, s -> true)));
    }

    @Override
    public CompletionStage<Detached> detach(String sessionId) {
        return RedisErrors.guard(() -> scripts.multi(Script.DRA_DETACH, sessionKey(sessionId), sessionId)
                .thenApply(r -> Replies.MISSING.equals(Replies.status(r)) ? new Detached(Optional.empty(), false)
                        : new Detached(Optional.of(Replies.decode(r, BoundSession.class)),
                        "REMOVED".equals(Replies.status(r)))));
    }

    @Override
    public CompletionStage<Boolean> removeBinding(String key) {
        return RedisErrors.guard(() -> scripts.integer(Script.DRA_REMOVE_BINDING, bindingKey(key), key)
                .thenApply(n -> n == 1L));
    }

    @Override
    public CompletionStage<List<String>> sessionsOf(String key) {
        return RedisErrors.guard(() -> RedisErrors.translate(commands.smembers(prefix + "dra:bs:" + key))
                .thenApply(List::copyOf));
    }

    @Override
    public CompletionStage<List<PcrfBinding>> bindings(int max) {
        return RedisErrors.guard(() -> scan(ScanCursor.INITIAL, new ArrayList<>(), max)
                .thenCompose(keys -> keys.isEmpty() ? CompletableFuture.completedFuture(List.<PcrfBinding>of())
                        : RedisErrors.translate(commands.mget(keys.toArray(String[]::new)))
                        .thenApply(values -> values.stream().filter(v -> v.hasValue())
                                .map(v -> StoreJson.decode(v.getValue(), PcrfBinding.class)).toList())));
    }

    /** SCAN over the binding keys until {@code max} are found or the cursor ends. */
    private CompletionStage<List<String>> scan(ScanCursor cursor, List<String> found, int max) {
        ScanArgs args = ScanArgs.Builder.matches(prefix + "dra:b:*").limit(SCAN_BATCH);
        return RedisErrors.translate(commands.scan(cursor, args)).thenCompose((KeyScanCursor<String> c) -> {
            for (String k : c.getKeys()) {
                if (found.size() < max) {
                    found.add(k);
                }
            }
            return c.isFinished() || found.size() >= max ? CompletableFuture.completedFuture(found)
                    : scan(c, found, max);
        });
    }

    private String bindingKey(String key) {
        return prefix + "dra:b:" + key;
    }

    private String sessionKey(String sessionId) {
        return prefix + "dra:s:" + sessionId;
    }

    /** True while the connection is up (readiness). */
    public boolean isConnected() {
        return connection.isOpen();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
