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
import java.util.concurrent.atomic.LongAdder;

/**
 * Closed session contexts, one per session, each kept until its retention ends, at most
 * {@code perSubscriber} per trafficId and {@code maxEntries} in all. Past a subscriber's
 * bound, its context updated longest ago is dropped inside the close that went over it; past
 * the cap, the ones whose retention ends first (with one retention setting, the oldest closed)
 * are dropped at once. Both drops are counted for the sweep to log. Ongoing contexts are read
 * through from the session store.
 *
 * <p>Why a bound per subscriber as well as the cap (session-store/README.md): one subscriber
 * that opens and closes sessions in a loop, as a test UE in a lab does, would otherwise hold
 * up to the whole cap, and every close would cost as much as its closed contexts are many.
 * With the bound a close walks at most the bound's entries and allocates only its own entry.
 *
 * <p>Each context is one {@link ClosedEntry} filed in two places, both through links in the
 * entry itself: the {@link ClosedIndex} by trafficId (a fixed table of bucket chains, newest
 * update first, see {@link ClosedChain}) and the {@link ClosedOrder} of retention ends, which
 * names the context the sweep expires and the cap drops, and whose size is the count of held
 * contexts. A close of a fresh subscriber at the cap (the common case under load: an
 * independent Gx client sends a new IMSI per session) costs O(1): a bucket write, an append
 * to the order's FIFO that also hands back the context to drop, and that context's unlink
 * from its bucket; no map size counter shared by the event loops, no heap sift, no node
 * object besides the entry, no allocation but the entry. Why not a ring of entries in close order, dropping its oldest past
 * the cap: the order's FIFO already drops in O(1), and an array would need holes and
 * compaction for the contexts removed out of turn (a later close of the same Session-Id, the
 * bound, removal by age), and a second structure for those filed out of retention order.
 *
 * <p>Locking rule (closes come from every event loop at once): a bucket's lock
 * ({@link ClosedIndex#lock}) guards its chain, and is held while an entry is filed in or
 * taken out of the order, so the order's lock is always taken inside a bucket's, never the
 * other way round, and no thread holds two buckets' locks. An entry the order hands back to
 * drop or to expire is out of the order already; its bucket's lock is taken afterwards, and
 * when a concurrent removal (a later close of its Session-Id, the bound, removal by age) got
 * there first, the entry is no longer in its chain and that removal has counted it. So the
 * order holds exactly the indexed contexts once every call has returned, and never more than
 * the cap. Strings and values
 * that repeat across subscribers (APN, gateway, RAT type, MCC/MNC, rule names, QoS) are shared
 * through {@link SharedValues} rather than kept once per context.
 */
final class InMemoryContextStore implements SessionContextStore {

    private final Clock clock;
    private final int maxEntries;
    private final int perSubscriber;
    private final ClosedIndex index;
    private final ClosedOrder order = new ClosedOrder();
    private final SharedValues shared = new SharedValues();
    /**
     * Drops by the bound, less the cap's drops that a concurrent removal had made already
     * (both rare); the cap's own drops are counted by the order under its lock, so a close
     * at the cap touches no counter of its own that both event loops share.
     */
    private final LongAdder dropped = new LongAdder();
    private SessionStore sessions;

    InMemoryContextStore(Clock clock, int maxEntries, int perSubscriber) {
        this.clock = clock;
        this.maxEntries = maxEntries;
        this.perSubscriber = perSubscriber;
        this.index = new ClosedIndex(maxEntries);
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
        ClosedEntry e = ClosedEntry.closed(session, Objects.requireNonNull(retainUntil, "retainUntil"), shared);
        if (e != null) {
            put(e);
        }
    }

    /** Stores a closed context as it was read (from a snapshot). */
    void put(SessionContext context) {
        put(new ClosedEntry(context, shared));
    }

    /**
     * Adds the context of a closed session (a second close of one Session-Id keeps the later
     * update), drops the subscriber's oldest past its bound, then, when that made more than
     * {@code maxEntries}, drops the context whose retention ends first. One drop is enough: the
     * order files and hands back under one lock, so it never holds more than the cap once an
     * add returns. When the context handed back is no longer in its chain, a concurrent removal
     * (a later close of its Session-Id, the bound, removal by age) took it out and counted it.
     */
    private void put(ClosedEntry e) {
        int b = index.bucket(e.subscriberHash());
        ClosedEntry over;
        synchronized (index.lock(b)) {
            over = file(b, e);
        }
        if (over != null && !unindex(over)) {
            dropped.decrement(); // the order counted it as dropped; the removal that got there first did too
        }
    }

