package io.pcrfd.dra.proxy;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.diameter.peer.LocalRequestException;
import io.pcrfd.diameter.peer.RequestContext;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.store.model.BoundSession;
import io.pcrfd.store.model.PcrfBinding;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CCR-I of a binding-capable session (Gx, Gxx, S9): find or create the subscriber's
 * binding, attach the session to it, forward to its PCRF, and settle the binding by the answer.
 * <pre>
 *  pool = APN rule / default, then sub-pool by Origin-Host     (PoolSelector)
 *  PCRF = that pool's routing table, minus those that failed    (a candidate only)
 *  findOrCreate(IMSI[:APN] -> candidate)   an existing binding wins: its PCRF, no split binding
 *  its PCRF down, pool onPcrfDown: rehome  rehome(binding, down PCRF -> a live one of its pool)
 *  attach(session)                         binding gone meanwhile: start over (at most 3 times)
 *  forward                                 Route-Record, Destination-Host = the binding's PCRF
 *  answer 2xxx      -> confirm, alternate keys from CCR and CCA (MSISDN, Framed-IP-Address,
 *                      Framed-IPv6-Prefix)
 *  a binding this request created, and its PCRF unreachable or answering 3002/3004
 *                   -> detach (the binding goes with it), next PCRF of the pool
 *  other failures   -> detach (a binding left without sessions goes), answer as it came
 * </pre>
 */
final class CapableInitial {
    private static final Logger LOG = LoggerFactory.getLogger(CapableInitial.class);
    private static final int MAX_RACES = 3;

    private final ProxyContext p;

    CapableInitial(ProxyContext p) {
        this.p = p;
    }

    CompletionStage<DiameterMessage> handle(RequestContext ctx, DiameterMessage req) {
        SubscriberKeys keys = SubscriberKeys.of(req);
        if (keys.imsi() == null) {
            return CompletableFuture.completedFuture(missingImsi(ctx, req));
        }
        String origin = req.avp(Rfc6733.ORIGIN_HOST).map(Avp::asUtf8String).orElse(ctx.peerHost());
        return new Attempt(ctx, req, keys, origin, p.pools().pool(keys.apn(), origin)).run(List.of(), 0);
    }

    /** 5005 with an example Subscription-Id of type END_USER_IMSI: a binding is anchored by the IMSI. */
    private DiameterMessage missingImsi(RequestContext ctx, DiameterMessage req) {
        var dict = ctx.dictionary();
        Avp example = Avp.grouped(dict.definition(Rfc4006.SUBSCRIPTION_ID), List.of(
                Avp.of(dict.definition(Rfc4006.SUBSCRIPTION_ID_TYPE), ByteBuffer.allocate(4).putInt(Rfc4006.SubscriptionIdType.END_USER_IMSI).array()),
                Avp.of(dict.definition(Rfc4006.SUBSCRIPTION_ID_DATA), new byte[0])));
        return Dispatcher.errorAnswer(ctx, req, new DiameterError(ResultCodes.DIAMETER_MISSING_AVP, example,
                "a binding-capable session needs the subscriber's IMSI (Subscription-Id END_USER_IMSI)"));
    }

    /** A binding and whether this request created it. */
    private record Bound(PcrfBinding binding, boolean created) {
    }

    /** The server's answer or why there was none. */
    private record Outcome(DiameterMessage answer, Throwable failure) {
        boolean success() {
            return answer != null && ResultCodes.isSuccess(ResultCodes.of(answer));
        }

        /** The PCRF could not take it: unreachable, or it answered 3002/3004 (RFC 6733 §7.1.3). */
        boolean worthFailover() {
            if (answer != null) {
                long code = ResultCodes.of(answer);
                return code == ResultCodes.DIAMETER_UNABLE_TO_DELIVER || code == ResultCodes.DIAMETER_TOO_BUSY;
            }
            // a request that timed out may have been served: sending it elsewhere could split the binding
            return Forwarding.unwrap(failure) instanceof LocalRequestException l
                    && l.reason() != LocalRequestException.Reason.TIMEOUT;
        }
    }

    private final class Attempt {
        private final RequestContext ctx;
        private final DiameterMessage req;
        private final SubscriberKeys keys;
        private final String origin;
        private final String pool;
        private final String sessionId;
        /** What the last PCRF tried said; handed to the client when no PCRF is left. */
        private Outcome last;

        Attempt(RequestContext ctx, DiameterMessage req, SubscriberKeys keys, String origin, String pool) {
            this.ctx = ctx;
            this.req = req;
            this.keys = keys;
            this.origin = origin;
            this.pool = pool;
            this.sessionId = req.sessionId().orElse("");
        }

        CompletionStage<DiameterMessage> run(List<String> excluded, int races) {
            String candidate = p.pools().pcrf(pool, excluded);
            String apn = p.bindingApn(keys.apn());
            CompletionStage<Bound> bound = candidate == null
                    ? p.store().binding(keys.imsi(), apn).thenApply(b -> b.map(x -> new Bound(x, false)).orElse(null))
                    : p.store().findOrCreate(new PcrfBinding(keys.imsi(), apn, candidate, pool, false, sessionId,
                    List.of(), p.clock().instant()), p.expiry()).thenApply(c -> new Bound(c.value(), c.claimed()));
            return bound.thenCompose(b -> b == null ? noPcrf(excluded) : homed(b, excluded, races));
        }

