package io.pcrfd.pcrf.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.pcrfd.store.AfSessionStore;
import io.pcrfd.store.BindingStore;
import io.pcrfd.store.model.AfSession;
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

    static BindingStore bindings(BindingStore d, MeterRegistry r, LatencyHistogram durations) {
        StoreOperation bind = new StoreOperation(r, durations, "bindings", "bind");
        StoreOperation find = new StoreOperation(r, durations, "bindings", "find");
        StoreOperation release = new StoreOperation(r, durations, "bindings", "release");
        return new BindingStore() {
            @Override
            public CompletionStage<Claim<SubscriberBinding>> bindIfAbsent(SubscriberBinding binding) {
                return bind.time(d.bindIfAbsent(binding));
            }

            @Override
            public CompletionStage<Optional<SubscriberBinding>> find(SubscriberId subscriber, String apn) {
                return find.time(d.find(subscriber, apn));
            }

            @Override
            public CompletionStage<Boolean> release(SubscriberId subscriber, String apn, String pcrfNode) {
                return release.time(d.release(subscriber, apn, pcrfNode));
            }
        };
    }

    static AfSessionStore afSessions(AfSessionStore d, MeterRegistry r, LatencyHistogram durations) {
        StoreOperation create = new StoreOperation(r, durations, "afSessions", "create");
        StoreOperation get = new StoreOperation(r, durations, "afSessions", "get");
        StoreOperation find = new StoreOperation(r, durations, "afSessions", "findByGxSession");
        StoreOperation update = new StoreOperation(r, durations, "afSessions", "update");
        StoreOperation remove = new StoreOperation(r, durations, "afSessions", "remove");
        return new AfSessionStore() {
            @Override
            public CompletionStage<Boolean> create(AfSession s) {
                return create.time(d.create(s));
            }

            @Override
            public CompletionStage<Optional<AfSession>> get(String id) {
                return get.time(d.get(id));
            }

            @Override
            public CompletionStage<List<AfSession>> findByGxSession(String gx) {
                return find.time(d.findByGxSession(gx));
            }

            @Override
            public CompletionStage<CasResult<AfSession>> update(AfSession s) {
                return update.time(d.update(s));
            }

            @Override
            public CompletionStage<Optional<AfSession>> remove(String id) {
                return remove.time(d.remove(id));
            }
        };
    }

    static TriggerStore triggers(TriggerStore d, MeterRegistry r, LatencyHistogram durations) {
        StoreOperation create = new StoreOperation(r, durations, "triggers", "create");
        StoreOperation get = new StoreOperation(r, durations, "triggers", "get");
        StoreOperation match = new StoreOperation(r, durations, "triggers", "match");
        StoreOperation update = new StoreOperation(r, durations, "triggers", "update");
        StoreOperation findDue = new StoreOperation(r, durations, "triggers", "find_due");
        StoreOperation remove = new StoreOperation(r, durations, "triggers", "remove");
        return new TriggerStore() {
            @Override
            public CompletionStage<Claim<PendingTrigger>> createIfAbsent(PendingTrigger trigger) {
                return create.time(d.createIfAbsent(trigger));
            }

            @Override
            public CompletionStage<Optional<PendingTrigger>> get(String triggerId) {
                return get.time(d.get(triggerId));
            }

            @Override
            public CompletionStage<Optional<PendingTrigger>> match(TriggerIdentification probe) {
                return match.time(d.match(probe));
            }

            @Override
            public CompletionStage<CasResult<PendingTrigger>> update(PendingTrigger updated) {
                return update.time(d.update(updated));
            }

            @Override
            public CompletionStage<List<PendingTrigger>> findDue(Instant now, int limit) {
                return findDue.time(d.findDue(now, limit));
            }

            @Override
            public CompletionStage<Boolean> remove(String triggerId) {
                return remove.time(d.remove(triggerId));
            }
        };
    }

    static CounterStore counters(CounterStore d, MeterRegistry r, LatencyHistogram durations) {
        StoreOperation add = new StoreOperation(r, durations, "counters", "add");
        StoreOperation get = new StoreOperation(r, durations, "counters", "get");
        StoreOperation reset = new StoreOperation(r, durations, "counters", "reset");
        return new CounterStore() {
            @Override
            public CompletionStage<Long> add(CounterKey key, long delta, Instant expiresAt) {
                return add.time(d.add(key, delta, expiresAt));
            }

            @Override
            public CompletionStage<Long> get(CounterKey key) {
                return get.time(d.get(key));
            }

            @Override
            public CompletionStage<Long> reset(CounterKey key) {
                return reset.time(d.reset(key));
            }
        };
    }

    static SessionContextStore contexts(SessionContextStore d, MeterRegistry r, LatencyHistogram durations) {
        StoreOperation find = new StoreOperation(r, durations, "contexts", "find");
        StoreOperation findClosed = new StoreOperation(r, durations, "contexts", "find_closed");
        StoreOperation bySubscriber = new StoreOperation(r, durations, "contexts", "find_by_subscriber");
        StoreOperation removeBefore = new StoreOperation(r, durations, "contexts", "remove_closed_before");
        return new SessionContextStore() {
            @Override
            public CompletionStage<List<SessionContext>> find(String apn, SubscriberId trafficId) {
                return find.time(d.find(apn, trafficId));
            }

            @Override
            public CompletionStage<Optional<SessionContext>> findClosed(String apn, SubscriberId trafficId) {
                return findClosed.time(d.findClosed(apn, trafficId));
            }

            @Override
            public CompletionStage<List<SessionContext>> findBySubscriber(SubscriberId trafficId) {
                return bySubscriber.time(d.findBySubscriber(trafficId));
            }

            @Override
            public CompletionStage<Integer> removeClosedBefore(SubscriberId trafficId, Instant cutoff) {
                return removeBefore.time(d.removeClosedBefore(trafficId, cutoff));
            }
        };
    }

    static io.pcrfd.store.MeterStore meters(io.pcrfd.store.MeterStore d, MeterRegistry r, LatencyHistogram durations) {
        StoreOperation add = new StoreOperation(r, durations, "meters", "add");
        StoreOperation get = new StoreOperation(r, durations, "meters", "get");
        StoreOperation reset = new StoreOperation(r, durations, "meters", "reset");
        return new io.pcrfd.store.MeterStore() {
            @Override
            public CompletionStage<Applied> add(String subscriber, String reportId, java.util.Map<String, Long> deltas,
                                                Instant expiresAt) {
                return add.time(d.add(subscriber, reportId, deltas, expiresAt));
            }

            @Override
            public CompletionStage<java.util.Map<String, Long>> get(String subscriber) {
                return get.time(d.get(subscriber));
            }

            @Override
            public CompletionStage<Integer> reset(String subscriber, String namePrefix) {
                return reset.time(d.reset(subscriber, namePrefix));
            }
        };
    }
}
