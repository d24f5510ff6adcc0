package io.pcrfd.pcrf.gx;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Schedules a policy push at each session's {@code Decision.nextChange}: the instant a
 * time-of-day or day-of-week window of its plan opens or closes (TS 29.212 §4.5.2: the PCRF
 * provisions the change by RAR). Time comes from an injected {@link Timer}, so tests drive it
 * with a controllable clock instead of waiting.
 *
 * <p>One timer task per distinct instant, not one per session. Every session of a plan flips
 * at the same instants (22:00, 06:00), so a million sessions on two plans need a handful of
 * tasks; a session joins the set of its instant, moves when a new decision names another
 * instant, and leaves when it ends. A set that empties cancels its task. So ending a session
 * costs a set removal and leaves nothing behind on the timer, whatever the executor's cancel
 * policy (the node's executor also removes cancelled tasks, see {@link #executorTimer}). At
 * the instant, its one task pushes every session still in the set, as separate tasks did
 * before at the same instant.
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
    /** Session-Id → the instant it waits for. */
    private final Map<String, Instant> waiting = new ConcurrentHashMap<>();
    /** Instant → the sessions waiting for it and the one task that fires it. */
    private final Map<Instant, Flip> flips = new ConcurrentHashMap<>();

    private static final class Flip {
        final Set<String> sessions = ConcurrentHashMap.newKeySet();
        Cancellable task;
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
     * {@code setRemoveOnCancelPolicy(true)}, so a cancelled task (an instant no session waits
     * for any more) leaves its queue at once instead of at its instant.
     */
    public static Timer executorTimer(ScheduledExecutorService executor, Clock clock) {
        return (at, task) -> {
            long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
            ScheduledFuture<?> f = executor.schedule(task, delay, TimeUnit.MILLISECONDS);
            return () -> f.cancel(false);
        };
    }

    /** Most decisions repeat the instant already scheduled: nothing changes then. */
    @Override
    public void decided(String sessionId, Optional<Instant> nextChange) {
        Instant next = nextChange.orElse(null);
        if (Objects.equals(waiting.get(sessionId), next)) {
            return;
        }
        Instant[] before = new Instant[1];
        waiting.compute(sessionId, (id, was) -> {
            before[0] = was;
            if (next != null) {
                join(next, id);
            }
            return next;
        });
        if (before[0] != null && !before[0].equals(next)) {
            leave(before[0], sessionId);
        }
    }

    @Override
    public void ended(String sessionId, String reason) {
        Instant was = waiting.remove(sessionId);
        if (was != null) {
            leave(was, sessionId);
        }
    }

    /** Sessions with a push scheduled. */
    public int pendingCount() {
        return waiting.size();
    }

    /** Timer tasks held: one per distinct instant some session waits for. */
    public int instantCount() {
        return flips.size();
    }

    private void join(Instant at, String sessionId) {
        flips.compute(at, (k, flip) -> {
            Flip f = flip;
            if (f == null) {
                Flip created = new Flip();
                created.task = timer.schedule(at, () -> fire(at, created));
                f = created;
            }
            f.sessions.add(sessionId);
            return f;
        });
    }

    private void leave(Instant at, String sessionId) {
        flips.computeIfPresent(at, (k, f) -> {
            f.sessions.remove(sessionId);
            if (!f.sessions.isEmpty()) {
                return f;
            }
            f.task.cancel();
            return null;
        });
    }

    /**
     * Runs once per instant. A session that joins after the set was taken out finds no set and
     * starts a new one, whose task (in the past by then) runs at once.
     */
    private void fire(Instant at, Flip flip) {
        if (!flips.remove(at, flip)) {
            return; // emptied and cancelled while this task was starting
        }
        for (String sessionId : flip.sessions) {
            if (waiting.remove(sessionId, at)) {
                due.accept(sessionId);
            }
        }
    }
}
