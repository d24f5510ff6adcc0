package io.pcrfd.store.memory;

import io.pcrfd.store.Claim;
import io.pcrfd.store.DraStore;
import io.pcrfd.store.model.BoundSession;
import io.pcrfd.store.model.PcrfBinding;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * The Policy DRA's bindings and sessions for one DRA node. Every operation holds the store's
 * one lock: each is a few map operations (well under a microsecond), and a binding, its
 * alternate keys and its sessions must change together. Expired records are invisible at once
 * (reads compare with the clock) and dropped by the next write that meets them or by {@link
 * #sweep()}.
 */
public final class InMemoryDraStore implements DraStore {

    private final Clock clock;
    private final Map<String, Entry> bindings = new HashMap<>();
    private final Map<String, String> alternates = new HashMap<>();
    private final Map<String, BoundSession> sessions = new HashMap<>();

    /** A binding with its expiry and its binding-capable sessions. */
    private static final class Entry {
        PcrfBinding binding;
        Instant expiresAt;
        final Set<String> sessions = new LinkedHashSet<>();

        Entry(PcrfBinding binding, Instant expiresAt) {
            this.binding = binding;
            this.expiresAt = expiresAt;
        }
    }

    public InMemoryDraStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized CompletionStage<Claim<PcrfBinding>> findOrCreate(PcrfBinding candidate, Instant expiresAt) {
        return Completions.now(() -> {
            Entry e = live(candidate.key());
            if (e != null) {
                return new Claim.Held<>(e.binding);
            }
            bindings.put(candidate.key(), new Entry(candidate, expiresAt));
            index(candidate);
            return new Claim.Claimed<>(candidate);
        });
    }

    @Override
    public synchronized CompletionStage<Optional<PcrfBinding>> rehome(String bindingKey, String fromPcrf,
                                                                      String toPcrf) {
        return Completions.now(() -> {
            Entry e = live(bindingKey);
            if (e == null) {
                return Optional.empty();
            }
            if (e.binding.pcrfHost().equals(fromPcrf)) {
                e.binding = e.binding.movedTo(toPcrf);
            }
            return Optional.of(e.binding);
        });
    }

    @Override
    public synchronized CompletionStage<Optional<PcrfBinding>> binding(String imsi, String apn) {
        return Completions.now(() -> Optional.ofNullable(live(PcrfBinding.key(imsi, apn))).map(e -> e.binding));
    }

    @Override
    public synchronized CompletionStage<Optional<PcrfBinding>> bindingByAlternate(String alternateKey) {
        return Completions.now(() -> {
            String key = alternates.get(alternateKey);
            return Optional.ofNullable(key == null ? null : live(key)).map(e -> e.binding);
        });
    }

    @Override
    public synchronized CompletionStage<Optional<PcrfBinding>> confirm(String bindingKey, List<String> keys) {
        return Completions.now(() -> {
            Entry e = live(bindingKey);
            if (e == null) {
                return Optional.empty();
            }
            e.binding = e.binding.confirm(keys);
            index(e.binding);
            return Optional.of(e.binding);
        });
    }

    @Override
    public synchronized CompletionStage<Boolean> attach(BoundSession s) {
        return Completions.now(() -> {
            Entry e = live(s.bindingKey());
            if (s.capable() && e == null) {
                return false;
            }
            BoundSession before = sessions.put(s.sessionId(), s);
            if (before != null && before.capable() && !before.bindingKey().equals(s.bindingKey())) {
                leave(before);
            }
            if (s.capable()) {
                e.sessions.add(s.sessionId());
                e.expiresAt = later(e.expiresAt, s.expiresAt());
            }
            return true;
        });
    }

    @Override
    public synchronized CompletionStage<Optional<BoundSession>> session(String sessionId) {
        return Completions.now(() -> Optional.ofNullable(sessions.get(sessionId))
                .filter(s -> s.expiresAt().isAfter(clock.instant())));
    }

    @Override
    public synchronized CompletionStage<Detached> detach(String sessionId) {
        return Completions.now(() -> {
            BoundSession s = sessions.remove(sessionId);
            if (s == null || !s.expiresAt().isAfter(clock.instant())) {
                return new Detached(Optional.empty(), s != null && s.capable() && leave(s));
            }
            return new Detached(Optional.of(s), s.capable() && leave(s));
        });
    }

    @Override
    public synchronized CompletionStage<Boolean> removeBinding(String bindingKey) {
        return Completions.now(() -> {
            boolean existed = live(bindingKey) != null;
            drop(bindingKey);
            return existed;
        });
    }

    @Override
    public synchronized CompletionStage<List<String>> sessionsOf(String bindingKey) {
        return Completions.now(() -> {
            Entry e = live(bindingKey);
            return e == null ? List.of() : List.copyOf(e.sessions);
        });
    }

    @Override
    public synchronized CompletionStage<List<PcrfBinding>> bindings(int max) {
        return Completions.now(() -> {
            Instant now = clock.instant();
            List<PcrfBinding> out = new ArrayList<>();
            for (Entry e : bindings.values()) {
                if (out.size() < max && e.expiresAt.isAfter(now)) {
                    out.add(e.binding);
                }
            }
            return out;
        });
    }

    /** Frees what has expired; returns how many bindings and sessions were dropped. */
    public synchronized int sweep() {
        Instant now = clock.instant();
        int before = bindings.size() + sessions.size();
        sessions.values().removeIf(s -> !s.expiresAt().isAfter(now));
        List<String> dead = bindings.entrySet().stream().filter(x -> !x.getValue().expiresAt.isAfter(now))
                .map(Map.Entry::getKey).toList();
        dead.forEach(this::drop);
        return before - bindings.size() - sessions.size();
    }

    @Override
    public void close() {
        // nothing held outside the heap
    }

    /** Removes {@code s} from its binding; true when that removed the binding (its last session). */
    private boolean leave(BoundSession s) {
        Entry e = bindings.get(s.bindingKey());
        if (e == null || !e.sessions.remove(s.sessionId()) || !e.sessions.isEmpty()) {
            return false;
        }
        drop(s.bindingKey());
        return true;
    }

    private Entry live(String key) {
        Entry e = bindings.get(key);
        if (e != null && !e.expiresAt.isAfter(clock.instant())) {
            drop(key);
            return null;
        }
        return e;
    }

    private void index(PcrfBinding b) {
        b.alternateKeys().forEach(k -> alternates.put(k, b.key()));
    }

    private void drop(String key) {
        Entry e = bindings.remove(key);
        if (e != null) {
            e.binding.alternateKeys().forEach(k -> alternates.remove(k, key));
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
