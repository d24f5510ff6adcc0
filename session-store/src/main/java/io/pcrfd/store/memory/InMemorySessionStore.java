package io.pcrfd.store.memory;

import io.pcrfd.store.CasResult;
import io.pcrfd.store.Claim;
import io.pcrfd.store.ExpiredSession;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.StoreException;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.LinkedInterface;
import io.pcrfd.store.model.LinkedSession;
import io.pcrfd.store.model.SessionState;
import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.model.SubscriberIdType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * IP-CAN sessions in concurrent maps. The primary map is keyed by Session-Id; the secondary
 * indexes are in {@link SessionIndexes} (UE addresses unique per address space, APN and
 * IP-Domain-Id, because a create checks the address's holders under its stripes). Every mutation holds the {@link Stripes} of the session's id and UE
 * addresses, so the primary map and the indexes change together. Lookups re-check the indexed
 * field on the session they find, so a reader racing a mutation gets the old or the new state,
 * never a wrong session.
 *
 * <p>An expired session is never dropped silently: whoever finds it (the sweep, a create for
 * its UE address or Session-Id, a close) moves it out of the map and the indexes into the
 * {@link ExpiredBacklog}, from which {@link #takeExpired} closes and hands it over.
 */
final class InMemorySessionStore implements SessionStore {

    private final Clock clock;
    private final InMemoryContextStore contexts;
    private final Stripes stripes = new Stripes(256);
    private final ConcurrentHashMap<String, IpCanSession> byId = new ConcurrentHashMap<>();
    private final SessionIndexes indexes = new SessionIndexes();
    /**
     * Repeating fields of live sessions (APN, gateway, RAT type, rules, QoS) kept once; the
     * closed contexts' own, so a session's fields are already the shared instances when it closes.
     */
    private final SharedValues shared;
    private final ExpiredBacklog expired = new ExpiredBacklog();

    InMemorySessionStore(Clock clock, InMemoryContextStore contexts) {
        this.clock = clock;
        this.contexts = contexts;
        this.shared = contexts.shared();
    }

    @Override
    public CompletionStage<Claim<IpCanSession>> create(IpCanSession session) {
        try {
            IpCanSession stored = shared.of(session, null, 1, SessionState.ONGOING);
            int held = stripes.lock(session.sessionId(), session.ueIpv4(), session.ueIpv6Prefix());
            try {
                return Completions.done(createLocked(stored));
            } finally {
                stripes.unlock(held);
            }
        } catch (RuntimeException e) {
            return Completions.failed(e);
        }
    }

    private Claim<IpCanSession> createLocked(IpCanSession session) {
        Instant now = clock.instant();
        for (String holderId : holdersOf(session)) {
            IpCanSession holder = byId.get(holderId);
            while (holder != null && !alive(holder, now) && !byId.remove(holderId, holder)) {
                holder = byId.get(holderId); // an update without the stripes replaced it meanwhile
            }
            if (holder != null && alive(holder, now)) {
                return new Claim.Held<>(holder);
            }
            retire(holder);
        }
        index(session);
        return new Claim.Claimed<>(session);
    }

    /**
     * Ids of sessions holding this session's id, or one of its UE addresses in its address
     * space (under their stripes); holders of the address in other spaces are not in the way.
     */
    private List<String> holdersOf(IpCanSession s) {
        List<String> ids = new ArrayList<>(3);
        ids.add(s.sessionId());
        for (String id : indexes.addressHolders(s)) {
            IpCanSession other = byId.get(id);
            if (other != null && other.inIpDomain(s.apn(), s.ipDomainId())) {
                ids.add(id);
            }
        }
        return ids;
    }

    @Override
    public CompletionStage<Optional<IpCanSession>> get(String sessionId) {
        try {
            return Completions.done(Optional.ofNullable(live(sessionId)));
        } catch (RuntimeException e) {
            return Completions.failed(e);
        }
    }

    @Override
    public CompletionStage<List<IpCanSession>> findBySubscriber(SubscriberId subscriber, String apn) {
        Predicate<IpCanSession> matches = s -> s.apn().equals(apn)
                && subscriber.value().equals(idOfType(s, subscriber.type()));
        return Completions.now(() -> liveAll(indexes.bySubscriber(subscriber.value()),
                matches));
    }

    /** The index is keyed by the id string alone, so only the type is checked on read. */
    @Override
    public CompletionStage<List<IpCanSession>> findBySubscriber(SubscriberId subscriber) {
        return Completions.now(() -> liveAll(indexes.bySubscriber(subscriber.value()),
                s -> subscriber.value().equals(idOfType(s, subscriber.type()))));
    }

    @Override
    public CompletionStage<Optional<IpCanSession>> findByIpv4(String ueIpv4, String apn, String ipDomainId) {
        return Completions.now(() -> liveAll(indexes.byIpv4(ueIpv4), s -> ueIpv4.equals(s.ueIpv4())
                && s.inIpDomain(apn, ipDomainId)).stream().findFirst());
    }

    @Override
    public CompletionStage<Optional<IpCanSession>> findByIpv6Prefix(String prefix, String apn, String ipDomainId) {
        return Completions.now(() -> liveAll(indexes.byIpv6(prefix), s -> prefix.equals(s.ueIpv6Prefix())
                && s.inIpDomain(apn, ipDomainId)).stream().findFirst());
    }

    @Override
    public CompletionStage<List<IpCanSession>> findAllByIpv4(String ueIpv4) {
        return Completions.now(() -> liveAll(indexes.byIpv4(ueIpv4), s -> ueIpv4.equals(s.ueIpv4())));
    }

    @Override
    public CompletionStage<List<IpCanSession>> findAllByIpv6Prefix(String prefix) {
        return Completions.now(() -> liveAll(indexes.byIpv6(prefix), s -> prefix.equals(s.ueIpv6Prefix())));
    }

    @Override
    public CompletionStage<List<IpCanSession>> findByGateway(String gatewayHost) {
        return Completions.now(() -> liveAll(indexes.byGateway(gatewayHost),
                s -> s.gatewayHost().equals(gatewayHost)));
    }

    @Override
    public CompletionStage<List<IpCanSession>> findByUeLocalIp(String ueLocalIp) {
        return Completions.now(() -> liveAll(indexes.byUeLocal(ueLocalIp),
                s -> ueLocalIp.equals(s.access().ueLocalIp())));
    }

    @Override
    public CompletionStage<List<IpCanSession>> findByHenbLocalIp(String henbLocalIp) {
        return Completions.now(() -> liveAll(indexes.byHenbLocal(henbLocalIp),
                s -> henbLocalIp.equals(s.access().henbLocalIp())));
    }

    @Override
    public CompletionStage<Optional<IpCanSession>> findByLinkedSessionId(String linkedSessionId) {
        return Completions.now(() -> unique(indexes.byLinked(linkedSessionId), s -> s.linkedSessions()
                .stream().anyMatch(l -> l.sessionId().equals(linkedSessionId))));
    }

    @Override
    public CompletionStage<List<IpCanSession>> findByLinkedPeer(String peerHost) {
        return Completions.now(() -> liveAll(indexes.byLinkedPeer(peerHost),
                s -> SessionIndexes.linkedPeers(s).contains(peerHost)));
    }

    @Override
    public CompletionStage<CasResult<IpCanSession>> update(IpCanSession updated) {
        try {
            return Completions.done(updateNow(updated));
        } catch (RuntimeException e) {
            return Completions.failed(e);
        }
    }

    /**
     * A compare-and-set on the primary map. An update that leaves every index as it is (a
     * usage report, a policy change) takes no stripe: {@code replace} of the very instance
     * read is the whole write, and every other writer of the session replaces or removes that
     * instance only, so one that lost the race reads again and answers stale or missing. One
     * that moves an index key does the same under the stripes, which keep the index changes
     * together with the primary map's.
     */
    private CasResult<IpCanSession> updateNow(IpCanSession updated) {
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

    @Override
    public CompletionStage<List<IpCanSession>> findInactiveSince(Instant cutoff, int limit) {
        Instant now = clock.instant();
        return Completions.now(() -> byId.values().stream()
                .filter(s -> alive(s, now) && s.updatedAt().isBefore(cutoff))
                .sorted(Comparator.comparing(IpCanSession::updatedAt))
                .limit(limit)
                .toList());
    }

    @Override
    public CompletionStage<Optional<IpCanSession>> close(String sessionId, Instant closedAt,
                                                         Instant retainUntil) {
        try {
            IpCanSession s = removeLive(sessionId);
            if (s == null) {
                return Completions.done(Optional.empty());
            }
            IpCanSession closed = s.closed(closedAt);
            contexts.putClosed(closed, retainUntil);
            return Completions.done(Optional.of(closed));
        } catch (RuntimeException e) {
            return Completions.failed(e);
        }
    }

    @Override
    public CompletionStage<Optional<IpCanSession>> remove(String sessionId) {
        try {
            return Completions.done(Optional.ofNullable(removeLive(sessionId)));
        } catch (RuntimeException e) {
            return Completions.failed(e);
        }
    }

    /**
     * Removes under the stripes of the session's id and addresses; returns the live session
     * removed, or null (none, or expired: then it joins the backlog). The addresses are read
     * before the lock is taken, so if a different session with the same id replaced it
     * meanwhile (closed and re-created elsewhere), try again with the new one's addresses.
     */
    private IpCanSession removeLive(String sessionId) {
        for (int attempt = 0; attempt < 8; attempt++) {
            IpCanSession seen = byId.get(sessionId);
            if (seen == null) {
                return null;
            }
            IpCanSession removed;
            int held = stripes.lock(sessionId, seen.ueIpv4(), seen.ueIpv6Prefix());
            try {
                removed = removeHeld(sessionId, seen);
            } finally {
                stripes.unlock(held);
            }
            if (removed != null && !alive(removed, clock.instant())) {
                expired.add(removed);
                return null;
            }
            if (removed != null) {
                return removed;
            }
        }
        throw new StoreException("session " + sessionId + " kept changing during removal");
    }

    /**
     * Under the stripes of {@code seen}'s id and addresses: removes the session under its id
     * if it still has those addresses (an update without the stripes may have replaced
     * {@code seen}, keeping them and its index keys) and takes it out of the indexes; null when
     * none is there or it has other addresses.
     */
    private IpCanSession removeHeld(String sessionId, IpCanSession seen) {
        IpCanSession current = byId.get(sessionId);
        while (current != null && sameAddresses(current, seen)) {
            if (byId.remove(sessionId, current)) {
                unindex(current);
                return current;
            }
            current = byId.get(sessionId);
        }
        return null;
    }

    private static boolean sameAddresses(IpCanSession a, IpCanSession b) {
        return Objects.equals(a.ueIpv4(), b.ueIpv4()) && Objects.equals(a.ueIpv6Prefix(), b.ueIpv6Prefix());
    }

    @Override
    public CompletionStage<List<ExpiredSession>> takeExpired(Instant closedAt, Instant retainUntil, int limit) {
        return Completions.now(() -> {
            sweep();
            List<ExpiredSession> out = new ArrayList<>();
            for (IpCanSession s : expired.take(limit)) {
                IpCanSession closed = s.closed(closedAt);
                contexts.putClosed(closed, retainUntil);
                out.add(new ExpiredSession(s.sessionId(), closed));
            }
            return out;
        });
    }

    /** Moves expired sessions to the backlog of {@link #takeExpired}; returns how many. */
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
     * meanwhile goes to the backlog of {@link #takeExpired}. Returns false for those.
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

    int size() {
        return byId.size();
    }

    /** Linked sessions per interface, over every session held: O(sessions), for a metrics scrape. */
    Map<LinkedInterface, Integer> linkedCounts() {
        Map<LinkedInterface, Integer> out = new EnumMap<>(LinkedInterface.class);
        for (IpCanSession s : byId.values()) {
            for (LinkedSession l : s.linkedSessions()) {
                out.merge(l.iface(), 1, Integer::sum);
            }
        }
        return out;
    }

    /** Expired sessions waiting to be handed over. */
    int expiredCount() {
        return expired.size();
    }

    /** Expired sessions dropped from a full backlog since the last call. */
    long takeExpiredDropped() {
        return expired.takeDropped();
    }

    /** Keys in all secondary indexes; zero when no session is held (tests check for leaks). */
    int indexKeyCount() {
        return indexes.keyCount();
    }

    private void index(IpCanSession s) {
        byId.put(s.sessionId(), s);
        indexes.add(s);
    }

    private void unindex(IpCanSession s) {
        indexes.remove(s);
    }

    private IpCanSession live(String sessionId) {
        IpCanSession s = sessionId == null ? null : byId.get(sessionId);
        return s != null && alive(s, clock.instant()) ? s : null;
    }

    private Optional<IpCanSession> unique(String id, Predicate<IpCanSession> stillMatches) {
        return Optional.ofNullable(live(id)).filter(stillMatches);
    }

    private List<IpCanSession> liveAll(Collection<String> ids, Predicate<IpCanSession> stillMatches) {
        List<IpCanSession> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            IpCanSession s = live(id);
            if (s != null && stillMatches.test(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private static String idOfType(IpCanSession s, SubscriberIdType type) {
        return switch (type) {
            case IMSI -> s.imsi();
            case MSISDN -> s.msisdn();
            case NAI -> null;
        };
    }

    private static boolean alive(IpCanSession s, Instant now) {
        return s.expiresAt().isAfter(now);
    }
}
