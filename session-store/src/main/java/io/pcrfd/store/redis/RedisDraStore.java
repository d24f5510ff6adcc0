package io.pcrfd.store.redis;

import static io.pcrfd.store.redis.Replies.ms;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.SetArgs;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.pcrfd.store.Claim;
import io.pcrfd.store.DraStore;
import io.pcrfd.store.json.StoreJson;
import io.pcrfd.store.model.BoundSession;
import io.pcrfd.store.model.PcrfBinding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The Policy DRA's bindings and sessions in Redis 7, standalone or Redis Cluster, shared by
 * every DRA node that uses the same key prefix. Layout, under the prefix ({@link DraKeys}):
 * <pre>
 * dra:b:{IMSI}:APN    binding JSON, PEXPIREAT (extended by its sessions)
 * dra:bs:{IMSI}:APN   set of its binding-capable Session-Ids, same expiry, same slot
 * dra:alt:KEY         alternate key (MSISDN, IPV4, IPV6, each also @APN or IP-Domain-Id) to IMSI:APN
 * dra:s:SESSION-ID    session JSON, PEXPIREAT
 * </pre>
 * The binding is the record of truth and every change of it is one Lua {@link Script} on its
 * slot, so "create unless a live binding exists" is a single step whichever node runs it.
 * Alternate keys and session records are pointers written by separate commands after that
 * step; a reader trusts a pointer only when the binding it names still lists it (see the
 * package documentation, "Policy DRA on Redis Cluster").
 */
public final class RedisDraStore implements DraStore {

    private static final int SCAN_BATCH = 500;
    /** Where a listing's next step runs (see {@link #bindings}): a virtual thread may block cheaply. */
    private static final Executor OFF_IO = Executors.newVirtualThreadPerTaskExecutor();

    private final RedisLink connection;
    private final RedisClusterAsyncCommands<String, String> commands;
    private final RedisScripts scripts;
    private final DraKeys keys;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RedisDraStore(RedisLink connection, String prefix) {
        this.connection = connection;
        this.commands = connection.commands();
        this.scripts = new RedisScripts(commands, prefix);
        this.keys = new DraKeys(prefix);
    }

    /**
     * Connects to one standalone Redis at {@code options.uri()} (blocking for at most the
     * connect timeout: call it at start-up).
     *
     * @throws io.pcrfd.store.StoreUnavailableException when Redis cannot be reached
     */
    public static RedisDraStore open(RedisStoreOptions options) {
        return new RedisDraStore(RedisLink.standalone(options), options.keyPrefix());
    }

