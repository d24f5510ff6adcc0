package io.pcrfd.ocs.counter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A policy counter (TS 29.219 §4.2): its status is derived from the balance of one credit
 * container and thresholds on it, unless the operator set one. An operator status with a change
 * time in the future is pending until then; when the time comes it becomes the set status. A set
 * status holds until the operator sets {@link #AUTO}, which returns the counter to derivation.
 * Thread safe.
 */
public final class PolicyCounter {
    /** The status value that ends an operator's override. */
    public static final String AUTO = "auto";

    private final String id;
    private final String container;
    private final String normal;
    private final List<Level> levels;
    private final TreeMap<Instant, String> pending = new TreeMap<>();
    private String override;

    /** One threshold: {@code status} applies at a balance at or below {@code level}. */
    public record Level(String status, long level) {
    }

    public PolicyCounter(String id, String container, String normal, List<Level> levels) {
        this.id = id;
        this.container = container;
        this.normal = normal;
        this.levels = levels.stream().sorted(Comparator.comparingLong(Level::level)).toList();
    }

    public String id() {
        return id;
    }

    /** The container whose balance decides the derived status. */
    public String container() {
        return container;
    }

    /** The report at {@code now} for a container {@code balance}; statuses whose time came apply. */
    public synchronized CounterReport report(long balance, Instant now) {
        settle(now);
        List<PendingStatus> ahead = new ArrayList<>();
        pending.forEach((at, s) -> ahead.add(new PendingStatus(s, at)));
        return new CounterReport(id, override != null ? override : derived(balance), ahead);
    }

    /**
     * Sets the status now ({@code at} null or not after {@code now}) or from {@code at} on;
     * {@link #AUTO} returns to the derived status (and, with a time, schedules that).
     */
    public synchronized void set(String status, Instant at, Instant now) {
        if (at == null || !at.isAfter(now)) {
            override = AUTO.equals(status) ? null : status;
        } else {
            pending.put(at, status);
        }
    }

    /** Drops every pending status. */
    public synchronized void clearPending() {
        pending.clear();
    }

    private void settle(Instant now) {
        Map.Entry<Instant, String> due;
        while ((due = pending.firstEntry()) != null && !due.getKey().isAfter(now)) {
            pending.pollFirstEntry();
            override = AUTO.equals(due.getValue()) ? null : due.getValue();
        }
    }

    /** The status of the lowest threshold the balance is at or below, else the normal one. */
    String derived(long balance) {
        for (Level l : levels) {
            if (balance <= l.level()) {
                return l.status();
            }
        }
        return normal;
    }
}
