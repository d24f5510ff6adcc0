package io.pcrfd.store.memory;

import io.pcrfd.store.CasResult;
import io.pcrfd.store.Claim;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SessionState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions of {@link InMemorySessionStore} and every write to them: the primary map by
 * Session-Id, the secondary indexes ({@link SessionIndexes}), the {@link Stripes} and the
 * {@link ExpiredBacklog}. Calls complete before they return; the store wraps them in stages.
 *
 * <p>Locking, by what each write changes (every one of them a compare-and-set on the primary
 * map: it replaces or removes the very instance it read, else reads again):
 * <ul>
 *   <li>create and the sweep hold the {@link Stripes} of the id and both UE addresses: two
 *       creates for one address or one id are serialised, and the address's holders are
 *       checked while nobody else can add one;</li>
 *   <li>an update that moves an index key (UE or H(e)NB local IP, linked sessions) holds the
 *       same stripes, so its index changes go together with the map's;</li>
 *   <li>close and remove hold the id's stripe only: that keeps out every other writer of the
 *       id's index entries, and a create for one of its addresses sees the session in the map
 *       (held) or no longer there (free), as it is taken out of the map before the indexes;</li>
 *   <li>an update that moves no index key (a usage report, a policy change: the Gx CCR-U)
 *       takes no stripe: the compare-and-set is the whole write.</li>
 * </ul>
 *
 * <p>An expired session is never dropped silently: whoever finds it (the sweep, a create for
 * its UE address or Session-Id, a close) moves it out of the map and the indexes into the
 * {@link ExpiredBacklog}, from which {@link InMemorySessionStore#takeExpired} closes and hands it over.
 */
final class SessionTable {

    private final Clock clock;
    /** The closed contexts' shared values, so a session's fields are already shared when it closes. */
    private final SharedValues shared;
    private final Stripes stripes = new Stripes(256);
    private final ConcurrentHashMap<String, IpCanSession> byId = new ConcurrentHashMap<>();
    private final SessionIndexes indexes = new SessionIndexes();
    private final ExpiredBacklog expired = new ExpiredBacklog();

    SessionTable(Clock clock, SharedValues shared) {
        this.clock = clock;
        this.shared = shared;
    }

    /**
     * Stores {@code session} (already shared, at version 1) unless its id or one of its UE
     * addresses in its address space is held by a live session; under the stripes of all three.
     */
    Claim<IpCanSession> create(IpCanSession session) {
        int held = stripes.lock(session.sessionId(), session.ueIpv4(), session.ueIpv6Prefix());
        try {
            return createLocked(session);
        } finally {
            stripes.unlock(held);
        }
    }

    private Claim<IpCanSession> createLocked(IpCanSession session) {
        Instant now = clock.instant();
        IpCanSession holder = liveOrRetired(session.sessionId(), now);
        if (holder == null) {
            holder = addressHolder(indexes.byIpv4(session.ueIpv4()), session, now);
        }
        if (holder == null) {
            holder = addressHolder(indexes.byIpv6(session.ueIpv6Prefix()), session, now);
        }
        if (holder != null) {
            return new Claim.Held<>(holder);
        }
        index(session);
        return new Claim.Claimed<>(session);
    }

    /**
     * The live session among {@code ids} (holders of one of {@code s}'s UE addresses, under its
     * stripe) in {@code s}'s address space, or null; expired ones met on the way are retired.
     * Holders of the address in other spaces are not in the way.
     */
    private IpCanSession addressHolder(Collection<String> ids, IpCanSession s, Instant now) {
        for (String id : ids) {
            IpCanSession other = id.equals(s.sessionId()) ? null : byId.get(id);
            IpCanSession live = other != null && other.inIpDomain(s.apn(), s.ipDomainId())
                    ? liveOrRetired(id, now) : null;
            if (live != null) {
                return live;
            }
        }
        return null;
    }

    /**
     * The live session under {@code id}, or null: when the one there has expired, it is moved
     * to the backlog (removed only as the instance read: an update without the stripes may
     * have replaced it meanwhile, and then it is read again).
     */
    private IpCanSession liveOrRetired(String id, Instant now) {
        IpCanSession s = byId.get(id);
        while (s != null && !alive(s, now)) {
            if (byId.remove(id, s)) {
                retire(s);
                return null;
            }
            s = byId.get(id);
        }
        return s;
    }

    /**
     * A compare-and-set on the primary map. An update that leaves every index as it is (a
     * usage report, a policy change) takes no stripe: {@code replace} of the very instance
     * read is the whole write, and every other writer of the session replaces or removes that
     * instance only, so one that lost the race reads again and answers stale or missing. One
     * that moves an index key does the same under the stripes, which keep the index changes
     * together with the primary map's.
     */
    CasResult<IpCanSession> update(IpCanSession updated) {
        while (true) {
            IpCanSession current = live(updated.sessionId());
            if (current == null) {
                return new CasResult.Missing<>();
            }
            if (current.version() != updated.version()) {
                return new CasResult.Stale<>(current);
            }
            if (!current.sameIdentity(updated)) {
                throw new IllegalArgumentException("update may not change the identity of session "
                        + updated.sessionId() + " (subscriber, APN, UE address, gateway)");
            }
            IpCanSession next = shared.of(updated, current, current.version() + 1, SessionState.ONGOING);
            if (SessionIndexes.sameKeys(current, next) ? byId.replace(next.sessionId(), current, next)
                    : replaceLocked(current, next)) {
                return new CasResult.Applied<>(next);
            }
        }
    }

    /** Replaces {@code before} with {@code after} and moves their index keys, under the stripes. */
    private boolean replaceLocked(IpCanSession before, IpCanSession after) {
        int held = stripes.lock(after.sessionId(), after.ueIpv4(), after.ueIpv6Prefix());
        try {
            if (!byId.replace(after.sessionId(), before, after)) {
                return false;
            }
            indexes.replace(before, after);
            return true;
        } finally {
            stripes.unlock(held);
        }
    }

    /**
     * Removes the session under the stripe of its id alone; returns the live session removed,
     * or null (none, or expired: then it joins the backlog). The id's stripe keeps out every
     * writer that changes this id's index entries (create, an update moving an index key, the
     * sweep); an update that moves none may replace the session meanwhile, and the map's own
     * remove hands back the instance it took out, whichever that was (one map operation, not a
     * read and a compare-and-remove), so its index entries are the ones taken out. The address
     * stripes are not needed: a create for one of its UE addresses sees it in the map (then
     * held) or not (then free).
     */
    IpCanSession remove(String sessionId) {
        IpCanSession removed;
        int held = stripes.lock(sessionId, null, null);
        try {
            removed = byId.remove(sessionId);
            unindex(removed);
        } finally {
            stripes.unlock(held);
        }
        if (removed != null && !alive(removed, clock.instant())) {
            expired.add(removed);
            return null;
        }
        return removed;
    }

    /** Moves expired sessions to the backlog of {@link InMemorySessionStore#takeExpired}; returns how many. */
    int sweep() {
        Instant now = clock.instant();
        int removed = 0;
        for (IpCanSession s : byId.values()) {
            if (!alive(s, now) && expireIfStill(s, now)) {
                removed++;
            }
        }
        return removed;
    }

    private boolean expireIfStill(IpCanSession s, Instant now) {
        return stripes.withLocks(() -> {
            IpCanSession current = byId.get(s.sessionId());
            while (current != null && !alive(current, now) && !byId.remove(s.sessionId(), current)) {
                current = byId.get(s.sessionId());
            }
            if (current == null || alive(current, now)) {
                return false;
            }
            retire(current);
            return true;
        }, s.sessionId(), s.ueIpv4(), s.ueIpv6Prefix());
    }

    /** An expired session just removed from the map: out of the indexes, into the backlog. */
    private void retire(IpCanSession s) {
        if (s != null) {
            unindex(s);
            expired.add(s);
        }
    }

    /**
     * Every session held, live or expired and not yet handed over (for snapshots: an expired
     * session is handed over after the restart instead of being lost in it).
     */
    Collection<IpCanSession> all() {
        List<IpCanSession> out = new ArrayList<>(byId.values());
        out.addAll(expired.all());
        return out;
    }

    /**
     * Loads a session as it was stored (snapshot restore), keeping its version; one that expired
     * meanwhile goes to the backlog of {@link InMemorySessionStore#takeExpired}. Returns false for those.
     */
    boolean restore(IpCanSession s) {
        if (!alive(s, clock.instant())) {
            expired.add(s);
            return false;
        }
        IpCanSession stored = shared.of(s, null, s.version(), s.state());
        stripes.withLocks(() -> {
            index(stored);
            return null;
        }, s.sessionId(), s.ueIpv4(), s.ueIpv6Prefix());
        return true;
    }

    /** The sessions held, live or expired but not yet found so (for scans; weakly consistent). */
    Collection<IpCanSession> values() {
        return byId.values();
    }

    /** The secondary indexes, for lookups; their entries are hints, re-checked on the session found. */
    SessionIndexes indexes() {
        return indexes;
    }

    ExpiredBacklog expired() {
        return expired;
    }

    int size() {
        return byId.size();
    }

    private void index(IpCanSession s) {
        byId.put(s.sessionId(), s);
        indexes.add(s);
    }

    private void unindex(IpCanSession s) {
        indexes.remove(s);
    }

    /** The live session under {@code sessionId}, or null (none, or expired). */
    IpCanSession live(String sessionId) {
        IpCanSession s = sessionId == null ? null : byId.get(sessionId);
        return s != null && alive(s, clock.instant()) ? s : null;
    }

    static boolean alive(IpCanSession s, Instant now) {
        return s.expiresAt().isAfter(now);
    }
}
