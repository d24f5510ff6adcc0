package io.pcrfd.store.redis;

import static io.pcrfd.store.redis.Replies.expiry;
import static io.pcrfd.store.redis.Replies.ms;

import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.pcrfd.store.CasResult;
import io.pcrfd.store.Claim;
import io.pcrfd.store.ExpiredSession;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.StoreException;
import io.pcrfd.store.json.StoreJson;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SessionState;
import io.pcrfd.store.model.SubscriberId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * IP-CAN sessions in Redis: a hash per session ({@code v} version, {@code d} JSON) plus index
 * keys the Lua scripts maintain in the same atomic step (see the README's key layout).
 */
final class RedisSessionStore implements SessionStore {

    /** A close re-reads and retries when an update slips in between; bounded. */
    private static final int CLOSE_ATTEMPTS = 5;
    private static final int SCAN_CHUNK = 500;
    /** Members of the activity index looked at per window by {@link #takeExpired}. */
    static final int LOST_WINDOW = 1_000;

    private final RedisClusterAsyncCommands<String, String> commands;
    private final RedisScripts scripts;
    private final RedisKeys keys;
    private final String closedMaxEntries;
    private final String closedPerSubscriber;
    private final AtomicLong closedDropped = new AtomicLong();
    /** Where the moving window of {@link #takeExpired} looks next (a rank in the activity index). */
    private final AtomicLong lostCursor = new AtomicLong();

    RedisSessionStore(RedisClusterAsyncCommands<String, String> commands, RedisScripts scripts,
                      RedisKeys keys, int closedMaxEntries, int closedPerSubscriber) {
        this.commands = commands;
        this.scripts = scripts;
        this.keys = keys;
        this.closedMaxEntries = Integer.toString(closedMaxEntries);
        this.closedPerSubscriber = Integer.toString(closedPerSubscriber);
    }

    @Override
    public CompletionStage<Claim<IpCanSession>> create(IpCanSession session) {
        return RedisErrors.guard(() -> {
            IpCanSession stored = session.toBuilder().version(1).state(SessionState.ONGOING).build();
            String id = stored.sessionId();
            return scripts.multi(Script.SESSION_CREATE, keys.session(id), id,
                    StoreJson.encode(stored), expiry(stored), ms(stored.updatedAt()))
                    .thenApply(r -> Replies.OK.equals(Replies.status(r))
                            ? new Claim.Claimed<>(stored)
                            : new Claim.Held<>(Replies.decode(r, IpCanSession.class)));
        });
    }

    @Override
    public CompletionStage<Optional<IpCanSession>> get(String sessionId) {
        return RedisErrors.guard(() -> RedisErrors.translate(
                commands.hget(keys.session(sessionId), "d"))
                .thenApply(json -> Replies.optional(json, IpCanSession.class, s -> true)));
    }

    @Override
    public CompletionStage<List<IpCanSession>> findBySubscriber(SubscriberId subscriber, String apn) {
        return bySet(keys.subscriber(subscriber, apn), s -> s.apn().equals(apn)
                && holds(s, subscriber));
    }

    @Override
    public CompletionStage<List<IpCanSession>> findBySubscriber(SubscriberId subscriber) {
        return bySet(keys.subscriberAnyApn(subscriber), s -> holds(s, subscriber));
    }

    private static boolean holds(IpCanSession s, SubscriberId subscriber) {
        return subscriber.equals(switch (subscriber.type()) {
            case IMSI -> s.imsi() == null ? null : SubscriberId.imsi(s.imsi());
            case MSISDN -> s.msisdn() == null ? null : SubscriberId.msisdn(s.msisdn());
            case NAI -> null;
        });
    }

    /**
     * The address's set lists its holders in every address space, one per APN or IP domain
     * using it: read them all (one script run) and keep the one in the space asked for.
     */
    @Override
    public CompletionStage<Optional<IpCanSession>> findByIpv4(String ueIpv4, String apn, String ipDomainId) {
        return findAllByIpv4(ueIpv4).thenApply(all -> all.stream()
                .filter(s -> s.inIpDomain(apn, ipDomainId)).findFirst());
    }

    @Override
    public CompletionStage<Optional<IpCanSession>> findByIpv6Prefix(String prefix, String apn, String ipDomainId) {
        return findAllByIpv6Prefix(prefix).thenApply(all -> all.stream()
                .filter(s -> s.inIpDomain(apn, ipDomainId)).findFirst());
    }

    @Override
    public CompletionStage<List<IpCanSession>> findAllByIpv4(String ueIpv4) {
        return bySet(keys.ipv4(ueIpv4), s -> ueIpv4.equals(s.ueIpv4()));
    }

    @Override
    public CompletionStage<List<IpCanSession>> findAllByIpv6Prefix(String prefix) {
        return bySet(keys.ipv6(prefix), s -> prefix.equals(s.ueIpv6Prefix()));
    }

    /**
     * A gateway may own 100,000 sessions: read its ids with SMEMBERS, then the documents in
     * chunks of {@value #SCAN_CHUNK}, all pipelined, so no single call holds Redis for long or
     * builds one huge reply. Ids whose session expired meanwhile are skipped.
     */
    @Override
    public CompletionStage<List<IpCanSession>> findByGateway(String gatewayHost) {
        return scanSet(keys.gateway(gatewayHost), s -> s.gatewayHost().equals(gatewayHost));
    }

    /** As {@link #findByGateway}, over the sessions with a subsession owned by {@code peerHost}. */
    @Override
    public CompletionStage<List<IpCanSession>> findByLinkedPeer(String peerHost) {
        return scanSet(keys.linkedPeer(peerHost),
                s -> s.linkedSessions().stream().anyMatch(l -> l.peer().equals(peerHost)));
    }

    /** The sessions a set index lists, read in chunks; members that expired are dropped from the set. */
    private CompletionStage<List<IpCanSession>> scanSet(String setKey, Predicate<IpCanSession> holds) {
        return RedisErrors.guard(() -> RedisErrors.translate(commands.smembers(setKey))
                .thenCompose(ids -> fetchChunked(List.copyOf(ids)).thenCompose(docs -> {
                    List<IpCanSession> found = Replies.list(docs, IpCanSession.class, holds);
                    return dropStale(setKey, ids, found).thenApply(n -> found);
                })));
    }

    /** Removes set members whose session has expired by TTL (what a read just found out). */
    private CompletionStage<Long> dropStale(String setKey, Set<String> ids,
                                            List<IpCanSession> found) {
        Set<String> stale = new HashSet<>(ids);
        found.forEach(s -> stale.remove(s.sessionId()));
        return stale.isEmpty() ? CompletableFuture.completedFuture(0L)
                : RedisErrors.translate(commands.srem(setKey, stale.toArray(String[]::new)));
    }

    private CompletionStage<List<Object>> fetchChunked(List<String> ids) {
        List<CompletableFuture<List<Object>>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += SCAN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + SCAN_CHUNK));
            String[] args = new String[chunk.size() + 1];
            args[0] = keys.sessionPrefix();
            for (int i = 0; i < chunk.size(); i++) {
                args[i + 1] = chunk.get(i);
            }
            chunks.add(scripts.multi(Script.GET_MANY, keys.session(chunk.get(0)), args)
                    .toCompletableFuture());
        }
        return CompletableFuture.allOf(chunks.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<Object> all = new ArrayList<>(ids.size());
            chunks.forEach(c -> all.addAll(c.join()));
            return all;
        });
    }

    @Override
    public CompletionStage<List<IpCanSession>> findByUeLocalIp(String ueLocalIp) {
        return bySet(keys.ueLocal(ueLocalIp), s -> ueLocalIp.equals(s.access().ueLocalIp()));
    }

    @Override
    public CompletionStage<List<IpCanSession>> findByHenbLocalIp(String henbLocalIp) {
        return bySet(keys.henbLocal(henbLocalIp), s -> henbLocalIp.equals(s.access().henbLocalIp()));
    }

    @Override
    public CompletionStage<Optional<IpCanSession>> findByLinkedSessionId(String linkedSessionId) {
        return byRef(keys.linked(linkedSessionId), s -> s.linkedSessions().stream()
                .anyMatch(l -> l.sessionId().equals(linkedSessionId)));
    }

    @Override
    public CompletionStage<CasResult<IpCanSession>> update(IpCanSession updated) {
        return RedisErrors.guard(() -> {
            IpCanSession next = updated.toBuilder().version(updated.version() + 1)
                    .state(SessionState.ONGOING).build();
            String id = next.sessionId();
            return scripts.multi(Script.SESSION_UPDATE, keys.session(id), id,
                    Long.toString(updated.version()), StoreJson.encode(next),
                    Long.toString(next.version()), expiry(next), ms(next.updatedAt()))
                    .thenApply(r -> casResult(r, next, "session " + id));
        });
    }

    private static CasResult<IpCanSession> casResult(List<Object> r, IpCanSession next, String what) {
        return switch (Replies.status(r)) {
            case Replies.OK -> new CasResult.Applied<>(next);
            case Replies.STALE -> new CasResult.Stale<>(Replies.decode(r, IpCanSession.class));
            case Replies.MISSING -> new CasResult.Missing<>();
            default -> throw Replies.identityChanged(what, r);
        };
    }

    @Override
    public CompletionStage<List<IpCanSession>> findInactiveSince(Instant cutoff, int limit) {
        return RedisErrors.guard(() -> scripts.multi(Script.GET_ZRANGE, keys.updated(),
                        keys.updated(), keys.sessionPrefix(), "(" + ms(cutoff), Integer.toString(limit), "0")
                .thenApply(docs -> Replies.list(docs, IpCanSession.class,
                        s -> s.updatedAt().isBefore(cutoff))));
    }

    @Override
    public CompletionStage<Optional<IpCanSession>> close(String sessionId, Instant closedAt,
                                                         Instant retainUntil) {
        return closeAttempt(sessionId, closedAt, retainUntil, CLOSE_ATTEMPTS);
    }

    /**
     * Redis deletes a session's keys when its TTL passes, so what is left to hand over is the
     * Session-Id in the activity index; no closed context can be written for it. The index has
     * no TTL, so the Session-Id waits there until some node takes it.
     */
    @Override
    public CompletionStage<List<ExpiredSession>> takeExpired(Instant closedAt, Instant retainUntil, int limit) {
        return RedisErrors.guard(() -> scripts.multi(Script.SESSION_TAKE_LOST, keys.updated(),
                        Long.toString(lostCursor.get()), Integer.toString(LOST_WINDOW), Integer.toString(limit))
                .thenApply(r -> {
                    lostCursor.set(Long.parseLong((String) r.get(0)));
                    List<ExpiredSession> out = new ArrayList<>(r.size() - 1);
                    for (Object id : r.subList(1, r.size())) {
                        out.add(new ExpiredSession((String) id, null));
                    }
                    return out;
                }));
    }

    /**
     * Reads the session, builds its closed context, then removes it and stores the context in
     * one script run conditioned on the version read, so a concurrent update is never lost
     * from the closed context.
     */
    private CompletionStage<Optional<IpCanSession>> closeAttempt(String sessionId, Instant closedAt,
                                                                 Instant retainUntil, int left) {
        return get(sessionId).thenCompose(found -> {
            if (found.isEmpty()) {
                return CompletableFuture.completedFuture(Optional.<IpCanSession>empty());
            }
            IpCanSession closed = found.get().toBuilder().state(SessionState.CLOSED)
                    .updatedAt(closedAt).build();
            return removeScript(closed, retainUntil).thenCompose(status -> switch (status) {
                case Replies.OK -> CompletableFuture.completedFuture(Optional.of(closed));
                case Replies.STALE -> left > 1
                        ? closeAttempt(sessionId, closedAt, retainUntil, left - 1)
                        : CompletableFuture.failedFuture(new StoreException(
                        "session " + sessionId + " kept changing during close"));
                default -> CompletableFuture.completedFuture(Optional.<IpCanSession>empty());
            });
        });
    }

    private CompletionStage<String> removeScript(IpCanSession closed, Instant retainUntil) {
        SubscriberId trafficId = closed.trafficId();
        String ctxKey = trafficId == null ? "" : keys.closedContext(trafficId, closed.apn(), closed.sessionId());
        String subKey = trafficId == null ? "" : keys.closedContexts(trafficId);
        String ctxJson = trafficId == null ? "" : StoreJson.encode(SessionContext.of(closed,
                SessionState.CLOSED, closed.updatedAt(), retainUntil));
        String id = closed.sessionId();
        return scripts.multi(Script.SESSION_REMOVE, keys.session(id), id,
                        Long.toString(closed.version()), ctxKey, ctxJson, ms(retainUntil),
                        ms(closed.updatedAt()), closedMaxEntries, subKey, closedPerSubscriber)
                .thenApply(r -> {
                    if (r.size() > 2) {
                        closedDropped.addAndGet((Long) r.get(2));
                    }
                    return Replies.status(r);
                });
    }

    /** Closed contexts dropped over the bound or the cap by this store's closes since the last call. */
    long takeClosedDropped() {
        return closedDropped.getAndSet(0);
    }

    @Override
    public CompletionStage<Optional<IpCanSession>> remove(String sessionId) {
        return RedisErrors.guard(() -> scripts.multi(Script.SESSION_REMOVE,
                        keys.session(sessionId), sessionId, "", "", "", "0", "0", closedMaxEntries, "", closedPerSubscriber)
                .thenApply(r -> Replies.OK.equals(Replies.status(r))
                        ? Optional.of(Replies.decode(r, IpCanSession.class))
                        : Optional.<IpCanSession>empty()));
    }

    /**
     * Removes retention entries of closed contexts that expired by TTL; bounded per call. The
     * activity index is left alone: its members without a record are what {@link #takeExpired}
     * hands over.
     */
    CompletionStage<Integer> sweep(int batch) {
        return scripts.integer(Script.SWEEP_ZSET, keys.closedByEnd(), keys.closedByEnd(), "",
                        Integer.toString(batch))
                .thenApply(Long::intValue);
    }

    private CompletionStage<Optional<IpCanSession>> byRef(String indexKey,
                                                          Predicate<IpCanSession> stillMatches) {
        return RedisErrors.guard(() -> scripts.value(Script.GET_REF, indexKey, indexKey,
                        keys.sessionPrefix())
                .thenApply(json -> Replies.optional(json, IpCanSession.class, stillMatches)));
    }

    private CompletionStage<List<IpCanSession>> bySet(String setKey,
                                                      Predicate<IpCanSession> stillMatches) {
        return RedisErrors.guard(() -> scripts.multi(Script.GET_SET, setKey, setKey,
                        keys.sessionPrefix())
                .thenApply(docs -> Replies.list(docs, IpCanSession.class, stillMatches)));
    }
}
