package io.pcrfd.store.memory;

import io.pcrfd.store.SessionContextStore;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SubscriberId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed session contexts, one per session, grouped per trafficId (a chain of
 * {@link ClosedEntry}, newest update first, see {@link ClosedChain}), each kept until its
 * retention ends, at most {@code perSubscriber} per trafficId and {@code maxEntries} in all.
 * Past a subscriber's bound, its context updated longest ago is dropped inside the close that
 * went over it; past the cap, the ones whose retention ends first (with one retention setting,
 * the oldest closed) are dropped at once. Both drops are counted for the sweep to log. Ongoing
 * contexts are read through from the session store.
 *
 * <p>Why a bound per subscriber as well as the cap (session-store/README.md): one subscriber
 * that opens and closes sessions in a loop, as a test UE in a lab does, would otherwise hold
 * up to the whole cap, and every close would cost as much as its closed contexts are many.
 * With the bound a close walks at most the bound's entries and allocates only its own entry.
 *
 * <p>Retention is by a {@link ClosedOrder} of the entries by the end of their retention, which
 * also finds the context to drop past the cap; every removal takes the entry out of it too, so
 * it holds exactly the held contexts. Strings and values that repeat across subscribers (APN,
 * gateway, RAT type, MCC/MNC, rule names, QoS) are shared through {@link SharedValues} rather
 * than kept once per context.
 */
final class InMemoryContextStore implements SessionContextStore {

    private final Clock clock;
    private final int maxEntries;
    private final int perSubscriber;
    private final ConcurrentHashMap<SubscriberId, ClosedEntry> closed = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();
    private final ClosedOrder order = new ClosedOrder();
    private final SharedValues shared = new SharedValues();
    private final AtomicLong dropped = new AtomicLong();
    private SessionStore sessions;

    InMemoryContextStore(Clock clock, int maxEntries, int perSubscriber) {
        this.clock = clock;
        this.maxEntries = maxEntries;
        this.perSubscriber = perSubscriber;
    }

    /** The shared values of closed contexts, which the session store shares its live sessions' fields through. */
    SharedValues shared() {
        return shared;
    }

    /** Wired once by {@link InMemoryStore} (the two stores refer to each other). */
    void attach(SessionStore sessionStore) {
        this.sessions = sessionStore;
    }

    /** Stores the closed context of {@code session}, closed (its last update is its close), kept until {@code retainUntil}. */
    void putClosed(IpCanSession session, Instant retainUntil) {
        SubscriberId trafficId = session.trafficId();
        if (trafficId != null) {
            put(new ClosedEntry(trafficId, session, Objects.requireNonNull(retainUntil, "retainUntil")));
        }
    }

    /** Stores a closed context as it was read (from a snapshot). */
    void put(SessionContext context) {
        put(new ClosedEntry(context, shared));
    }

    /**
     * Adds the context of a closed session (a second close of one Session-Id keeps the later
     * update), drops the subscriber's oldest past its bound, then drops the earliest-expiring
     * contexts while more than {@code maxEntries} are held.
     */
    private void put(ClosedEntry e) {
        closed.compute(e.trafficId(), (k, head) -> file(head, e));
        while (count.get() > maxEntries && dropEarliest()) {
            dropped.incrementAndGet();
        }
    }

    /** Inside the subscriber's compute: files {@code e} in the chain from {@code head}; returns the new head. */
    private ClosedEntry file(ClosedEntry head, ClosedEntry e) {
        ClosedEntry same = ClosedChain.bySession(head, e.sessionId());
        if (same != null) {
            if (e.updatedBefore(same)) {
                return head;
            }
            head = ClosedChain.unlink(head, same);
            order.remove(same);
            count.decrementAndGet();
        }
        head = ClosedChain.insert(head, e);
        order.add(e);
        count.incrementAndGet();
        ClosedEntry cut = ClosedChain.cutAfter(head, perSubscriber);
        if (cut != null) {
            dropped.addAndGet(forget(cut));
        }
        return head;
    }

