package io.pcrfd.store.redis;

import static io.pcrfd.store.redis.Replies.ms;

import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.pcrfd.store.CasResult;
import io.pcrfd.store.Claim;
import io.pcrfd.store.TriggerStore;
import io.pcrfd.store.json.StoreJson;
import io.pcrfd.store.model.PendingTrigger;
import io.pcrfd.store.model.TriggerIdentification;
import io.pcrfd.store.model.TriggerState;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

/** Triggers as hashes ({@code v}, {@code d}) with PENDING-only index keys kept by Lua. */
final class RedisTriggerStore implements TriggerStore {

    private static final Predicate<PendingTrigger> PENDING = t -> t.state() == TriggerState.PENDING;

    private final RedisClusterAsyncCommands<String, String> commands;
    private final RedisScripts scripts;
    private final RedisKeys keys;

    RedisTriggerStore(RedisClusterAsyncCommands<String, String> commands, RedisScripts scripts,
                      RedisKeys keys) {
        this.commands = commands;
        this.scripts = scripts;
        this.keys = keys;
    }

    @Override
    public CompletionStage<Claim<PendingTrigger>> createIfAbsent(PendingTrigger trigger) {
        return RedisErrors.guard(() -> {
            PendingTrigger stored = trigger.withVersion(1);
            String id = stored.triggerId();
            return scripts.multi(Script.TRIGGER_CREATE, keys.trigger(id), id,
                            StoreJson.encode(stored), ms(stored.expiresAt()), ms(stored.deadline()))
                    .thenApply(r -> Replies.OK.equals(Replies.status(r))
                            ? new Claim.Claimed<>(stored)
                            : new Claim.Held<>(Replies.decode(r, PendingTrigger.class)));
        });
    }

    @Override
    public CompletionStage<Optional<PendingTrigger>> get(String triggerId) {
        return RedisErrors.guard(() -> RedisErrors.translate(
                        commands.hget(keys.trigger(triggerId), "d"))
                .thenApply(json -> Replies.optional(json, PendingTrigger.class, t -> true)));
    }

    @Override
    public CompletionStage<Optional<PendingTrigger>> match(TriggerIdentification p) {
        if (p.assignedId() != null) {
            return get(p.assignedId()).thenApply(t -> t.filter(PENDING));
        }
        if (p.ueLocalIp() != null) {
            String key = keys.triggerLocalIp(p.ueLocalIp());
            return RedisErrors.guard(() -> scripts.value(Script.GET_REF, key, key, keys.triggerPrefix())
                    .thenApply(json -> Replies.optional(json, PendingTrigger.class, PENDING.and(
                            t -> p.ueLocalIp().equals(t.identification().ueLocalIp())))));
        }
        if (p.henbLocalIp() != null) {
            return first(keys.triggerHenb(p.henbLocalIp()),
                    t -> p.henbLocalIp().equals(t.identification().henbLocalIp()));
        }
        if (p.imsi() != null && p.apn() != null) {
            return first(keys.triggerSubscriber(p.imsi(), p.apn()),
                    t -> p.imsi().equals(t.identification().imsi())
                            && p.apn().equals(t.identification().apn()));
        }
        return CompletableFuture.completedFuture(Optional.empty());
    }

    private CompletionStage<Optional<PendingTrigger>> first(String setKey,
                                                            Predicate<PendingTrigger> stillMatches) {
        return RedisErrors.guard(() -> scripts.multi(Script.GET_SET, setKey, setKey, keys.triggerPrefix())
                .thenApply(docs -> Replies.list(docs, PendingTrigger.class, PENDING.and(stillMatches))
                        .stream().min(Comparator.comparing(PendingTrigger::deadline))));
    }

    @Override
    public CompletionStage<CasResult<PendingTrigger>> update(PendingTrigger updated) {
        return RedisErrors.guard(() -> {
            PendingTrigger next = updated.withVersion(updated.version() + 1);
            String id = next.triggerId();
            return scripts.multi(Script.TRIGGER_UPDATE, keys.trigger(id), id,
                            Long.toString(updated.version()), StoreJson.encode(next),
                            Long.toString(next.version()), ms(next.expiresAt()), ms(next.deadline()))
                    .thenApply(r -> switch (Replies.status(r)) {
                        case Replies.OK -> new CasResult.Applied<>(next);
                        case Replies.STALE -> new CasResult.Stale<>(Replies.decode(r, PendingTrigger.class));
                        case Replies.MISSING -> new CasResult.Missing<PendingTrigger>();
                        default -> throw Replies.identityChanged("trigger " + id, r);
                    });
        });
    }

    @Override
    public CompletionStage<List<PendingTrigger>> findDue(Instant now, int limit) {
        return RedisErrors.guard(() -> scripts.multi(Script.GET_ZRANGE, keys.triggersDue(),
                        keys.triggersDue(), keys.triggerPrefix(), ms(now), Integer.toString(limit), "1")
                .thenApply(docs -> Replies.list(docs, PendingTrigger.class,
                        PENDING.and(t -> !t.deadline().isAfter(now)))));
    }

    @Override
    public CompletionStage<Boolean> remove(String triggerId) {
        return RedisErrors.guard(() -> scripts.integer(Script.TRIGGER_REMOVE,
                keys.trigger(triggerId), triggerId).thenApply(n -> n == 1L));
    }

    CompletionStage<Integer> sweep(int batch) {
        return scripts.integer(Script.SWEEP_ZSET, keys.triggersDue(), keys.triggersDue(),
                keys.triggerPrefix(), Integer.toString(batch)).thenApply(Long::intValue);
    }
}
