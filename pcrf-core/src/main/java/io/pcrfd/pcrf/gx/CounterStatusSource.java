package io.pcrfd.pcrf.gx;

import io.pcrfd.pcrf.policy.PolicyEvent;
import io.pcrfd.pcrf.policy.ResultCode;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Where a Gx decision gets the Sy policy counter statuses its plan tests (TS 29.219 §4.5).
 * Asked only when the plan's rules need a counter for the session; the Sy module plugs in
 * through {@link GxCounterStatuses}, and without it every counter has no status.
 */
@FunctionalInterface
public interface CounterStatusSource {
    /** No Sy client: no status for any counter. */
    CounterStatusSource NONE = q -> CompletableFuture.completedFuture(Lookup.of(Map.of()));

    /** The statuses for {@code query}; completes within the Sy timeout, never exceptionally. */
    CompletionStage<Lookup> statuses(Query query);

    /**
     * A CCR-I whose counters were looked up was answered without storing its session (refused
     * by policy or a fallback, its UE address still held, a store failure): the Gx session will
     * never end, so whatever {@link #statuses} attached it to is released now.
     */
    default void abandoned(String gxSessionId) {
    }

    /**
     * What a decision needs.
     *
     * @param gxSessionId the Gx session being decided
     * @param owner       whose counters decide it (canonical key, {@code imsi:...}), the quota owner for a member
     * @param counters    the Policy-Counter-Identifiers the decision tests
     * @param event       what asked for the decision (a CCR-I may be refused by a fallback)
     */
    record Query(String gxSessionId, String owner, Set<String> counters, PolicyEvent event) {
        public Query {
            counters = Set.copyOf(counters);
        }
    }

    /**
     * The statuses by Policy-Counter-Identifier, or a refusal of the Gx request.
     *
     * @param statuses counter statuses (a counter without one is absent)
     * @param reject   non-null: answer the CCR with this code instead of deciding
     * @param reason   why, for the log line of a refusal
     */
    record Lookup(Map<String, String> statuses, ResultCode reject, String reason) {
        public Lookup {
            statuses = Map.copyOf(statuses);
            Objects.requireNonNull(reason, "reason");
        }

        public static Lookup of(Map<String, String> statuses) {
            return new Lookup(statuses, null, "");
        }

        public static Lookup refuse(ResultCode code, String reason) {
            return new Lookup(Map.of(), code, reason);
        }
    }
}
