package io.pcrfd.store.memory;

import io.pcrfd.store.SySessionStore;
import io.pcrfd.store.model.SySession;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sy sessions in three maps (by owner, by Sy Session-Id, by Gx Session-Id). Writes of one owner
 * are serialised inside {@code compute} on the owner's entry; an expired record reads as absent
 * and is dropped by the next write or {@link #sweep}.
 */
final class InMemorySySessionStore implements SySessionStore {
    private final Clock clock;
    private final ConcurrentHashMap<String, SySession> byOwner = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> bySyId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> byGx = new ConcurrentHashMap<>();

    InMemorySySessionStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public CompletionStage<Optional<SySession>> get(String owner) {
        return Completions.now(() -> live(byOwner.get(owner)));
    }

    @Override
    public CompletionStage<Optional<SySession>> bySessionId(String sySessionId) {
        return Completions.now(() -> Optional.ofNullable(bySyId.get(sySessionId)).flatMap(o -> live(byOwner.get(o)))
                .filter(s -> s.sessionId().equals(sySessionId)));
    }

    @Override
    public CompletionStage<Optional<SySession>> byGxSession(String gxSessionId) {
        return Completions.now(() -> Optional.ofNullable(byGx.get(gxSessionId)).flatMap(o -> live(byOwner.get(o)))
                .filter(s -> s.gxSessions().containsKey(gxSessionId)));
    }

    @Override
    public CompletionStage<Void> put(SySession session) {
        return Completions.now(() -> {
            byOwner.compute(session.owner(), (o, old) -> {
                if (old != null) {
                    unindex(old, session);
                }
                bySyId.put(session.sessionId(), o);
                session.gxSessions().keySet().forEach(gx -> byGx.put(gx, o));
                return session;
            });
            return null;
        });
    }

    @Override
    public CompletionStage<Boolean> remove(String owner) {
        return Completions.now(() -> {
            SySession old = byOwner.remove(owner);
            if (old != null) {
                unindex(old, null);
            }
            return old != null && old.expiresAt().isAfter(clock.instant());
        });
    }

    @Override
    public CompletionStage<List<SySession>> all() {
        return Completions.now(this::live);
    }

    /** The records not expired, for the snapshot. */
    List<SySession> live() {
        return byOwner.values().stream().filter(s -> s.expiresAt().isAfter(clock.instant())).toList();
    }

    /** Loads a record from the snapshot, unless it expired while the node was stopped. */
    void restore(SySession s) {
        if (s.expiresAt().isAfter(clock.instant())) {
            put(s);
        }
    }

    /** Drops expired records; returns how many. */
    int sweep() {
        int before = byOwner.size();
        byOwner.values().stream().filter(s -> !s.expiresAt().isAfter(clock.instant())).map(SySession::owner)
                .toList().forEach(this::remove);
        return before - byOwner.size();
    }

    /** Index entries of {@code old} that {@code next} (null: nothing) no longer has. */
    private void unindex(SySession old, SySession next) {
        if (next == null || !next.sessionId().equals(old.sessionId())) {
            bySyId.remove(old.sessionId(), old.owner());
        }
        for (String gx : old.gxSessions().keySet()) {
            if (next == null || !next.gxSessions().containsKey(gx)) {
                byGx.remove(gx, old.owner());
            }
        }
    }

    private Optional<SySession> live(SySession s) {
        return s == null || !s.expiresAt().isAfter(clock.instant()) ? Optional.empty() : Optional.of(s);
    }
}
