package io.pcrfd.pcrf.gx;

import io.pcrfd.pcrf.policy.Situation;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Where Gx decisions find the Rx application function sessions bound to an IP-CAN session (the
 * {@link Situation#afSessions()} every decision of that session takes, so that a CCR-U or a
 * time-of-day push keeps the PCC rules an AF asked for). None until the Rx module, wired after
 * Gx, {@link #source sets} its source; with Rx off a decision reads nothing more than before.
 */
public final class GxAfSessions {
    private static final CompletionStage<List<Situation.AfSession>> NONE = CompletableFuture.completedFuture(List.of());

    private volatile Function<String, CompletionStage<List<Situation.AfSession>>> source;

    /** Sets the source; called once while the node is wired, before requests flow. */
    public void source(Function<String, CompletionStage<List<Situation.AfSession>>> afSessionsOfGxSession) {
        this.source = afSessionsOfGxSession;
    }

    /** Whether a source is set (Rx served); without one a decision skips the lookup. */
    boolean wired() {
        return source != null;
    }

    /** The AF sessions bound to {@code gxSessionId}; an empty list when Rx is not wired. */
    CompletionStage<List<Situation.AfSession>> of(String gxSessionId) {
        Function<String, CompletionStage<List<Situation.AfSession>>> s = source;
        return s == null ? NONE : s.apply(gxSessionId);
    }
}