    /**
     * Under bucket {@code b}'s lock: files {@code e} in its chain and in the order; returns the
     * context to drop past the cap (already out of the order), or null. One walk of the chain
     * finds a context of the same Session-Id and counts the subscriber's others; only a
     * subscriber at its bound has its chain walked again ({@link #dropPastBound}).
     */
    private ClosedEntry file(int b, ClosedEntry e) {
        ClosedEntry head = index.head(b);
        ClosedEntry same = null;
        int others = 0;
        for (ClosedEntry p = head; p != null; p = p.older) {
            if (!p.sameSubscriber(e)) {
                continue;
            }
            if (same == null && p.sameSessionId(e)) {
                same = p;
            } else {
                others++;
            }
        }
        if (same != null) {
            if (e.updatedBefore(same)) {
                return null;
            }
            head = ClosedChain.unlink(head, same);
            order.remove(same);
        }
        index.head(b, ClosedChain.insert(head, e));
        boolean kept = others < perSubscriber || dropPastBound(b, e);
        return kept ? order.add(e, maxEntries) : null;
    }

    /**
     * Under bucket {@code b}'s lock: drops the contexts of {@code e}'s subscriber past its newest
     * {@code perSubscriber}; false when {@code e} itself was one of them.
     */
    private boolean dropPastBound(int b, ClosedEntry e) {
        ClosedEntry head = index.head(b);
        boolean kept = true;
        for (ClosedEntry x = ClosedChain.pastBound(head, e, perSubscriber); x != null;
                x = ClosedChain.pastBound(head, e, perSubscriber)) {
            head = ClosedChain.unlink(head, x);
            order.remove(x);
            dropped.increment();
            kept &= x != e;
        }
        index.head(b, head);
        return kept;
    }

    /** Takes {@code c} (already out of the order) out of its chain, in one walk; false when it is no longer there. */
    private boolean unindex(ClosedEntry c) {
        int b = index.bucket(c.subscriberHash());
        synchronized (index.lock(b)) {
            ClosedEntry head = index.head(b);
            if (head == c) {
                index.head(b, c.older);
                return true;
            }
            return ClosedChain.unlinkBelow(head, c);
        }
    }

    /**
     * Contexts dropped over the bound or the cap since the last call (a close racing with the
     * call may be counted in this call or the next: the sum over calls is exact).
     */
    long takeDropped() {
        return order.takeHandedBack() + dropped.sumThenReset();
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
            long bits = SubscriberBits.pack(trafficId);
            int b = index.bucket(SubscriberBits.hash(bits, trafficId));
            int removed = 0;
            synchronized (index.lock(b)) {
                ClosedEntry head = index.head(b);
                for (ClosedEntry x = ClosedChain.updatedBefore(head, bits, trafficId, cutoff); x != null;
                        x = ClosedChain.updatedBefore(head, bits, trafficId, cutoff)) {
                    head = ClosedChain.unlink(head, x);
                    order.remove(x);
                    removed++;
                }
                index.head(b, head);
            }
            return removed;
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

    /** The held contexts of {@code trafficId}, newest update first. */
    private List<SessionContext> closedLive(SubscriberId trafficId) {
        long bits = SubscriberBits.pack(trafficId);
        int b = index.bucket(SubscriberBits.hash(bits, trafficId));
        Instant now = clock.instant();
        List<ClosedEntry> held = new ArrayList<>();
        synchronized (index.lock(b)) {
            for (ClosedEntry e = index.head(b); e != null; e = e.older) {
                if (e.isOf(bits, trafficId) && e.expiresAfter(now)) {
                    held.add(e);
                }
            }
        }
        return contexts(held);
    }

    private List<SessionContext> contexts(List<ClosedEntry> held) {
        List<SessionContext> out = new ArrayList<>(held.size());
        for (ClosedEntry e : held) {
            out.add(e.context(shared));
        }
        return out;
    }

    /** Removes the contexts whose retention has ended; returns how many. */
    int sweep() {
        Instant now = clock.instant();
        int removed = 0;
        for (ClosedEntry c = order.pollEnded(now); c != null; c = order.pollEnded(now)) {
            if (unindex(c)) {
                removed++;
            }
        }
        return removed;
    }

    /** Closed contexts held (those filed in the retention order). */
    int size() {
        return order.size();
    }

    /** Entries in the index's chains (always the held contexts; for tests). */
    int filed() {
        int n = 0;
        for (int b = 0; b < index.buckets(); b++) {
            synchronized (index.lock(b)) {
                for (ClosedEntry e = index.head(b); e != null; e = e.older) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The held contexts whose retention has not ended, bucket by bucket. */
    Collection<SessionContext> all() {
        Instant now = clock.instant();
        List<ClosedEntry> held = new ArrayList<>();
        for (int b = 0; b < index.buckets(); b++) {
            synchronized (index.lock(b)) {
                for (ClosedEntry e = index.head(b); e != null; e = e.older) {
                    if (e.expiresAfter(now)) {
                        held.add(e);
                    }
                }
            }
        }
        return contexts(held);
    }
}
