package io.pcrfd.pcrf.establishment.s9a;

import io.pcrfd.store.Store;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.PendingTrigger;
import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.model.TriggerIdentification;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Finds what a peer's CCR-I answers (TS 29.215 §A.5.1; the CCR-I echoes the trigger's
 * identification): the pending trigger by the explicit Establishment-Id when the CCR-I carries
 * one, else by content in the order UE local IP, H(e)NB local IP, IMSI + APN (the store's
 * {@code match}); then the Gx session by the
 * same content.
 */
final class PeerSessionMatcher {
    private final Store store;

    PeerSessionMatcher(Store store) {
        this.store = store;
    }

    /** The pending trigger; an unknown or stale id falls back to matching by content. */
    CompletionStage<Optional<PendingTrigger>> trigger(TriggerIdentification probe) {
        return store.triggers().match(probe).thenCompose(found -> found.isPresent() || probe.assignedId() == null
                ? CompletableFuture.completedFuture(found)
                : store.triggers().match(new TriggerIdentification(null, probe.ueLocalIp(), probe.henbLocalIp(),
                        probe.imsi(), probe.apn())));
    }

    /** The Gx IP-CAN session the identification points at (local IP first, then IMSI + APN). */
    CompletionStage<Optional<IpCanSession>> gxSession(TriggerIdentification id) {
        CompletionStage<List<IpCanSession>> byIp;
        if (id.ueLocalIp() != null) {
            byIp = store.sessions().findByUeLocalIp(id.ueLocalIp());
        } else if (id.henbLocalIp() != null) {
            byIp = store.sessions().findByHenbLocalIp(id.henbLocalIp());
        } else {
            byIp = CompletableFuture.completedFuture(List.of());
        }
        return byIp.thenCompose(list -> {
            Optional<IpCanSession> hit = list.stream().filter(s -> sameUser(s, id)).findFirst();
            if (hit.isPresent() || id.imsi() == null || id.apn() == null) {
                return CompletableFuture.completedFuture(hit);
            }
            return store.sessions().findBySubscriber(SubscriberId.imsi(id.imsi()), id.apn())
                    .thenApply(l -> l.stream().findFirst());
        });
    }

    private static boolean sameUser(IpCanSession s, TriggerIdentification id) {
        return (id.imsi() == null || id.imsi().equals(s.imsi())) && (id.apn() == null || id.apn().equals(s.apn()));
    }
}
