package io.pcrfd.pcrf.establishment.s9a;

import io.pcrfd.store.CasResult;
import io.pcrfd.store.TriggerStore;
import io.pcrfd.store.model.PendingTrigger;
import io.pcrfd.store.model.TriggerState;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Moves a stored trigger to another state by compare-and-set, re-reading on a race. */
public final class TriggerTransitions {
    private static final int ATTEMPTS = 3;

    private TriggerTransitions() {
    }

    /** Sets the state; a trigger that is gone or already in that state is left alone. */
    public static CompletionStage<Void> to(TriggerStore triggers, String triggerId, TriggerState state) {
        return attempt(triggers, triggerId, state, ATTEMPTS);
    }

    private static CompletionStage<Void> attempt(TriggerStore triggers, String id, TriggerState state, int left) {
        return triggers.get(id).thenCompose(current -> {
            if (current.isEmpty() || current.get().state() == state) {
                return CompletableFuture.<Void>completedFuture(null);
            }
            PendingTrigger next = current.get().withState(state);
            return triggers.update(next).thenCompose(cas -> cas instanceof CasResult.Stale<PendingTrigger> && left > 1
                    ? attempt(triggers, id, state, left - 1)
                    : CompletableFuture.<Void>completedFuture(null));
        });
    }
}
