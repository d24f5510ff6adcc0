package io.pcrfd.ocs.sy;

import io.pcrfd.ocs.account.Subscriber;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The OCS's Sy sessions by Session-Id, and by subscriber for the SNRs. Thread safe. */
public final class SySessions {
    private final Map<String, SySession> byId = new ConcurrentHashMap<>();
    private final Map<Subscriber, Set<SySession>> bySubscriber = new ConcurrentHashMap<>();

    void put(SySession s) {
        SySession old = byId.put(s.id(), s);
        if (old != null) {
            unindex(old);
        }
        bySubscriber.computeIfAbsent(s.subscriber(), k -> ConcurrentHashMap.newKeySet()).add(s);
    }

    public Optional<SySession> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<SySession> remove(String id) {
        SySession s = byId.remove(id);
        if (s != null) {
            unindex(s);
        }
        return Optional.ofNullable(s);
    }

    private void unindex(SySession s) {
        bySubscriber.computeIfPresent(s.subscriber(), (k, set) -> {
            set.remove(s);
            return set.isEmpty() ? null : set;
        });
    }

    /** Removes the sessions whose client is {@code host}; returns how many. */
    int removeClient(String host) {
        int n = 0;
        for (SySession s : list()) {
            if (s.clientHost().equals(host) && remove(s.id()).isPresent()) {
                n++;
            }
        }
        return n;
    }

    /** The sessions of {@code s}. */
    Collection<SySession> of(Subscriber s) {
        Set<SySession> set = bySubscriber.get(s);
        return set == null ? List.of() : List.copyOf(set);
    }

    /** Every session. */
    public List<SySession> list() {
        return List.copyOf(byId.values());
    }

    public int count() {
        return byId.size();
    }
}
