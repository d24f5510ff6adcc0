package io.pcrfd.pcrf.gx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link TimeOfDayScheduler.Timer} whose tasks run only when the test moves the clock. */
final class ManualTimer implements TimeOfDayScheduler.Timer {
    private final MutableClock clock;
    private final List<Task> tasks = new ArrayList<>();

    private record Task(Instant at, Runnable run, boolean[] cancelled) {
    }

    ManualTimer(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized TimeOfDayScheduler.Cancellable schedule(Instant at, Runnable task) {
        Task t = new Task(at, task, new boolean[1]);
        tasks.add(t);
        return () -> t.cancelled[0] = true;
    }

    /** Moves the clock to {@code to}, running every due task at its own instant, in order. */
    void advanceTo(Instant to) {
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(t -> !t.cancelled[0] && !t.at.isAfter(to))
                        .min(Comparator.comparing(Task::at)).orElse(null);
                if (next == null) {
                    break;
                }
                tasks.remove(next);
            }
            clock.set(next.at);
            next.run.run();
        }
        clock.set(to);
    }

    /** Instants of the tasks still to run. */
    synchronized List<Instant> scheduled() {
        return tasks.stream().filter(t -> !t.cancelled[0]).map(Task::at).sorted().toList();
    }
}
