package io.pcrfd.dra.proxy;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.diameter.peer.RequestContext;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.store.model.BoundSession;
import io.pcrfd.store.model.PcrfBinding;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests routed by what the DRA already knows:
 * <ul>
 *   <li>later requests of a session (CCR-U/T/E, later AARs, STR) go to the PCRF of its session
 *       record, or, when the DRA has none (it was restarted without a shared store), to the PCRF
 *       the request's Destination-Host names; a request that ends the session (CCR-T, STR)
 *       removes the record once answered, and the binding with its last binding-capable session;</li>
 *   <li>the first request of a binding-dependent session (Rx AAR, a Gx-Prime CCR-I) goes to the
 *       PCRF of the binding its UE address (within its APN or IP-Domain-Id, then in any), IMSI or
 *       MSISDN finds; none found is Rx's 5065 IP-CAN_SESSION_NOT_AVAILABLE (TS 29.214 §5.5.3), or
 *       3002 for Gx-Prime; it never creates a binding;</li>
 *   <li>a PCRF's own requests (RAR, ASR) go back to the gateway or AF that opened the session.</li>
 * </ul>
 */
final class SessionRouting {
    private static final Logger LOG = LoggerFactory.getLogger(SessionRouting.class);

    private final ProxyContext p;

    SessionRouting(ProxyContext p) {
        this.p = p;
    }

    CompletionStage<DiameterMessage> bySession(RequestContext ctx, DiameterMessage req, boolean ends) {
        String sid = req.sessionId().orElse("");
        return p.store().session(sid).thenCompose(known -> {
            String pcrf = known.map(BoundSession::pcrfHost).orElseGet(() -> knownPcrf(req));
            if (pcrf == null) {
                p.counters().noBinding.increment();
                return Forwarding.refuse(ctx, req, ResultCodes.DIAMETER_UNABLE_TO_DELIVER,
                        "no session record for this Session-Id and no Destination-Host of a PCRF of this DRA");
            }
            CompletionStage<DiameterMessage> answer = relay(ctx, req, pcrf);
            if (ends) {
                return answer.thenCompose(a -> p.store().detach(sid).thenApply(d -> {
                    if (d.bindingRemoved()) {
                        p.counters().bindingsRemoved.increment();
                    }
                    return a;
                }));
            }
            known.ifPresent(this::refreshIfHalfGone);
            return answer;
        });
    }

    CompletionStage<DiameterMessage> dependentInitial(RequestContext ctx, DiameterMessage req, boolean rx) {
        SubscriberKeys keys = SubscriberKeys.of(req);
        return find(keys).thenCompose(found -> {
            if (found.isEmpty()) {
                p.counters().noBinding.increment();
                return rx ? CompletableFuture.completedFuture(ipCanSessionNotAvailable(ctx, req))
                        : Forwarding.refuse(ctx, req, ResultCodes.DIAMETER_UNABLE_TO_DELIVER,
                        "no binding for this subscriber: a binding-dependent session needs one");
            }
            PcrfBinding b = found.get();
            p.counters().bindingsFound.increment();
            String sid = req.sessionId().orElse("");
            String origin = req.avp(Rfc6733.ORIGIN_HOST).map(Avp::asUtf8String).orElse(ctx.peerHost());
            String realm = req.avp(Rfc6733.ORIGIN_REALM).map(Avp::asUtf8String).orElse(ctx.peerRealm());
            BoundSession s = new BoundSession(sid, b.key(), false, req.applicationId(), origin, realm, b.pcrfHost(),
                    p.expiry());
            return p.store().attach(s).thenCompose(x -> relay(ctx, req, b.pcrfHost())).thenCompose(a ->
                    ResultCodes.isSuccess(ResultCodes.of(a)) ? CompletableFuture.completedFuture(a)
                            : p.store().detach(sid).thenApply(d -> a));
        });
    }

    CompletionStage<DiameterMessage> towardsClient(RequestContext ctx, DiameterMessage req) {
        return p.store().session(req.sessionId().orElse("")).thenCompose(known -> {
            String client = known.map(BoundSession::clientHost)
                    .orElseGet(() -> req.avp(Rfc6733.DESTINATION_HOST).map(Avp::asUtf8String).orElse(null));
            if (client == null) {
                p.counters().noBinding.increment();
                return Forwarding.refuse(ctx, req, ResultCodes.DIAMETER_UNABLE_TO_DELIVER,
                        "no session record for this Session-Id and no Destination-Host");
            }
            return relay(ctx, req, client);
        });
    }

    /** Forwards and returns the answer for the client: the server's, or this node's when none came. */
    CompletionStage<DiameterMessage> relay(RequestContext ctx, DiameterMessage req, String server) {
        return p.send().apply(p.forward().towards(req, ctx.peerHost(), server)).handle((a, e) -> {
            if (a != null) {
                return Forwarding.back(a, req);
            }
            p.counters().undelivered.increment();
            return Forwarding.undelivered(ctx, req, e);
        });
    }

    /** UE addresses first (within their space, then any), then the IMSI's binding, then the MSISDN. */
    private CompletionStage<Optional<PcrfBinding>> find(SubscriberKeys keys) {
        return firstOf(keys.addressLookups(), 0)
                .thenCompose(b -> b.isPresent() || keys.imsi() == null ? done(b)
                        : p.store().binding(keys.imsi(), p.bindingApn(keys.apn())))
                .thenCompose(b -> b.isPresent() ? done(b) : firstOf(keys.msisdnLookups(), 0));
    }

    private CompletionStage<Optional<PcrfBinding>> firstOf(List<String> alternates, int i) {
        if (i == alternates.size()) {
            return done(Optional.empty());
        }
        return p.store().bindingByAlternate(alternates.get(i))
                .thenCompose(b -> b.isPresent() ? done(b) : firstOf(alternates, i + 1));
    }

    private static CompletionStage<Optional<PcrfBinding>> done(Optional<PcrfBinding> b) {
        return CompletableFuture.completedFuture(b);
    }

    private String knownPcrf(DiameterMessage req) {
        return req.avp(Rfc6733.DESTINATION_HOST).map(Avp::asUtf8String).filter(p.pools()::knows).orElse(null);
    }

    /** A session in use is kept: its record (and binding) get a new lifetime once half of it is gone. */
    private void refreshIfHalfGone(BoundSession s) {
        Duration left = Duration.between(p.clock().instant(), s.expiresAt());
        if (left.compareTo(p.config().sessionLifetime().dividedBy(2)) < 0) {
            p.store().attach(s.withExpiresAt(p.expiry())).whenComplete((ok, e) -> {
                if (e != null) {
                    LOG.info("session={} lifetime not extended: {}", s.sessionId(), e.getMessage());
                }
            });
        }
    }

    private static DiameterMessage ipCanSessionNotAvailable(RequestContext ctx, DiameterMessage req) {
        return ctx.answer(req).add(Rfc6733.AUTH_APPLICATION_ID, req.applicationId())
                .experimentalResult(VendorIds.THREE_GPP, Rfc6733.ExperimentalResultCode.IP_CAN_SESSION_NOT_AVAILABLE)
                .add(Rfc6733.ERROR_MESSAGE, "no binding for the subscriber or UE address of this Rx session")
                .build();
    }
}
