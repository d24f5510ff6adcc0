package io.pcrfd.store.memory;

import io.pcrfd.store.BindingStore;
import io.pcrfd.store.Claim;
import io.pcrfd.store.model.SubscriberBinding;
import io.pcrfd.store.model.SubscriberId;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/** Subscriber + APN bindings; {@code compute} on the key makes bind-if-absent atomic. */
final class InMemoryBindingStore implements BindingStore {

    private final Clock clock;
    private final ConcurrentHashMap<SubscriberApnKey, SubscriberBinding> bindings = new ConcurrentHashMap<>();

    InMemoryBindingStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public CompletionStage<Claim<SubscriberBinding>> bindIfAbsent(SubscriberBinding binding) {
        return Completions.now(() -> {
            Instant now = clock.instant();
            SubscriberBinding inForce = bindings.compute(key(binding), (k, cur) ->
                    cur == null || !alive(cur, now) || cur.pcrfNode().equals(binding.pcrfNode())
                            ? binding : cur);
            return inForce == binding ? new Claim.Claimed<>(binding) : new Claim.Held<>(inForce);
        });
    }

    @Override
    public CompletionStage<Optional<SubscriberBinding>> find(SubscriberId subscriber, String apn) {
        return Completions.now(() -> Optional.ofNullable(bindings.get(SubscriberApnKey.of(subscriber, apn)))
                .filter(b -> alive(b, clock.instant())));
    }

    @Override
    public CompletionStage<Boolean> release(SubscriberId subscriber, String apn, String pcrfNode) {
        return Completions.now(() -> {
            boolean[] removed = new boolean[1];
            bindings.computeIfPresent(SubscriberApnKey.of(subscriber, apn), (k, cur) -> {
                removed[0] = cur.pcrfNode().equals(pcrfNode);
                return removed[0] ? null : cur;
            });
            return removed[0];
        });
    }

    int sweep() {
        Instant now = clock.instant();
        int before = bindings.size();
        bindings.values().removeIf(b -> !alive(b, now));
        return before - bindings.size();
    }

    Collection<SubscriberBinding> all() {
        Instant now = clock.instant();
        return bindings.values().stream().filter(b -> alive(b, now)).toList();
    }

    void restore(SubscriberBinding b) {
        bindings.put(key(b), b);
    }

    private static SubscriberApnKey key(SubscriberBinding b) {
        return SubscriberApnKey.of(b.subscriber(), b.apn());
    }

    private static boolean alive(SubscriberBinding b, Instant now) {
        return b.expiresAt().isAfter(now);
    }
}
