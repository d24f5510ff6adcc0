package io.pcrfd.store.memory;

import io.pcrfd.store.CasResult;
import io.pcrfd.store.Claim;
import io.pcrfd.store.TriggerStore;
import io.pcrfd.store.model.PendingTrigger;
import io.pcrfd.store.model.SubscriberIdType;
import io.pcrfd.store.model.TriggerIdentification;
import io.pcrfd.store.model.TriggerState;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Pending triggers. Only PENDING triggers are indexed: the local-IP map enforces one pending
 * trigger per UE/H(e)NB local IP, the H(e)NB and IMSI + APN indexes serve {@link #match}.
 * Mutations hold the stripes of the trigger id and its local IP.
 */
final class InMemoryTriggerStore implements TriggerStore {

    private final Clock clock;
    private final Stripes stripes = new Stripes(64);
    private final ConcurrentHashMap<String, PendingTrigger> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> byLocalIp = new ConcurrentHashMap<>();
    private final MultiIndex<String> byHenb = new MultiIndex<>();
    private final MultiIndex<SubscriberApnKey> bySubscriber = new MultiIndex<>();

    InMemoryTriggerStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public CompletionStage<Claim<PendingTrigger>> createIfAbsent(PendingTrigger trigger) {
        return Completions.now(() -> stripes.withLocks(() -> createLocked(trigger),
                trigger.triggerId(), trigger.identification().localIp()));
    }

    private Claim<PendingTrigger> createLocked(PendingTrigger trigger) {
        PendingTrigger sameId = live(trigger.triggerId());
        if (sameId != null) {
            return new Claim.Held<>(sameId);
        }
        String ip = trigger.identification().localIp();
        PendingTrigger sameIp = ip == null ? null : live(byLocalIp.get(ip));
        if (sameIp != null && sameIp.state() == TriggerState.PENDING) {
            return new Claim.Held<>(sameIp);
        }
        PendingTrigger stored = trigger.withVersion(1);
        store(stored, byId.get(trigger.triggerId()));
        return new Claim.Claimed<>(stored);
    }

    @Override
    public CompletionStage<Optional<PendingTrigger>> get(String triggerId) {
        return Completions.now(() -> Optional.ofNullable(live(triggerId)));
    }

    @Override
    public CompletionStage<Optional<PendingTrigger>> match(TriggerIdentification probe) {
        return Completions.now(() -> Optional.ofNullable(matchNow(probe)));
    }

    private PendingTrigger matchNow(TriggerIdentification p) {
        if (p.assignedId() != null) {
            return pending(live(p.assignedId()), t -> true);
        }
        if (p.ueLocalIp() != null) {
            return pending(live(byLocalIp.get(p.ueLocalIp())),
                    t -> p.ueLocalIp().equals(t.identification().ueLocalIp()));
        }
        if (p.henbLocalIp() != null) {
            return first(byHenb.get(p.henbLocalIp()),
                    t -> p.henbLocalIp().equals(t.identification().henbLocalIp()));
        }
        if (p.imsi() != null && p.apn() != null) {
            return first(bySubscriber.get(subscriberKey(p)),
                    t -> p.imsi().equals(t.identification().imsi())
                            && p.apn().equals(t.identification().apn()));
        }
        return null;
    }

    @Override
    public CompletionStage<CasResult<PendingTrigger>> update(PendingTrigger updated) {
        return Completions.now(() -> stripes.withLocks(() -> updateLocked(updated),
                updated.triggerId(), updated.identification().localIp()));
    }

    private CasResult<PendingTrigger> updateLocked(PendingTrigger updated) {
        PendingTrigger current = live(updated.triggerId());
        if (current == null) {
            return new CasResult.Missing<>();
        }
        if (current.version() != updated.version()) {
            return new CasResult.Stale<>(current);
        }
        if (!current.identification().equals(updated.identification())) {
            throw new IllegalArgumentException("update may not change the identification of trigger "
                    + updated.triggerId());
        }
        PendingTrigger next = updated.withVersion(current.version() + 1);
        store(next, current);
        return new CasResult.Applied<>(next);
    }

    @Override
    public CompletionStage<List<PendingTrigger>> findDue(Instant now, int limit) {
        Instant clockNow = clock.instant();
        return Completions.now(() -> byId.values().stream()
                .filter(t -> alive(t, clockNow) && t.state() == TriggerState.PENDING
                        && !t.deadline().isAfter(now))
                .sorted(Comparator.comparing(PendingTrigger::deadline))
                .limit(limit)
                .toList());
    }

    @Override
    public CompletionStage<Boolean> remove(String triggerId) {
        return Completions.now(() -> {
            PendingTrigger t = byId.get(triggerId);
            return t != null && stripes.withLocks(() -> {
                PendingTrigger gone = byId.remove(triggerId);
                unindex(gone);
                return gone != null && alive(gone, clock.instant());
            }, triggerId, t.identification().localIp());
        });
    }

    int sweep() {
        Instant now = clock.instant();
        int removed = 0;
        for (PendingTrigger t : byId.values()) {
            if (!alive(t, now) && Boolean.TRUE.equals(stripes.withLocks(() -> {
                boolean gone = byId.remove(t.triggerId(), t);
                if (gone) {
                    unindex(t);
                }
                return gone;
            }, t.triggerId(), t.identification().localIp()))) {
                removed++;
            }
        }
        return removed;
    }

    /** Keys in the trigger indexes; zero when no PENDING trigger is held (leak checks). */
    int indexKeyCount() {
        return byLocalIp.size() + byHenb.keyCount() + bySubscriber.keyCount();
    }

    Collection<PendingTrigger> all() {
        Instant now = clock.instant();
        return byId.values().stream().filter(t -> alive(t, now)).toList();
    }

    void restore(PendingTrigger t) {
        stripes.withLocks(() -> {
            store(t, null);
            return null;
        }, t.triggerId(), t.identification().localIp());
    }

    private void store(PendingTrigger next, PendingTrigger previous) {
        byId.put(next.triggerId(), next);
        if (previous != null) {
            unindex(previous);
        }
        if (next.state() == TriggerState.PENDING) {
            String id = next.triggerId();
            String ip = next.identification().localIp();
            if (ip != null) {
                byLocalIp.put(ip, id);
            }
            byHenb.add(next.identification().henbLocalIp(), id);
            bySubscriber.add(subscriberKey(next.identification()), id);
        }
    }

    private void unindex(PendingTrigger t) {
        if (t == null) {
            return;
        }
        String id = t.triggerId();
        String ip = t.identification().localIp();
        if (ip != null) {
            byLocalIp.remove(ip, id);
        }
        byHenb.remove(t.identification().henbLocalIp(), id);
        bySubscriber.remove(subscriberKey(t.identification()), id);
    }

    private static SubscriberApnKey subscriberKey(TriggerIdentification i) {
        return i.apn() == null ? null : SubscriberApnKey.ofNullable(SubscriberIdType.IMSI, i.imsi(), i.apn());
    }

    private PendingTrigger first(Collection<String> ids, Predicate<PendingTrigger> stillMatches) {
        return ids.stream().map(this::live).filter(Objects::nonNull)
                .map(t -> pending(t, stillMatches)).filter(Objects::nonNull)
                .min(Comparator.comparing(PendingTrigger::deadline)).orElse(null);
    }

    private static PendingTrigger pending(PendingTrigger t, Predicate<PendingTrigger> stillMatches) {
        return t != null && t.state() == TriggerState.PENDING && stillMatches.test(t) ? t : null;
    }

    private PendingTrigger live(String triggerId) {
        PendingTrigger t = triggerId == null ? null : byId.get(triggerId);
        return t != null && alive(t, clock.instant()) ? t : null;
    }

    private static boolean alive(PendingTrigger t, Instant now) {
        return t.expiresAt().isAfter(now);
    }
}
