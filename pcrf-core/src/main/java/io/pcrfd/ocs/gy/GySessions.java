package io.pcrfd.ocs.gy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

    public List<GySession> list() {
        return List.copyOf(byId.values());
    }

    public int count() {
        return byId.size();
    }
}
