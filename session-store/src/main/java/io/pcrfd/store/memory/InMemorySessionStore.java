package io.pcrfd.store.memory;

import io.pcrfd.store.CasResult;
import io.pcrfd.store.Claim;
import io.pcrfd.store.ExpiredSession;
import io.pcrfd.store.SessionStore;
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
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

/**
 * IP-CAN sessions in memory: the {@link SessionStore} over a {@link SessionTable}, which holds
 * them with their secondary indexes and says which lock each write takes. Lookups take ids
 * from the indexes and re-check the indexed field on the session they find, so a reader racing
 * a mutation gets the old or the new state, never a wrong session. The Gx path's calls (create,
 * get, update, close) complete their stage without a capturing lambda.
 *
 * <p>An expired session is never dropped silently: whoever finds it (the sweep, a create for
 * its UE address or Session-Id, a close) moves it out of the map and the indexes into the
 * {@link ExpiredBacklog}, from which {@link #takeExpired} closes and hands it over.
 */
final class InMemorySessionStore implements SessionStore {

    private final Clock clock;
    private final InMemoryContextStore contexts;
    /** Repeating fields of live sessions (APN, gateway, RAT type, rules, QoS) kept once; the closed contexts' own. */
    private final SharedValues shared;
    private final SessionTable table;
    private final SessionIndexes indexes;

    InMemorySessionStore(Clock clock, InMemoryContextStore contexts) {
        this.clock = clock;
        this.contexts = contexts;
        this.shared = contexts.shared();
        this.table = new SessionTable(clock, shared);
        this.indexes = table.indexes();
    }

    @Override
    public CompletionStage<Claim<IpCanSession>> create(IpCanSession session) {
        try {
            return Completions.done(table.create(shared.of(session, null, 1, SessionState.ONGOING)));
        } catch (RuntimeException e) {
            return Completions.failed(e);
        }
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
            return Completions.done(table.update(updated));
        } catch (RuntimeException e) {
            return Completions.failed(e);
        }
    }

    @Override
    public CompletionStage<List<IpCanSession>> findInactiveSince(Instant cutoff, int limit) {
        Instant now = clock.instant();
        return Completions.now(() -> table.values().stream()
                .filter(s -> SessionTable.alive(s, now) && s.updatedAt().isBefore(cutoff))
                .sorted(Comparator.comparing(IpCanSession::updatedAt))
                .limit(limit)
                .toList());
    }

    @Override
    public CompletionStage<Optional<IpCanSession>> close(String sessionId, Instant closedAt,
                                                         Instant retainUntil) {
        try {
            IpCanSession s = table.remove(sessionId);
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
            return Completions.done(Optional.ofNullable(table.remove(sessionId)));
        } catch (RuntimeException e) {
            return Completions.failed(e);
        }
    }

    @Override
    public CompletionStage<List<ExpiredSession>> takeExpired(Instant closedAt, Instant retainUntil, int limit) {
        return Completions.now(() -> {
            table.sweep();
            List<ExpiredSession> out = new ArrayList<>();
            for (IpCanSession s : table.expired().take(limit)) {
                IpCanSession closed = s.closed(closedAt);
                contexts.putClosed(closed, retainUntil);
                out.add(new ExpiredSession(s.sessionId(), closed));
            }
            return out;
        });
    }

    /** Moves expired sessions to the backlog of {@link #takeExpired}; returns how many. */
    int sweep() {
        return table.sweep();
    }

    /** Every session held, live or expired and not yet handed over (for snapshots). */
    Collection<IpCanSession> all() {
        return table.all();
    }

    /** Loads a session as it was stored (snapshot restore); false when it has expired (then backlogged). */
    boolean restore(IpCanSession s) {
        return table.restore(s);
    }

    int size() {
        return table.size();
    }

    /** Linked sessions per interface, over every session held: O(sessions), for a metrics scrape. */
    Map<LinkedInterface, Integer> linkedCounts() {
        Map<LinkedInterface, Integer> out = new EnumMap<>(LinkedInterface.class);
        for (IpCanSession s : table.values()) {
            for (LinkedSession l : s.linkedSessions()) {
                out.merge(l.iface(), 1, Integer::sum);
            }
        }
        return out;
    }

    /** Expired sessions waiting to be handed over. */
    int expiredCount() {
        return table.expired().size();
    }

    /** Expired sessions dropped from a full backlog since the last call. */
    long takeExpiredDropped() {
        return table.expired().takeDropped();
    }

    /** Keys in all secondary indexes; zero when no session is held (tests check for leaks). */
    int indexKeyCount() {
        return indexes.keyCount();
    }

    private IpCanSession live(String sessionId) {
        return table.live(sessionId);
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


}
