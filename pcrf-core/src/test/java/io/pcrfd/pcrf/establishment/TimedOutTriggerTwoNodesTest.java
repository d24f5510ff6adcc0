package io.pcrfd.pcrf.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.establishment.TriggerResult.Outcome;
import io.pcrfd.store.BindingStore;
import io.pcrfd.store.CasResult;
import io.pcrfd.store.Claim;
import io.pcrfd.store.CounterStore;
import io.pcrfd.store.SessionContextStore;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.Store;
import io.pcrfd.store.TriggerStore;
import io.pcrfd.store.model.PendingTrigger;
import io.pcrfd.store.model.TriggerIdentification;
import io.pcrfd.store.model.TriggerState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * Two nodes sharing one store both read a trigger as due for the last time; only one of them
 * may fail it, count it and log it (compare-and-set on the version both read).
 */
class TimedOutTriggerTwoNodesTest {

    @Test
    void aTimedOutTriggerReadByTwoNodesIsFailedAndCountedOnce() {
        try (Fixture f = Fixture.ter()) {
            TriggerResult r = f.initiator.onGxSessionEstablished(f.gxSession("pgw;1", "001010000000001",
                    "198.51.100.7")).toCompletableFuture().join();
            assertThat(r.outcome()).isEqualTo(Outcome.ACCEPTED);
            for (int i = 0; i < 2; i++) { // the two retries
                f.clock.advance(Fixture.TIMEOUT);
                f.initiator.runDue().toCompletableFuture().join();
            }
            f.clock.advance(Fixture.TIMEOUT);
            List<PendingTrigger> readByB = f.store.triggers().findDue(f.clock.instant(), 10).toCompletableFuture()
                    .join();
            assertThat(readByB).singleElement().satisfies(t -> assertThat(t.attempts()).isEqualTo(3));
            EstablishmentCounters countersOfB = new EstablishmentCounters();
            EstablishmentInitiator nodeB = new EstablishmentInitiator(f.config,
                    new TriggerMessages(f.dictionary, new LocalNode(Fixture.PCRF, "example")), h -> "example",
                    new DueAsRead(f.store, readByB), f.wire, f.clock, new SessionIds(Fixture.PCRF, f.clock),
                    countersOfB);

            assertThat(f.initiator.runDue().toCompletableFuture().join()).isEqualTo(1);
            assertThat(nodeB.runDue().toCompletableFuture().join()).isEqualTo(1);

            assertThat(f.store.triggers().get(r.triggerId()).toCompletableFuture().join().orElseThrow().state())
                    .isEqualTo(TriggerState.FAILED);
            assertThat(f.initiator.counters().snapshot().failedTimeout() + countersOfB.snapshot().failedTimeout())
                    .isEqualTo(1);
            assertThat(f.wire.requests()).hasSize(3);
        }
    }

    /** The shared store, except that findDue returns what node B read before node A acted. */
    private record DueAsRead(Store shared, List<PendingTrigger> due) implements Store {
        @Override
        public SessionStore sessions() {
            return shared.sessions();
        }

        @Override
        public BindingStore bindings() {
            return shared.bindings();
        }

        @Override
        public io.pcrfd.store.SySessionStore sySessions() {
            return shared.sySessions();
        }

        @Override
        public TriggerStore triggers() {
            TriggerStore t = shared.triggers();
            return new TriggerStore() {
                @Override
                public CompletionStage<Claim<PendingTrigger>> createIfAbsent(PendingTrigger trigger) {
                    return t.createIfAbsent(trigger);
                }

                @Override
                public CompletionStage<Optional<PendingTrigger>> get(String triggerId) {
                    return t.get(triggerId);
                }

                @Override
                public CompletionStage<Optional<PendingTrigger>> match(TriggerIdentification probe) {
                    return t.match(probe);
                }

                @Override
                public CompletionStage<CasResult<PendingTrigger>> update(PendingTrigger updated) {
                    return t.update(updated);
                }

                @Override
                public CompletionStage<List<PendingTrigger>> findDue(Instant now, int limit) {
                    return CompletableFuture.completedFuture(due);
                }

                @Override
                public CompletionStage<Boolean> remove(String triggerId) {
                    return t.remove(triggerId);
                }
            };
        }

        @Override
        public CounterStore counters() {
            return shared.counters();
        }

        @Override
        public io.pcrfd.store.UsageStore usage() {
            return shared.usage();
        }

        @Override
        public io.pcrfd.store.MeterStore meters() {
            return shared.meters();
        }

        @Override
        public io.pcrfd.store.AfSessionStore afSessions() {
            return shared.afSessions();
        }

        @Override
        public SessionContextStore contexts() {
            return shared.contexts();
        }

        @Override
        public CompletionStage<Integer> sweep() {
            return shared.sweep();
        }

        @Override
        public void close() {
        }
    }
}
