package io.pcrfd.pcrf.gx;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Schedules a policy push at each session's {@code Decision.nextChange}: the instant a
 * time-of-day or day-of-week window of its plan opens or closes. One pending task per session;
 * a new decision replaces it, the end of the session cancels it. Time comes from an injected
 * {@link Timer}, so tests drive it with a controllable clock instead of waiting.
 *
 * <p>In-memory by design: after a restart the next CCR-U (or revalidation) of each session
 * yields a fresh {@code nextChange} and the schedule rebuilds itself.
 */
public final class TimeOfDayScheduler implements GxSessionListener {

    /** Runs a task at an instant. */
    @FunctionalInterface
    public interface Timer {
        Cancellable schedule(Instant at, Runnable task);
    }

    /** A scheduled task that may still be called off. */
    @FunctionalInterface
    public interface Cancellable {
        void cancel();
    }

    private final Timer timer;
    private final Consumer<String> due;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    private record Pending(Instant at, Cancellable task) {
    }

    /**
     * @param due called with the Session-Id when its instant comes (typically
     *            {@code id -> pusher.push(id, TIME_OF_DAY)})
     */
    public TimeOfDayScheduler(Timer timer, Consumer<String> due) {
        this.timer = timer;
        this.due = due;
    }

    /**
     * A timer over a scheduled executor, the delay measured on {@code clock}. Give it a
     * {@link java.util.concurrent.ScheduledThreadPoolExecutor} with
     * {@code setRemoveOnCancelPolicy(true)}, so cancelled pushes do not pile up in its queue.
     */
    public static Timer executorTimer(ScheduledExecutorService executor, Clock clock) {
        return (at, task) -> {
            long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
            ScheduledFuture<?> f = executor.schedule(task, delay, TimeUnit.MILLISECONDS);
            return () -> f.cancel(false);
        };
    }

    /** Most decisions repeat the instant already scheduled; that task is kept as it is. */
    @Override
    public void decided(String sessionId, Optional<Instant> nextChange) {
        Pending now = pending.get(sessionId);
        if (now != null && nextChange.isPresent() && now.at.equals(nextChange.get())) {
            return;
        }
        Pending before = nextChange.isPresent()
                ? pending.put(sessionId, schedule(sessionId, nextChange.get()))
                : pending.remove(sessionId);
        if (before != null) {
            before.task.cancel();
        }
    }

    @Override
    public void ended(String sessionId, String reason) {
        Pending before = pending.remove(sessionId);
        if (before != null) {
            before.task.cancel();
        }
    }

    /** Sessions with a push scheduled. */
    public int pendingCount() {
        return pending.size();
    }

    private Pending schedule(String sessionId, Instant at) {
        Pending[] self = new Pending[1];
        self[0] = new Pending(at, timer.schedule(at, () -> {
            pending.remove(sessionId, self[0]);
            due.accept(sessionId);
        }));
        return self[0];
    }
}
