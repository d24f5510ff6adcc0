package io.pcrfd.store;

import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SubscriberId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Gx IP-CAN sessions with their indexes. The UE IPv4 address and the IPv6 prefix are unique
 * bindings (UE IP → IP-CAN session, TS 29.213 §7.3) within one address space, the APN and
 * IP-Domain-Id of {@link IpCanSession#inIpDomain}: private pools overlap across APNs and IP
 * domains, so one address may be held by one live session per space, and by several in all.
 * Every other index may list several sessions. A lookup never returns an expired session.
 *
 * <p>Expiry is a backstop, never silent: a session whose {@code expiresAt} passed before
 * anybody closed it is handed over by {@link #takeExpired}, so that its owner ends it the way
 * it ends any other session. A session stored with {@link IpCanSession#NO_EXPIRY} never
 * expires.
 */
public interface SessionStore {

    /**
     * Stores a new session (version 1) unless its Session-Id exists or its UE IPv4 address or
     * IPv6 prefix is bound to another live session in the same address space (APN and
     * IP-Domain-Id, {@link IpCanSession#inIpDomain}). On {@link Claim.Held} the holder is
     * returned: a new CCR-I for a UE IP that is still bound there means the holder is stale, so
     * the handler closes it and calls create again. Holders of the address in other spaces are
     * not contested.
     */
    CompletionStage<Claim<IpCanSession>> create(IpCanSession session);

    CompletionStage<Optional<IpCanSession>> get(String sessionId);

    /** Sessions of a subscriber (by IMSI, MSISDN or NAI, whichever type is given) on an APN. */
    CompletionStage<List<IpCanSession>> findBySubscriber(SubscriberId subscriber, String apn);

    /**
     * Every live session of a subscriber whatever the APN, matched by the type given (an IMSI
     * lookup never matches a session only by its MSISDN): for pushing a subscriber-wide change,
     * such as a usage threshold crossed on one PDN connection, to all the others.
     */
    CompletionStage<List<IpCanSession>> findBySubscriber(SubscriberId subscriber);

    /**
     * The live session bound to a UE IPv4 address in one address space: the APN (ASCII case
     * ignored) and the IP-Domain-Id, null for none ({@link IpCanSession#inIpDomain}). What an
     * eviction or an AF session's binding (TS 29.214 §4.4.1) looks for.
     */
    CompletionStage<Optional<IpCanSession>> findByIpv4(String ueIpv4, String apn, String ipDomainId);

    /** As {@link #findByIpv4(String, String, String)} for a Framed-IPv6-Prefix. */
    CompletionStage<Optional<IpCanSession>> findByIpv6Prefix(String ueIpv6Prefix, String apn, String ipDomainId);

    /**
     * Every live session holding a UE IPv4 address, whatever its APN and IP-Domain-Id (none,
     * one, or one per address space): for listing who holds an address (the IMSI list by IP of
     * the session-context API). An indexed read, never a scan of the store.
     */
    CompletionStage<List<IpCanSession>> findAllByIpv4(String ueIpv4);

    /** As {@link #findAllByIpv4} for a Framed-IPv6-Prefix. */
    CompletionStage<List<IpCanSession>> findAllByIpv6Prefix(String ueIpv6Prefix);

    /** Every live session opened by one gateway (Origin-Host), for a gateway restart. */
    CompletionStage<List<IpCanSession>> findByGateway(String gatewayHost);

    CompletionStage<List<IpCanSession>> findByUeLocalIp(String ueLocalIp);

    CompletionStage<List<IpCanSession>> findByHenbLocalIp(String henbLocalIp);

    /** The IP-CAN session a subsession (S9a, S9, Sy, Rx, Sd Session-Id) is linked to. */
    CompletionStage<Optional<IpCanSession>> findByLinkedSessionId(String linkedSessionId);

    /**
     * Every live session with a subsession owned by {@code peerHost} (the peer of a
     * {@link io.pcrfd.store.model.LinkedSession}), for a restart of that peer (RFC 6733 §8.16).
     */
    CompletionStage<List<IpCanSession>> findByLinkedPeer(String peerHost);

    /**
     * Replaces the stored session if its version still equals {@code updated.version()}; the
     * stored copy gets version + 1. Identity fields (see {@link IpCanSession}) may not change:
     * the stage fails with {@link IllegalArgumentException} if they do.
     */
    CompletionStage<CasResult<IpCanSession>> update(IpCanSession updated);

    /**
     * Up to {@code limit} live sessions whose {@code updatedAt} is before {@code cutoff}, oldest
     * first: the inactivity audit (a gateway that went silent).
     */
    CompletionStage<List<IpCanSession>> findInactiveSince(Instant cutoff, int limit);

    /**
     * Ends a session: removes it and its indexes and, when it has an IMSI or MSISDN, stores its
     * closed {@link io.pcrfd.store.model.SessionContext} until {@code retainUntil},
     * replacing the previous closed context of the same APN + trafficId.
     *
     * @return the session as it was, in state CLOSED; empty if there was none
     */
    CompletionStage<Optional<IpCanSession>> close(String sessionId, Instant closedAt,
                                                  Instant retainUntil);

    /**
     * Hands over sessions the store expired by itself, each once, at most {@code limit} per
     * call: their owner runs its end-of-session path for each (linked sessions released,
     * counters, logs). A session the store still held is closed as by {@link #close} (state
     * CLOSED, {@code updatedAt} = {@code closedAt}, closed context kept until
     * {@code retainUntil}); one whose record was already lost comes back by Session-Id alone.
     * What each store keeps for this, and for how long, is in its package documentation.
     */
    CompletionStage<List<ExpiredSession>> takeExpired(Instant closedAt, Instant retainUntil, int limit);

    /**
     * Removes a session and its indexes without leaving a closed context: for a CCR-I that
     * failed after the session was created, so that it leaves nothing behind.
     */
    CompletionStage<Optional<IpCanSession>> remove(String sessionId);
}
