package io.pcrfd.pcrf.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.pcrfd.store.CasResult;
import io.pcrfd.store.Claim;
import io.pcrfd.store.ExpiredSession;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SubscriberId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** {@link SessionStore} with each operation timed and its failures counted ({@link StoreOperation}). */
final class MeteredSessionStore implements SessionStore {
    private final SessionStore d;
    private final StoreOperation create;
    private final StoreOperation get;
    private final StoreOperation find;
    private final StoreOperation update;
    private final StoreOperation findInactive;
    private final StoreOperation close;
    private final StoreOperation takeExpired;
    private final StoreOperation remove;

    MeteredSessionStore(SessionStore delegate, MeterRegistry r, LatencyHistogram durations) {
        this.d = delegate;
        create = new StoreOperation(r, durations, "sessions", "create");
        get = new StoreOperation(r, durations, "sessions", "get");
        find = new StoreOperation(r, durations, "sessions", "find");
        update = new StoreOperation(r, durations, "sessions", "update");
        findInactive = new StoreOperation(r, durations, "sessions", "find_inactive");
        close = new StoreOperation(r, durations, "sessions", "close");
        takeExpired = new StoreOperation(r, durations, "sessions", "take_expired");
        remove = new StoreOperation(r, durations, "sessions", "remove");
    }

    @Override
    public CompletionStage<Claim<IpCanSession>> create(IpCanSession session) {
        return create.time(d.create(session));
    }

    @Override
    public CompletionStage<Optional<IpCanSession>> get(String sessionId) {
        return get.time(d.get(sessionId));
    }

    @Override
    public CompletionStage<List<IpCanSession>> findBySubscriber(SubscriberId subscriber, String apn) {
        return find.time(d.findBySubscriber(subscriber, apn));
    }

    @Override
    public CompletionStage<List<IpCanSession>> findBySubscriber(SubscriberId subscriber) {
        return find.time(d.findBySubscriber(subscriber));
    }

    @Override
    public CompletionStage<Optional<IpCanSession>> findByIpv4(String ueIpv4, String apn, String ipDomainId) {
        return find.time(d.findByIpv4(ueIpv4, apn, ipDomainId));
    }

    @Override
    public CompletionStage<Optional<IpCanSession>> findByIpv6Prefix(String ueIpv6Prefix, String apn,
                                                                    String ipDomainId) {
        return find.time(d.findByIpv6Prefix(ueIpv6Prefix, apn, ipDomainId));
    }

    @Override
    public CompletionStage<List<IpCanSession>> findAllByIpv4(String ueIpv4) {
        return find.time(d.findAllByIpv4(ueIpv4));
    }

    @Override
    public CompletionStage<List<IpCanSession>> findAllByIpv6Prefix(String ueIpv6Prefix) {
        return find.time(d.findAllByIpv6Prefix(ueIpv6Prefix));
    }

    @Override
    public CompletionStage<List<IpCanSession>> findByGateway(String gatewayHost) {
        return find.time(d.findByGateway(gatewayHost));
    }

    @Override
    public CompletionStage<List<IpCanSession>> findByUeLocalIp(String ueLocalIp) {
        return find.time(d.findByUeLocalIp(ueLocalIp));
    }

    @Override
    public CompletionStage<List<IpCanSession>> findByHenbLocalIp(String henbLocalIp) {
        return find.time(d.findByHenbLocalIp(henbLocalIp));
    }

    @Override
    public CompletionStage<Optional<IpCanSession>> findByLinkedSessionId(String linkedSessionId) {
        return find.time(d.findByLinkedSessionId(linkedSessionId));
    }

    @Override
    public CompletionStage<List<IpCanSession>> findByLinkedPeer(String peerHost) {
        return find.time(d.findByLinkedPeer(peerHost));
    }

    @Override
    public CompletionStage<CasResult<IpCanSession>> update(IpCanSession updated) {
        return update.time(d.update(updated));
    }

    @Override
    public CompletionStage<List<IpCanSession>> findInactiveSince(Instant cutoff, int limit) {
        return findInactive.time(d.findInactiveSince(cutoff, limit));
    }

    @Override
    public CompletionStage<Optional<IpCanSession>> close(String sessionId, Instant closedAt, Instant retainUntil) {
        return close.time(d.close(sessionId, closedAt, retainUntil));
    }

    @Override
    public CompletionStage<List<ExpiredSession>> takeExpired(Instant closedAt, Instant retainUntil, int limit) {
        return takeExpired.time(d.takeExpired(closedAt, retainUntil, limit));
    }

    @Override
    public CompletionStage<Optional<IpCanSession>> remove(String sessionId) {
        return remove.time(d.remove(sessionId));
    }
}
