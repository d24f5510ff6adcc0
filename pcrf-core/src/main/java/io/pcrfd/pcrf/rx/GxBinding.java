package io.pcrfd.pcrf.rx;

import io.pcrfd.pcrf.policy.SubscriptionId;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SubscriberId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Finds the IP-CAN session an AAR is about (TS 29.214 §4.4.1, TS 29.213 §7.3 binding): by the UE
 * address (Framed-IP-Address, else Framed-IPv6-Prefix) in the address space of Called-Station-Id
 * and IP-Domain-Id when the AF sent them, else by subscriber (Subscription-Id, IMSI before
 * E.164) on that APN. Without an APN every holder of the address (or every session of the
 * subscriber) in the named IP domain is a candidate, and the binding is made only when exactly
 * one is: an AF that leaves two sessions possible gets 5065 rather than a guess.
 */
final class GxBinding {
    private final SessionStore sessions;

    GxBinding(SessionStore sessions) {
        this.sessions = sessions;
    }

    CompletionStage<Optional<IpCanSession>> find(AaRequest r) {
        if (r.ueIpv4() != null) {
            return r.apn() != null ? sessions.findByIpv4(r.ueIpv4(), r.apn(), r.ipDomainId())
                    : sessions.findAllByIpv4(r.ueIpv4()).thenApply(all -> single(all, r.ipDomainId()));
        }
        if (r.ueIpv6Prefix() != null) {
            return r.apn() != null ? sessions.findByIpv6Prefix(r.ueIpv6Prefix(), r.apn(), r.ipDomainId())
                    : sessions.findAllByIpv6Prefix(r.ueIpv6Prefix()).thenApply(all -> single(all, r.ipDomainId()));
        }
        Optional<SubscriberId> subscriber = subscriber(r.subscriptionIds());
        if (subscriber.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return (r.apn() != null ? sessions.findBySubscriber(subscriber.get(), r.apn())
                : sessions.findBySubscriber(subscriber.get())).thenApply(all -> single(all, r.ipDomainId()));
    }

    private static Optional<IpCanSession> single(List<IpCanSession> all, String ipDomainId) {
        List<IpCanSession> in = ipDomainId == null ? all
                : all.stream().filter(s -> Objects.equals(s.ipDomainId(), ipDomainId)).toList();
        return in.size() == 1 ? Optional.of(in.get(0)) : Optional.empty();
    }

    private static Optional<SubscriberId> subscriber(List<SubscriptionId> ids) {
        return ids.stream().filter(i -> i.type() == SubscriptionId.Type.END_USER_IMSI).findFirst()
                .map(i -> SubscriberId.imsi(i.data()))
                .or(() -> ids.stream().filter(i -> i.type() == SubscriptionId.Type.END_USER_E164).findFirst()
                        .map(i -> SubscriberId.msisdn(i.data())));
    }
}