    /** Takes the entries from {@code cut} on (already out of their chain) out of the order; returns how many. */
    private int forget(ClosedEntry cut) {
        int n = 0;
        for (ClosedEntry x = cut; x != null; x = x.older) {
            order.remove(x);
            n++;
        }
        count.addAndGet(-n);
        return n;
    }

    /** Drops the held context whose retention ends first; false when none is held. */
    private boolean dropEarliest() {
        for (ClosedEntry c = order.pollEarliest(); c != null; c = order.pollEarliest()) {
            if (remove(c)) {
                return true;
            }
        }
        return false;
    }

    /** Takes {@code c} (already out of the order) out of its chain; false when it is no longer there. */
    private boolean remove(ClosedEntry c) {
        boolean[] removed = {false};
        closed.computeIfPresent(c.trafficId(), (k, head) -> {
            removed[0] = ClosedChain.contains(head, c);
            return removed[0] ? ClosedChain.unlink(head, c) : head;
        });
        if (removed[0]) {
            count.decrementAndGet();
        }
        return removed[0];
    }

    /** Contexts dropped over the bound or the cap since the last call. */
    long takeDropped() {
        return dropped.getAndSet(0);
    }

    @Override
    public CompletionStage<List<SessionContext>> find(String apn, SubscriberId trafficId) {
        return sessions.findBySubscriber(trafficId, apn).thenApply(live -> {
            List<SessionContext> out = ongoing(live, trafficId);
            for (SessionContext c : closedLive(trafficId)) {
                if (c.apn().equals(apn)) {
                    out.add(c);
                }
            }
            return out;
        });
    }

    @Override
    public CompletionStage<Optional<SessionContext>> findClosed(String apn, SubscriberId trafficId) {
        return Completions.now(() -> closedLive(trafficId).stream().filter(c -> c.apn().equals(apn)).findFirst());
    }

    @Override
    public CompletionStage<List<SessionContext>> findBySubscriber(SubscriberId trafficId) {
        return sessions.findBySubscriber(trafficId).thenApply(live -> {
            List<SessionContext> out = ongoing(live, trafficId);
            out.addAll(closedLive(trafficId));
            return out;
        });
    }

    @Override
    public CompletionStage<Integer> removeClosedBefore(SubscriberId trafficId, Instant cutoff) {
        return Completions.now(() -> {
            int[] removed = {0};
            closed.computeIfPresent(trafficId, (k, head) -> {
                ClosedEntry cut = ClosedChain.cutBefore(head, cutoff);
                removed[0] = forget(cut);
                return cut == head ? null : head;
            });
            return removed[0];
        });
    }

    static List<SessionContext> ongoing(List<IpCanSession> live, SubscriberId trafficId) {
        List<SessionContext> out = new ArrayList<>(live.size() + 2);
        for (IpCanSession s : live) {
            if (trafficId.equals(s.trafficId())) {
                out.add(SessionContext.ongoing(s));
            }
        }
        return out;
    }

    private List<SessionContext> closedLive(SubscriberId trafficId) {
        ClosedEntry head = closed.get(trafficId);
        if (head == null) {
            return List.of();
        }
        Instant now = clock.instant();
        List<SessionContext> out = new ArrayList<>();
        for (ClosedEntry e = head; e != null; e = e.older) {
            if (e.expiresAfter(now)) {
                out.add(e.context(shared));
            }
        }
        return out;
    }

    /** Removes the contexts whose retention has ended; returns how many. */
    int sweep() {
        Instant now = clock.instant();
        int removed = 0;
        for (ClosedEntry c = order.pollEnded(now); c != null; c = order.pollEnded(now)) {
            if (remove(c)) {
                removed++;
            }
        }
        return removed;
    }

    int size() {
        return count.get();
    }

    /** Entries in the retention order (always the held contexts; for tests). */
    int filed() {
        return order.size();
    }

    Collection<SessionContext> all() {
        Instant now = clock.instant();
        List<SessionContext> out = new ArrayList<>();
        for (ClosedEntry head : closed.values()) {
            for (ClosedEntry e = head; e != null; e = e.older) {
                if (e.expiresAfter(now)) {
                    out.add(e.context(shared));
                }
            }
        }
        return out;
    }
}
