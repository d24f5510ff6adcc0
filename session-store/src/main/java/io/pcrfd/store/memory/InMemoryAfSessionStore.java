package io.pcrfd.store.memory;

import io.pcrfd.store.AfSessionStore;
import io.pcrfd.store.CasResult;
import io.pcrfd.store.model.AfSession;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AF sessions in a map by Session-Id, with an index by IP-CAN Session-Id. Each change runs in
 * {@code compute} on the session's key, which also updates the index, so the two agree for
 * every reader of one key; readers take no lock and hide expired sessions.
 */
final class InMemoryAfSessionStore implements AfSessionStore {

    private final Clock clock;
    private final ConcurrentHashMap<String, AfSession> sessions = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Set<String>> byGx = new ConcurrentHashMap<>();

    InMemoryAfSessionStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public CompletionStage<Boolean> create(AfSession session) {
        return Completions.now(() -> {
            boolean[] created = new boolean[1];
            sessions.compute(session.sessionId(), (id, cur) -> {
                if (cur != null && alive(cur)) {
                    return cur;
                }
                if (cur != null) {
                    unindex(cur);
                }
                created[0] = true;
                byGx.computeIfAbsent(session.gxSessionId(), k -> ConcurrentHashMap.newKeySet()).add(id);
                return session.withVersion(1);
            });
            return created[0];
        });
    }

    @Override
    public CompletionStage<Optional<AfSession>> get(String sessionId) {
        return Completions.now(() -> Optional.ofNullable(sessions.get(sessionId)).filter(this::alive));
    }

    @Override
    public CompletionStage<List<AfSession>> findByGxSession(String gxSessionId) {
        return Completions.now(() -> {
            Set<String> ids = byGx.get(gxSessionId);
            if (ids == null) {
                return List.of();
            }
            List<AfSession> out = new ArrayList<>(ids.size());
            for (String id : ids) {
                AfSession s = sessions.get(id);
                if (s != null && alive(s) && s.gxSessionId().equals(gxSessionId)) {
                    out.add(s);
                }
            }
            return out;
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public CompletionStage<CasResult<AfSession>> update(AfSession updated) {
        return Completions.now(() -> {
            CasResult<AfSession>[] out = new CasResult[]{new CasResult.Missing<>()};
            sessions.computeIfPresent(updated.sessionId(), (id, cur) -> {
                if (!alive(cur)) {
                    return cur;
                }
                if (!cur.sameIdentity(updated)) {
                    throw new IllegalArgumentException("update may not change the identity of AF session " + id);
                }
                if (cur.version() != updated.version()) {
                    out[0] = new CasResult.Stale<>(cur);
                    return cur;
                }
                AfSession next = updated.withVersion(cur.version() + 1);
                out[0] = new CasResult.Applied<>(next);
                return next;
            });
            return out[0];
        });
    }

    @Override
    public CompletionStage<Optional<AfSession>> remove(String sessionId) {
        return Completions.now(() -> {
            AfSession[] was = new AfSession[1];
            sessions.computeIfPresent(sessionId, (id, cur) -> {
                unindex(cur);
                was[0] = alive(cur) ? cur : null;
                return null;
            });
            return Optional.ofNullable(was[0]);
        });
    }

    /** Removes expired sessions and their index entries; how many were removed. */
    int sweep() {
        Instant now = clock.instant();
        int[] removed = new int[1];
        for (String id : sessions.keySet()) {
            sessions.computeIfPresent(id, (k, cur) -> {
                if (cur.expiresAt().isAfter(now)) {
                    return cur;
                }
                unindex(cur);
                removed[0]++;
                return null;
            });
        }
        return removed[0];
    }

    private void unindex(AfSession s) {
        byGx.computeIfPresent(s.gxSessionId(), (k, ids) -> {
            ids.remove(s.sessionId());
            return ids.isEmpty() ? null : ids;
        });
    }

    private boolean alive(AfSession s) {
        return s.expiresAt().isAfter(clock.instant());
    }
}
