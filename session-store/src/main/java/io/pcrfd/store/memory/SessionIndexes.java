package io.pcrfd.store.memory;

import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.LinkedSession;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The secondary indexes of {@link InMemorySessionStore}: from a UE address, subscriber id,
 * gateway, UE or H(e)NB local address, linked Session-Id or linked peer to the ids of the
 * sessions holding it. {@link SessionTable} calls {@link #add} and {@link #replace} under the
 * stripes of the session's id and UE addresses, {@link #remove} under at least its id's stripe
 * (it says which write takes which); each key changes atomically on its own. Readers take ids
 * from here and re-check the field on the session they find, so an index entry is a hint,
 * never the answer.
 */
final class SessionIndexes {
    private final UeAddressIndex byAddress = new UeAddressIndex();
    private final ConcurrentHashMap<String, String> byLinked = new ConcurrentHashMap<>();
    /** Keyed by the IMSI or MSISDN string the session holds; type and APN are checked on read. */
    private final MultiIndex<String> bySubscriber = new MultiIndex<>(true);
    private final MultiIndex<String> byGateway = new MultiIndex<>();
    private final MultiIndex<String> byUeLocal = new MultiIndex<>(true);
    private final MultiIndex<String> byHenbLocal = new MultiIndex<>();
    private final MultiIndex<String> byLinkedPeer = new MultiIndex<>();

    void add(IpCanSession s) {
        String id = s.sessionId();
        byAddress.add(s);
        bySubscriber.add(s.imsi(), id);
        bySubscriber.add(s.msisdn(), id);
        byGateway.add(s.gatewayHost(), id);
        byUeLocal.add(s.access().ueLocalIp(), id);
        byHenbLocal.add(s.access().henbLocalIp(), id);
        if (!s.linkedSessions().isEmpty()) {
            s.linkedSessions().forEach(l -> byLinked.put(l.sessionId(), id));
            linkedPeers(s).forEach(peer -> byLinkedPeer.add(peer, id));
        }
    }

    void remove(IpCanSession s) {
        if (s == null) {
            return;
        }
        String id = s.sessionId();
        byAddress.remove(s);
        bySubscriber.remove(s.imsi(), id);
        bySubscriber.remove(s.msisdn(), id);
        byGateway.remove(s.gatewayHost(), id);
        byUeLocal.remove(s.access().ueLocalIp(), id);
        byHenbLocal.remove(s.access().henbLocalIp(), id);
        if (!s.linkedSessions().isEmpty()) {
            s.linkedSessions().forEach(l -> byLinked.remove(l.sessionId(), id));
            linkedPeers(s).forEach(peer -> byLinkedPeer.remove(peer, id));
        }
    }

    /**
     * True when an update from {@code before} to {@code after} (same identity) leaves every
     * index as it is: same UE and H(e)NB local address, same linked sessions. Such an update
     * changes the primary map alone.
     */
    static boolean sameKeys(IpCanSession before, IpCanSession after) {
        return (before.access() == after.access()
                || Objects.equals(before.access().ueLocalIp(), after.access().ueLocalIp())
                && Objects.equals(before.access().henbLocalIp(), after.access().henbLocalIp()))
                && before.linkedSessions().equals(after.linkedSessions());
    }

    /** An update: only access info and linked sessions may change (the identity stays). */
    void replace(IpCanSession before, IpCanSession after) {
        String id = after.sessionId();
        if (!Objects.equals(before.access().ueLocalIp(), after.access().ueLocalIp())) {
            byUeLocal.remove(before.access().ueLocalIp(), id);
            byUeLocal.add(after.access().ueLocalIp(), id);
        }
        if (!Objects.equals(before.access().henbLocalIp(), after.access().henbLocalIp())) {
            byHenbLocal.remove(before.access().henbLocalIp(), id);
            byHenbLocal.add(after.access().henbLocalIp(), id);
        }
        if (!before.linkedSessions().equals(after.linkedSessions())) {
            relink(before, after);
        }
    }

    private void relink(IpCanSession before, IpCanSession after) {
        String id = after.sessionId();
        for (LinkedSession l : before.linkedSessions()) {
            byLinked.remove(l.sessionId(), id);
        }
        after.linkedSessions().forEach(l -> byLinked.put(l.sessionId(), id));
        Set<String> peersAfter = linkedPeers(after);
        linkedPeers(before).stream().filter(p -> !peersAfter.contains(p)).forEach(p -> byLinkedPeer.remove(p, id));
        peersAfter.forEach(p -> byLinkedPeer.add(p, id));
    }

    Collection<String> byIpv4(String address) {
        return byAddress.ipv4(address);
    }

    Collection<String> byIpv6(String prefix) {
        return byAddress.ipv6(prefix);
    }

    Collection<String> bySubscriber(String imsiOrMsisdn) {
        return bySubscriber.get(imsiOrMsisdn);
    }

    Collection<String> byGateway(String host) {
        return byGateway.get(host);
    }

    Collection<String> byUeLocal(String address) {
        return byUeLocal.get(address);
    }

    Collection<String> byHenbLocal(String address) {
        return byHenbLocal.get(address);
    }

    Collection<String> byLinkedPeer(String host) {
        return byLinkedPeer.get(host);
    }

    /** The id of the session a linked (S9a, S9, Sy…) Session-Id belongs to, or null. */
    String byLinked(String linkedSessionId) {
        return linkedSessionId == null ? null : byLinked.get(linkedSessionId);
    }

    /** Keys in all indexes; zero when no session is held (tests check for leaks). */
    int keyCount() {
        return byAddress.keyCount() + byLinked.size() + bySubscriber.keyCount()
                + byGateway.keyCount() + byUeLocal.keyCount() + byHenbLocal.keyCount() + byLinkedPeer.keyCount();
    }

    /** The peers owning the session's subsessions, each once (two links to one peer index it once). */
    static Set<String> linkedPeers(IpCanSession s) {
        if (s.linkedSessions().isEmpty()) {
            return Set.of();
        }
        Set<String> peers = new HashSet<>();
        s.linkedSessions().forEach(l -> peers.add(l.peer()));
        return peers;
    }
}
