package io.pcrfd.ocs.gy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** The OCS's Gy sessions by Session-Id. Thread safe. */
public final class GySessions {
    private final Map<String, GySession> byId = new ConcurrentHashMap<>();

    void put(GySession s) {
        byId.put(s.id(), s);
    }

    public Optional<GySession> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<GySession> remove(String id) {
        return Optional.ofNullable(byId.remove(id));
    }

    /** Removes and returns the sessions {@code which} holds for. */
    List<GySession> removeIf(Predicate<GySession> which) {
        List<GySession> out = new ArrayList<>();
        byId.values().removeIf(s -> which.test(s) && out.add(s));
        return out;
    }

    public List<GySession> list() {
        return List.copyOf(byId.values());
    }

    public int count() {
        return byId.size();
    }
}
