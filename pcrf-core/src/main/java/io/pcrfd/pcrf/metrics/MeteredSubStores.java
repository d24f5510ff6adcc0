package io.pcrfd.pcrf.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.pcrfd.store.BindingStore;
import io.pcrfd.store.CasResult;
import io.pcrfd.store.Claim;
import io.pcrfd.store.CounterStore;
import io.pcrfd.store.SessionContextStore;
import io.pcrfd.store.TriggerStore;
import io.pcrfd.store.model.CounterKey;
import io.pcrfd.store.model.PendingTrigger;
import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SubscriberBinding;
import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.model.TriggerIdentification;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The small sub-stores (bindings, triggers, counters, contexts), each operation timed and counted. */
final class MeteredSubStores {
    private MeteredSubStores() {
    }

    static BindingStore bindings(BindingStore d, MeterRegistry r) {
        StoreOperation bind = new StoreOperation(r, "bindings", "bind");
        StoreOperation find = new StoreOperation(r, "bindings", "find");
        StoreOperation release = new StoreOperation(r, "bindings", "release");
        return new BindingStore() {
            @Override
            public CompletionStage<Claim<SubscriberBinding>> bindIfAbsent(SubscriberBinding binding) {
                return bind.time(System.nanoTime(), d.bindIfAbsent(binding));
            }

            @Override
            public CompletionStage<Optional<SubscriberBinding>> find(SubscriberId subscriber, String apn) {
                return find.time(System.nanoTime(), d.find(subscriber, apn));
            }

            @Override
            public CompletionStage<Boolean> release(SubscriberId subscriber, String apn, String pcrfNode) {
                return release.time(System.nanoTime(), d.release(subscriber, apn, pcrfNode));
            }
        };
    }

    static TriggerStore triggers(TriggerStore d, MeterRegistry r) {
        StoreOperation create = new StoreOperation(r, "triggers", "create");
        StoreOperation get = new StoreOperation(r, "triggers", "get");
        StoreOperation match = new StoreOperation(r, "triggers", "match");
        StoreOperation update = new StoreOperation(r, "triggers", "update");
        StoreOperation findDue = new StoreOperation(r, "triggers", "find_due");
        StoreOperation remove = new StoreOperation(r, "triggers", "remove");
        return new TriggerStore() {
            @Override
            public CompletionStage<Claim<PendingTrigger>> createIfAbsent(PendingTrigger trigger) {
                return create.time(System.nanoTime(), d.createIfAbsent(trigger));
            }

            @Override
            public CompletionStage<Optional<PendingTrigger>> get(String triggerId) {
                return get.time(System.nanoTime(), d.get(triggerId));
            }

            @Override
            public CompletionStage<Optional<PendingTrigger>> match(TriggerIdentification probe) {
                return match.time(System.nanoTime(), d.match(probe));
            }

            @Override
            public CompletionStage<CasResult<PendingTrigger>> update(PendingTrigger updated) {
                return update.time(System.nanoTime(), d.update(updated));
            }

            @Override
            public CompletionStage<List<PendingTrigger>> findDue(Instant now, int limit) {
                return findDue.time(System.nanoTime(), d.findDue(now, limit));
            }

            @Override
            public CompletionStage<Boolean> remove(String triggerId) {
                return remove.time(System.nanoTime(), d.remove(triggerId));
            }
        };
    }

    static CounterStore counters(CounterStore d, MeterRegistry r) {
        StoreOperation add = new StoreOperation(r, "counters", "add");
        StoreOperation get = new StoreOperation(r, "counters", "get");
        StoreOperation reset = new StoreOperation(r, "counters", "reset");
        return new CounterStore() {
            @Override
            public CompletionStage<Long> add(CounterKey key, long delta, Instant expiresAt) {
                return add.time(System.nanoTime(), d.add(key, delta, expiresAt));
            }

            @Override
            public CompletionStage<Long> get(CounterKey key) {
                return get.time(System.nanoTime(), d.get(key));
            }

            @Override
            public CompletionStage<Long> reset(CounterKey key) {
                return reset.time(System.nanoTime(), d.reset(key));
            }
        };
    }

    static SessionContextStore contexts(SessionContextStore d, MeterRegistry r) {
        StoreOperation find = new StoreOperation(r, "contexts", "find");
        StoreOperation findClosed = new StoreOperation(r, "contexts", "find_closed");
        return new SessionContextStore() {
            @Override
            public CompletionStage<List<SessionContext>> find(String apn, SubscriberId trafficId) {
                return find.time(System.nanoTime(), d.find(apn, trafficId));
            }

            @Override
            public CompletionStage<Optional<SessionContext>> findClosed(String apn, SubscriberId trafficId) {
                return findClosed.time(System.nanoTime(), d.findClosed(apn, trafficId));
            }
        };
    }
}
