package io.pcrfd.store.redis;

import static io.pcrfd.store.redis.Replies.ms;

import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.pcrfd.store.BindingStore;
import io.pcrfd.store.Claim;
import io.pcrfd.store.json.StoreJson;
import io.pcrfd.store.model.SubscriberBinding;
import io.pcrfd.store.model.SubscriberId;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Bindings as one string key each (JSON), expiring by PEXPIREAT; changed by Lua. */
final class RedisBindingStore implements BindingStore {

    private final RedisClusterAsyncCommands<String, String> commands;
    private final RedisScripts scripts;
    private final RedisKeys keys;

    RedisBindingStore(RedisClusterAsyncCommands<String, String> commands, RedisScripts scripts,
                      RedisKeys keys) {
        this.commands = commands;
        this.scripts = scripts;
        this.keys = keys;
    }

    @Override
    public CompletionStage<Claim<SubscriberBinding>> bindIfAbsent(SubscriberBinding binding) {
        return RedisErrors.guard(() -> {
            String key = keys.binding(binding.subscriber(), binding.apn());
            return scripts.multi(Script.BINDING_BIND, key, key, StoreJson.encode(binding),
                            binding.pcrfNode(), ms(binding.expiresAt()))
                    .thenApply(r -> Replies.OK.equals(Replies.status(r))
                            ? new Claim.Claimed<>(binding)
                            : new Claim.Held<>(Replies.decode(r, SubscriberBinding.class)));
        });
    }

    @Override
    public CompletionStage<Optional<SubscriberBinding>> find(SubscriberId subscriber, String apn) {
        return RedisErrors.guard(() -> RedisErrors.translate(
                        commands.get(keys.binding(subscriber, apn)))
                .thenApply(json -> Replies.optional(json, SubscriberBinding.class, b -> true)));
    }

    @Override
    public CompletionStage<Boolean> release(SubscriberId subscriber, String apn, String pcrfNode) {
        return RedisErrors.guard(() -> {
            String key = keys.binding(subscriber, apn);
            return scripts.integer(Script.BINDING_RELEASE, key, key, pcrfNode)
                    .thenApply(n -> n == 1L);
        });
    }
}