        /**
         * An existing binding whose PCRF is down, in a pool that re-homes: moved (atomically, the
         * first DRA's move wins) to a live PCRF of its pool, then used like any binding. Otherwise
         * the binding as it is: a PCRF that is down then answers nothing, and the client gets 3002.
         */
        private CompletionStage<DiameterMessage> homed(Bound b, List<String> excluded, int races) {
            String home = b.binding().pcrfHost();
            if (b.created() || !p.pools().rehomes(b.binding().pool()) || !p.pools().down(home)) {
                return attach(b, excluded, races);
            }
            List<String> avoid = new ArrayList<>(excluded);
            avoid.add(home);
            String to = p.pools().pcrf(b.binding().pool(), avoid);
            if (to == null) {
                return attach(b, excluded, races);
            }
            return p.store().rehome(b.binding().key(), home, to).thenCompose(moved -> {
                if (moved.isEmpty()) {
                    return races < MAX_RACES ? run(excluded, races + 1) : Forwarding.refuse(ctx, req,
                            ResultCodes.DIAMETER_UNABLE_TO_DELIVER, "the binding kept being removed while re-homing");
                }
                if (moved.get().pcrfHost().equals(to)) {
                    p.counters().bindingsRehomed.increment();
                    LOG.info("binding={} re-homed from {} (down) to {}", b.binding().key(), home, to);
                }
                return attach(new Bound(moved.get(), false), excluded, races);
            });
        }

        /**
         * No PCRF left: the last one's answer when there was one (a 3004 stays a 3004, so the
         * client sees overload as overload), else 3002.
         */
        private CompletionStage<DiameterMessage> noPcrf(List<String> excluded) {
            p.counters().undelivered.increment();
            if (last != null && last.answer() != null) {
                return CompletableFuture.completedFuture(Forwarding.back(last.answer(), req));
            }
            return Forwarding.refuse(ctx, req, ResultCodes.DIAMETER_UNABLE_TO_DELIVER, excluded.isEmpty()
                    ? "no PCRF of pool " + pool + " is available"
                    : "every available PCRF of pool " + pool + " failed: " + excluded);
        }

        private CompletionStage<DiameterMessage> attach(Bound b, List<String> excluded, int races) {
            (b.created() ? p.counters().bindingsCreated : p.counters().bindingsFound).increment();
            String realm = req.avp(Rfc6733.ORIGIN_REALM).map(Avp::asUtf8String).orElse(ctx.peerRealm());
            BoundSession s = new BoundSession(sessionId, b.binding().key(), true, req.applicationId(), origin, realm,
                    b.binding().pcrfHost(), p.expiry());
            return p.store().attach(s).thenCompose(ok -> {
                if (!ok) {
                    return races < MAX_RACES ? run(excluded, races + 1) : Forwarding.refuse(ctx, req,
                            ResultCodes.DIAMETER_UNABLE_TO_DELIVER, "the binding kept being removed while attaching");
                }
                return p.send().apply(p.forward().towards(req, ctx.peerHost(), b.binding().pcrfHost()))
                        .handle(Outcome::new).thenCompose(o -> settle(b, o, excluded, races));
            });
        }

        private CompletionStage<DiameterMessage> settle(Bound b, Outcome o, List<String> excluded, int races) {
            if (b.created() && o.worthFailover()) {
                p.counters().failovers.increment();
                last = o;
                List<String> next = new ArrayList<>(excluded);
                next.add(b.binding().pcrfHost());
                return p.store().detach(sessionId).thenCompose(d -> run(next, races));
            }
            if (o.success()) {
                p.counters().bindingsConfirmed.increment();
                return p.store().confirm(b.binding().key(), alternateKeys(o.answer()))
                        .thenApply(x -> Forwarding.back(o.answer(), req));
            }
            return p.store().detach(sessionId).thenApply(d -> {
                if (d.bindingRemoved()) {
                    p.counters().bindingsRemoved.increment();
                }
                if (o.answer() != null) {
                    return Forwarding.back(o.answer(), req);
                }
                p.counters().undelivered.increment();
                return Forwarding.undelivered(ctx, req, o.failure());
            });
        }

        /** The request's keys, with what only the answer carries (an address the PCRF allocated). */
        private List<String> alternateKeys(DiameterMessage answer) {
            SubscriberKeys a = SubscriberKeys.of(answer);
            SubscriberKeys merged = new SubscriberKeys(keys.imsi(), first(keys.msisdn(), a.msisdn()), keys.apn(),
                    first(keys.ipDomainId(), a.ipDomainId()), first(keys.ipv4(), a.ipv4()), first(keys.ipv6(), a.ipv6()));
            return merged.alternateKeys();
        }
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
