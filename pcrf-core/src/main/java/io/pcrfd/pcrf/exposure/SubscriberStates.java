package io.pcrfd.pcrf.exposure;

import io.pcrfd.pcrf.gx.GxPolicyPusher;
import io.pcrfd.pcrf.rest.AnalyticsApi;
import io.pcrfd.store.CasResult;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SessionContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The subscriber state of session context exposure: online when the subscriber has an ongoing
 * session. Each ongoing session with usage monitoring is sent a RAR asking its gateway for a
 * usage report ({@link GxPolicyPusher#requestUsageReport}, TS 29.212 §4.5.16); the report
 * comes in a CCR-U, which records the usage and moves the update time like any other. Each
 * session without usage monitoring only has its context's update time moved
 * ({@link IpCanSession#stateQueriedAt}: the session's own activity, which the inactivity audit
 * reads, is left alone).
 *
 * <p>The answer is written once every RAR has its outcome (bounded by the RAR timeout and
 * retries). The SAPC analytics API leaves the client to wait (about 3 s) before reading the
 * contexts; a client may instead ask this answer to wait up to {@code wait} ms for the reports,
 * found by polling the store every {@link #POLL} on the request's virtual thread: a session
 * whose version moved after the RAR has had its CCR-U.
 */
public final class SubscriberStates {
    static final Duration POLL = Duration.ofMillis(20);
    private static final int CAS_ATTEMPTS = 3;

    private final SessionStore sessions;
    private final GxPolicyPusher pusher;
    private final Clock clock;
    private final Duration rarBound;

    /** @param rarBound the longest a RAR with its retries may take */
    public SubscriberStates(SessionStore sessions, GxPolicyPusher pusher, Clock clock, Duration rarBound) {
        this.sessions = sessions;
        this.pusher = pusher;
        this.clock = clock;
        this.rarBound = rarBound;
    }

    AnalyticsApi.SubscriberState state(String subscriberId, List<IpCanSession> ongoing, Duration wait) {
        List<CompletableFuture<String>> outcomes = ongoing.stream().map(s -> act(s).toCompletableFuture()).toList();
        List<AnalyticsApi.SessionAction> actions = new ArrayList<>();
        for (int i = 0; i < ongoing.size(); i++) {
            IpCanSession s = ongoing.get(i);
            String outcome = outcomes.get(i).completeOnTimeout("UNANSWERED", rarBound.toMillis(), TimeUnit.MILLISECONDS)
                    .exceptionally(e -> "FAILED").join();
            actions.add(new AnalyticsApi.SessionAction(s.sessionId(), s.apn(), outcome));
        }
        List<AnalyticsApi.SessionAction> after = awaitReports(actions, ongoing, wait);
        List<AnalyticsApi.Context> contexts = new ArrayList<>();
        for (IpCanSession s : ongoing) {
            ContextExposure.await(sessions.get(s.sessionId()))
                    .ifPresent(now -> contexts.add(ContextViews.of(SessionContext.ongoing(now))));
        }
        return new AnalyticsApi.SubscriberState(subscriberId, ongoing.isEmpty() ? "offline" : "online", after,
                contexts);
    }

    private CompletionStage<String> act(IpCanSession s) {
        if (s.usageMonitors().isEmpty()) {
            return touch(s.sessionId(), CAS_ATTEMPTS).thenApply(x -> "NOT_MONITORED");
        }
        return pusher.requestUsageReport(s.sessionId())
                .thenApply(o -> o == GxPolicyPusher.Outcome.APPLIED ? "REQUESTED" : o.name());
    }

    /** Moves the context's update time to now (compare-and-set, re-read when a CCR moved the session). */
    private CompletionStage<Boolean> touch(String sessionId, int attempts) {
        return sessions.get(sessionId).thenCompose(found -> {
            if (found.isEmpty()) {
                return CompletableFuture.completedFuture(false);
            }
            IpCanSession queried = found.get().toBuilder().stateQueriedAt(clock.instant()).build();
            return sessions.update(queried).thenCompose(cas -> cas instanceof CasResult.Stale<?> && attempts > 1
                    ? touch(sessionId, attempts - 1)
                    : CompletableFuture.completedFuture(cas instanceof CasResult.Applied<?>));
        });
    }

    /** REQUESTED becomes REPORTED for each session whose version moved within {@code wait}. */
    private List<AnalyticsApi.SessionAction> awaitReports(List<AnalyticsApi.SessionAction> actions,
                                                          List<IpCanSession> before, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        List<AnalyticsApi.SessionAction> out = new ArrayList<>(actions);
        while (true) {
            boolean pending = false;
            for (int i = 0; i < out.size(); i++) {
                AnalyticsApi.SessionAction a = out.get(i);
                if (!"REQUESTED".equals(a.usageReport())) {
                    continue;
                }
                if (reported(before.get(i))) {
                    out.set(i, new AnalyticsApi.SessionAction(a.sessionId(), a.apn(), "REPORTED"));
                } else {
                    pending = true;
                }
            }
            if (!pending || System.nanoTime() >= deadline) {
                return out;
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    private boolean reported(IpCanSession before) {
        Optional<IpCanSession> now = ContextExposure.await(sessions.get(before.sessionId()));
        return now.isPresent() && now.get().version() > before.version();
    }
}
