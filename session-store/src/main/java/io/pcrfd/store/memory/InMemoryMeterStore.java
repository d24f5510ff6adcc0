package io.pcrfd.store.memory;

import io.pcrfd.store.MeterStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Meters as {@link MeterRecord}s changed inside {@code compute}: a batch and its duplicate check
 * are one step per subscriber, so concurrent adds lose nothing and a retransmitted report counts
 * once. The duplicate check is a hash lookup in the record's {@link SeenReports}, changed in
 * place; nothing proportional to the ids kept is copied per report. Expiry by a
 * {@link DeadlineQueue}, as for counters.
 *
 * <p>At most {@code meterMaxSubscribers} records ({@link InMemoryStoreOptions}): a metering policy
 * that meters every subscriber keeps a record per subscriber until its metering period ends, so
 * without a bound a load of fresh subscribers fills the heap. An add for a subscriber with no
 * record, when the store is full, first evicts the record whose deadline ({@code expiresAt}: for
 * the PCRF's metering, 7 days past the end of its metering period, or 400 days past the last
 * report for a policy that never resets) is earliest: the {@link DeadlineQueue}'s head, O(log n).
 * That record has the least of its period left to lose, and an expired one not swept yet goes first (removed as the sweep would,
 * not counted). Filing is lazy, so a head whose record's period has since moved later is filed
 * again at its real deadline and the next head is looked at, up to {@value #MAX_LOOKS} heads per
 * eviction; the last one looked at is evicted whatever its deadline, so an add never walks far.
 * What the evicted subscriber loses: its meters restart from zero at its next report, and its
 * seen report ids go with them (a retransmission of a report from before the eviction counts
 * again). Evictions are counted ({@link #evictions()}, the metric
 * {@code pcrfd_store_meter_evictions_total}) and logged once per sweep with their number, never
 * one line each. Adds racing in for new subscribers may each pass the check before any inserts,
 * so the bound holds to within the adds in flight at once; the next new subscriber's add brings
 * the count back under it.
 */
final class InMemoryMeterStore implements MeterStore {

    private final Clock clock;
    private final ConcurrentHashMap<String, MeterRecord> meters = new ConcurrentHashMap<>();
    private final DeadlineQueue<String> deadlines = new DeadlineQueue<>();
    /** Heads of the deadline queue looked at for one eviction, at most. */
    static final int MAX_LOOKS = 16;
    private final int maxSubscribers;
    private final AtomicLong evictions = new AtomicLong();
    /** What {@link #takeEvicted()} has taken of the evictions. */
    private final SinceLastTake evictionsTaken = new SinceLastTake();

    InMemoryMeterStore(Clock clock, int maxSubscribers) {
        if (maxSubscribers < 1) {
            throw new IllegalArgumentException("meterMaxSubscribers must be at least 1: " + maxSubscribers);
        }
        this.clock = clock;
        this.maxSubscribers = maxSubscribers;
    }

    @Override
    public CompletionStage<Applied> add(String subscriber, String reportId, Map<String, Long> deltas,
                                        Instant expiresAt) {
        return Completions.now(() -> {
            Instant now = clock.instant();
            makeRoom(subscriber, now);
            boolean[] applied = {false};
            // the meters as this batch left them, read inside compute: a later batch may change the record
            MeterRecord.Values[] after = new MeterRecord.Values[1];
            meters.compute(subscriber, (k, cur) -> {
                MeterRecord live = cur != null && cur.live(now) ? cur : null;
                if (live != null && !reportId.isEmpty() && live.seen(reportId)) {
                    after[0] = live.values();
                    return cur;
                }
                applied[0] = true;
                if (cur == null) {
                    deadlines.add(k, expiresAt);
                }
                MeterRecord next = live != null ? live : MeterRecord.empty(k, expiresAt);
                next.add(reportId, deltas, expiresAt);
                after[0] = next.values();
                return next;
            });
            return new Applied(applied[0], after[0].meters());
        });
    }

    @Override
    public CompletionStage<Map<String, Long>> get(String subscriber) {
        return Completions.now(() -> {
            MeterRecord r = meters.get(subscriber);
            MeterRecord.Values v = r == null ? null : r.values();
            return v == null || !v.expiresAt().isAfter(clock.instant()) ? Map.of() : v.meters();
        });
    }

    @Override
    public CompletionStage<Integer> reset(String subscriber, String namePrefix) {
        return Completions.now(() -> {
            int[] removed = {0};
            Instant now = clock.instant();
            meters.computeIfPresent(subscriber, (k, cur) -> {
                if (!cur.live(now)) {
                    return null;
                }
                removed[0] = cur.reset(namePrefix);
                return cur;
            });
            return removed[0];
        });
    }

    /** When the store is full and {@code subscriber} has no record, evicts records until it is not full. */
    private void makeRoom(String subscriber, Instant now) {
        while (meters.size() >= maxSubscribers && !meters.containsKey(subscriber)) {
            if (!evictEarliest(now)) {
                return;
            }
        }
    }

    /**
     * Removes the record filed under the earliest deadline (see the class comment); false when
     * nothing is filed. A head without a record is a stale entry and is skipped.
     */
    private boolean evictEarliest(Instant now) {
        for (int look = 1; look <= MAX_LOOKS; look++) {
            DeadlineQueue.Filed<String> head = deadlines.pollFirst();
            if (head == null) {
                return false;
            }
            if (evictOrRefile(head, now, look == MAX_LOOKS)) {
                return true;
            }
        }
        return true;
    }

    /**
     * Removes {@code head}'s record (counted when live), or files it again when its deadline moved
     * past the second it was filed under and this is not the {@code last} look; true when removed.
     */
    private boolean evictOrRefile(DeadlineQueue.Filed<String> head, Instant now, boolean last) {
        boolean[] removed = {false};
        meters.computeIfPresent(head.key(), (k, c) -> {
            Instant at = c.values().expiresAt();
            boolean live = c.live(now);
            if (live && !last && at.getEpochSecond() > head.second()) {
                deadlines.add(k, at);
                return c;
            }
            removed[0] = true;
            if (live) {
                evictions.incrementAndGet();
            }
            return null;
        });
        return removed[0];
    }

    /** Records held, expired ones not swept yet included. */
    int size() {
        return meters.size();
    }

    /** Live records evicted at the bound since the store opened. */
    long evictions() {
        return evictions.get();
    }

    /** Records evicted since the last call (for the sweep's one log line). */
    long takeEvicted() {
        return evictionsTaken.take(evictions.get());
    }

    int sweep() {
        Instant now = clock.instant();
        int before = meters.size();
        deadlines.drain(now, key -> {
            MeterRecord live = meters.computeIfPresent(key, (k, c) -> c.live(now) ? c : null);
            return live == null ? null : live.values().expiresAt();
        });
        return before - meters.size();
    }

    /** The live records in their snapshot form, each read inside compute (the seen ids change in place). */
    Collection<MeterEntry> all() {
        Instant now = clock.instant();
        List<MeterEntry> out = new ArrayList<>();
        for (String key : meters.keySet()) {
            meters.computeIfPresent(key, (k, c) -> {
                if (c.live(now)) {
                    out.add(c.entry());
                }
                return c;
            });
        }
        return out;
    }

    void restore(MeterEntry e) {
        makeRoom(e.subscriber(), clock.instant());
        if (meters.put(e.subscriber(), MeterRecord.of(e)) == null) {
            deadlines.add(e.subscriber(), e.expiresAt());
        }
    }
}