    /**
     * Connects to a Redis Cluster through any of {@code seeds} (Redis URIs of some of its
     * nodes; the others are discovered). {@code options.uri()} is not used.
     *
     * @throws io.pcrfd.store.StoreUnavailableException when no seed answers
     */
    public static RedisDraStore openCluster(RedisStoreOptions options, List<String> seeds) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("a Redis Cluster needs at least one seed node");
        }
        return new RedisDraStore(RedisLink.cluster(options, seeds), options.keyPrefix());
    }

    @Override
    public CompletionStage<Claim<PcrfBinding>> findOrCreate(PcrfBinding candidate, Instant expiresAt) {
        String bkey = candidate.key();
        return RedisErrors.guard(() -> scripts.keyedMulti(Script.DRA_FIND_OR_CREATE, new String[] {keys.binding(bkey)},
                        StoreJson.encode(candidate), ms(expiresAt))
                .thenCompose(r -> !Replies.OK.equals(Replies.status(r))
                        ? CompletableFuture.completedFuture(new Claim.Held<>(Replies.decode(r, PcrfBinding.class)))
                        : pointAll(candidate.alternateKeys(), bkey, SetArgs.Builder.pxAt(expiresAt.toEpochMilli()))
                        .thenApply(v -> new Claim.Claimed<>(candidate))));
    }

    /** One script on the binding's slot: compare the PCRF, move it, keep the expiry. */
    @Override
    public CompletionStage<Optional<PcrfBinding>> rehome(String key, String fromPcrf, String toPcrf) {
        return RedisErrors.guard(() -> scripts.keyedMulti(Script.DRA_REHOME, new String[] {keys.binding(key)},
                        fromPcrf, toPcrf)
                .thenApply(r -> Replies.MISSING.equals(Replies.status(r)) ? Optional.<PcrfBinding>empty()
                        : Optional.of(Replies.decode(r, PcrfBinding.class))));
    }

    @Override
    public CompletionStage<Optional<PcrfBinding>> binding(String imsi, String apn) {
        return RedisErrors.guard(() -> RedisErrors.translate(commands.get(keys.binding(PcrfBinding.key(imsi, apn))))
                .thenApply(json -> Replies.optional(json, PcrfBinding.class, b -> true)));
    }

    /** Two reads: the pointer, then the binding, trusted only while it lists the alternate key. */
    @Override
    public CompletionStage<Optional<PcrfBinding>> bindingByAlternate(String alternateKey) {
        return RedisErrors.guard(() -> RedisErrors.translate(commands.get(keys.alternate(alternateKey)))
                .thenCompose(bkey -> bkey == null ? CompletableFuture.completedFuture(null)
                        : RedisErrors.translate(commands.get(keys.binding(bkey))))
                .thenApply(json -> Replies.optional(json, PcrfBinding.class,
                        b -> b.alternateKeys().contains(alternateKey))));
    }

    @Override
    public CompletionStage<Optional<PcrfBinding>> confirm(String key, List<String> alternateKeys) {
        return RedisErrors.guard(() -> scripts.keyedMulti(Script.DRA_CONFIRM, new String[] {keys.binding(key)},
                        alternateKeys.toArray(String[]::new))
                .thenCompose(r -> {
                    if (!Replies.OK.equals(Replies.status(r))) {
                        return CompletableFuture.completedFuture(Optional.<PcrfBinding>empty());
                    }
                    long ttl = Long.parseLong((String) r.get(2));
                    SetArgs args = ttl > 0 ? SetArgs.Builder.px(ttl) : new SetArgs();
                    return pointAll(alternateKeys, key, args)
                            .thenApply(v -> Optional.of(Replies.decode(r, PcrfBinding.class)));
                }));
    }

    /**
     * The binding step first (capable sessions join its set atomically with the check that it
     * is live), then the session record, then what the session left (a capable session moving
     * to another binding), then the alternate keys' expiry.
     */
    @Override
    public CompletionStage<Boolean> attach(BoundSession s) {
        String exp = ms(s.expiresAt());
        return RedisErrors.guard(() -> RedisErrors.translate(commands.get(keys.session(s.sessionId())))
                .thenCompose(before -> join(s, exp).thenCompose(binding -> binding.isEmpty() ? done(false)
                        : RedisErrors.translate(commands.set(keys.session(s.sessionId()), StoreJson.encode(s),
                                SetArgs.Builder.pxAt(s.expiresAt().toEpochMilli())))
                        .thenCompose(ok -> leaveMoved(before, s))
                        .thenCompose(v -> extendAlternates(binding.get(), s.bindingKey(), exp))
                        .thenApply(v -> true))));
    }

    /** The binding JSON when a capable session joined it, "" for a dependent one, empty when gone. */
    private CompletionStage<Optional<String>> join(BoundSession s, String exp) {
        if (!s.capable()) {
            return done(Optional.of(""));
        }
        return scripts.keyedValue(Script.DRA_JOIN, keys.bindingPair(s.bindingKey()), s.sessionId(), exp)
                .thenApply(Optional::ofNullable);
    }

    private CompletionStage<Boolean> leaveMoved(String beforeJson, BoundSession now) {
        if (beforeJson == null) {
            return done(false);
        }
        BoundSession before = StoreJson.decode(beforeJson, BoundSession.class);
        return before.capable() && !before.bindingKey().equals(now.bindingKey())
                ? leave(before.sessionId(), before.bindingKey()) : done(false);
    }

    private CompletionStage<Void> extendAlternates(String bindingJson, String bkey, String exp) {
        if (bindingJson.isEmpty()) {
            return done(null);
        }
        return forEach(StoreJson.decode(bindingJson, PcrfBinding.class).alternateKeys(),
                a -> scripts.integer(Script.DRA_ALT_EXTEND, keys.alternate(a), bkey, exp));
    }

    @Override
    public CompletionStage<Optional<BoundSession>> session(String sessionId) {
        return RedisErrors.guard(() -> RedisErrors.translate(commands.get(keys.session(sessionId)))
                .thenApply(json -> Replies.optional(json, BoundSession.class, s -> true)));
    }

    /** GETDEL hands the session record to exactly one detaching node; it then leaves its binding. */
    @Override
    public CompletionStage<Detached> detach(String sessionId) {
        return RedisErrors.guard(() -> RedisErrors.translate(commands.getdel(keys.session(sessionId)))
                .thenCompose(json -> {
                    if (json == null) {
                        return done(new Detached(Optional.empty(), false));
                    }
                    BoundSession s = StoreJson.decode(json, BoundSession.class);
                    CompletionStage<Boolean> removed = s.capable() ? leave(sessionId, s.bindingKey()) : done(false);
                    return removed.thenApply(r -> new Detached(Optional.of(s), r));
                }));
    }

    @Override
    public CompletionStage<Boolean> removeBinding(String key) {
        return RedisErrors.guard(() -> scripts.keyedValue(Script.DRA_REMOVE_BINDING, keys.bindingPair(key))
                .thenCompose(json -> json == null ? done(false) : dropAlternates(json, key).thenApply(v -> true)));
    }

    /** Takes a session out of its binding; true when it was the last and the binding went. */
    private CompletionStage<Boolean> leave(String sessionId, String bkey) {
        return scripts.keyedMulti(Script.DRA_LEAVE, keys.bindingPair(bkey), sessionId).thenCompose(r ->
                !"REMOVED".equals(Replies.status(r)) ? done(false)
                        : dropAlternates((String) r.get(1), bkey).thenApply(v -> true));
    }

    /** Deletes the alternate keys of a removed binding that still point to it. */
    private CompletionStage<Void> dropAlternates(String bindingJson, String bkey) {
        if (bindingJson.isEmpty()) {
            return done(null);
        }
        return forEach(StoreJson.decode(bindingJson, PcrfBinding.class).alternateKeys(),
                a -> scripts.integer(Script.DRA_ALT_DROP, keys.alternate(a), bkey));
    }

    /** Points each alternate key at the binding (the latest writer wins), one SET each, pipelined. */
    private CompletionStage<Void> pointAll(List<String> alternateKeys, String bkey, SetArgs args) {
        return forEach(alternateKeys, a -> RedisErrors.translate(commands.set(keys.alternate(a), bkey, args)));
    }

    @Override
    public CompletionStage<List<String>> sessionsOf(String key) {
        return RedisErrors.guard(() -> RedisErrors.translate(commands.smembers(keys.sessions(key)))
                .thenApply(List::copyOf));
    }

    /**
     * SCAN (every master on a cluster, Lettuce's cluster-wide cursor), then MGET per slot. Each
     * next step runs on {@link #OFF_IO}, not on the Lettuce I/O thread that completed the last
     * one: on a cluster, moving the cursor to the next master or splitting MGET by slot may open
     * a connection and wait for it, which on that I/O thread waits for itself (the thread
     * hangs, and every command on it).
     */
    @Override
    public CompletionStage<List<PcrfBinding>> bindings(int max) {
        return RedisErrors.guard(() -> scan(ScanCursor.INITIAL, new ArrayList<>(), max)
                .thenComposeAsync(found -> found.isEmpty() ? CompletableFuture.completedFuture(List.<PcrfBinding>of())
                        : RedisErrors.translate(commands.mget(found.toArray(String[]::new)))
                        .thenApply(values -> values.stream().filter(v -> v.hasValue())
                                .map(v -> StoreJson.decode(v.getValue(), PcrfBinding.class)).toList()), OFF_IO));
    }

    /** SCAN over the binding keys until {@code max} are found or the cursor ends. */
    private CompletionStage<List<String>> scan(ScanCursor cursor, List<String> found, int max) {
        ScanArgs args = ScanArgs.Builder.matches(keys.bindingPattern()).limit(SCAN_BATCH);
        return RedisErrors.translate(commands.scan(cursor, args)).thenComposeAsync((KeyScanCursor<String> c) -> {
            for (String k : c.getKeys()) {
                if (found.size() < max) {
                    found.add(k);
                }
            }
            return c.isFinished() || found.size() >= max ? CompletableFuture.completedFuture(found)
                    : scan(c, found, max);
        }, OFF_IO);
    }

    private static <T> CompletionStage<Void> forEach(List<T> items, Function<T, CompletionStage<?>> call) {
        return CompletableFuture.allOf(items.stream().map(i -> call.apply(i).toCompletableFuture())
                .toArray(CompletableFuture[]::new));
    }

    private static <T> CompletionStage<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }

    /** True while the connection is up (readiness). */
    public boolean isConnected() {
        return connection.isOpen();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            connection.close();
        }
    }
}
