package io.pcrfd.pcrf.gx;

import io.pcrfd.store.SessionStore;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SessionState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A reloaded policy reaches the sessions that are already up (TS 29.212 §4.5.2: the PCRF may
 * provision PCC decisions unsolicited, by RAR). Every live session of the given gateways is
 * decided again under the new policy; only a decision that differs from what the gateway has
 * is sent ({@link GxPolicyPusher.Reason#POLICY_RELOAD}), so a reload that changes nothing for a
 * session costs that session no RAR. The time-of-day schedule is renewed by the same pass.
 *
 * <p>At most {@link #WINDOW} pushes are outstanding at once, so a reload over a large session
 * population does not open thousands of RARs to one gateway in the same millisecond; the
 * peer's in-flight bound and the gateway's own limits stay well clear.
 */
public final class PolicyRollout {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyRollout.class);
    /** Pushes in flight at once. */
    static final int WINDOW = 16;

    private final SessionStore sessions;
    private final GxPolicyPusher pusher;

    /** How the pass went: how many sessions it decided again, and the outcome of each. */
    public record Summary(int sessions, Map<GxPolicyPusher.Outcome, Integer> outcomes) {
        public Summary {
            outcomes = Map.copyOf(outcomes);
        }
    }

    public PolicyRollout(SessionStore sessions, GxPolicyPusher pusher) {
        this.sessions = sessions;
        this.pusher = pusher;
    }

    /** The Session-Ids of the live sessions of {@code gatewayHosts}. */
    public CompletionStage<List<String>> sessionsOf(Collection<String> gatewayHosts) {
        CompletionStage<List<String>> all = CompletableFuture.completedFuture(new ArrayList<>());
        for (String host : gatewayHosts) {
            all = all.thenCompose(acc -> sessions.findByGateway(host).thenApply(found -> {
                found.stream().filter(s -> s.state() == SessionState.ONGOING)
                        .map(IpCanSession::sessionId).forEach(acc::add);
                return acc;
            }));
        }
        return all;
    }

    /** Decides each session again and pushes what changed, {@link #WINDOW} at a time. */
    public CompletionStage<Summary> push(List<String> sessionIds) {
        Pass pass = new Pass(sessionIds);
        for (int k = 0; k < Math.min(WINDOW, sessionIds.size()); k++) {
            pass.lane();
        }
        if (sessionIds.isEmpty()) {
            pass.done.complete(new Summary(0, Map.of()));
        }
        return pass.done;
    }

    /** One pass over a list: {@link #WINDOW} lanes, each taking the next session when its push ends. */
    private final class Pass {
        final List<String> ids;
        final Map<GxPolicyPusher.Outcome, Integer> outcomes = new EnumMap<>(GxPolicyPusher.Outcome.class);
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger finished = new AtomicInteger();
        final CompletableFuture<Summary> done = new CompletableFuture<>();

        Pass(List<String> ids) {
            this.ids = ids;
        }

        /** Loops while pushes complete at once (nothing to send, in-memory store): no deep recursion. */
        void lane() {
            while (true) {
                int i = next.getAndIncrement();
                if (i >= ids.size()) {
                    return;
                }
                CompletableFuture<GxPolicyPusher.Outcome> f = pusher.push(ids.get(i),
                        GxPolicyPusher.Reason.POLICY_RELOAD).toCompletableFuture();
                if (!f.isDone()) {
                    f.whenComplete((outcome, failure) -> {
                        record(i, outcome, failure);
                        lane();
                    });
                    return;
                }
                if (f.isCompletedExceptionally()) {
                    record(i, null, f.exceptionNow());
                } else {
                    record(i, f.resultNow(), null);
                }
            }
        }

        void record(int i, GxPolicyPusher.Outcome outcome, Throwable failure) {
            if (failure != null) {
                LOG.warn("Session-Id={} policy reload push failed: {}", ids.get(i), failure.toString());
            }
            synchronized (outcomes) {
                outcomes.merge(failure == null ? outcome : GxPolicyPusher.Outcome.UNANSWERED, 1, Integer::sum);
                if (finished.incrementAndGet() == ids.size()) {
                    done.complete(new Summary(ids.size(), outcomes));
                }
            }
        }
    }
}
