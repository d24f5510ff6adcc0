package io.pcrfd.dra.proxy;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.RequestContext;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.dra.pool.PoolSelector;
import io.pcrfd.pcrf.config.DraConfig;
import io.pcrfd.store.DraStore;
import io.pcrfd.store.StoreException;
import java.time.Clock;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Policy DRA's request handlers, one per kind of request; each first refuses a request
 * that went round (3005), and answers 3002 when the binding store fails (the client may then
 * try another DRA, RFC 6733 §7.1.3) rather than the 5012 a failed handler would get.
 * <pre>
 *  CCR-I (Gx, Gxx, S9)          binding-capable: CapableInitial
 *  CCR-I from a Gx-Prime client binding-dependent: SessionRouting.dependentInitial
 *  AAR (Rx), first of a session binding-dependent: SessionRouting.dependentInitial
 *  CCR-U/E, later AAR           SessionRouting.bySession
 *  CCR-T, STR                   SessionRouting.bySession, then the session record goes
 *  RAR, ASR (from a PCRF)       SessionRouting.towardsClient
 * </pre>
 */
public final class DraProxy {
    private static final Logger LOG = LoggerFactory.getLogger(DraProxy.class);

    private final ProxyContext p;
    private final CapableInitial capable;
    private final SessionRouting routing;

    /**
     * @param self the DRA's Origin-Host (what loop detection looks for in Route-Record)
     * @param send the peer layer's sender
     */
    public DraProxy(DraConfig config, DraStore store, PoolSelector pools, Dictionary dictionary, String self,
                    Function<DiameterMessage, CompletionStage<DiameterMessage>> send, Clock clock) {
        this.p = new ProxyContext(config, store, pools, new Forwarding(dictionary, self), send, clock, new DraCounters());
        this.capable = new CapableInitial(p);
        this.routing = new SessionRouting(p);
    }

    public DraCounters counters() {
        return p.counters();
    }

    /** CCR of Gx, Gxx or S9 (RFC 4006 §8.3 CC-Request-Type). */
    public CompletionStage<DiameterMessage> creditControl(RequestContext ctx, DiameterMessage req) {
        return guarded(ctx, req, () -> {
            int type = req.avp(Rfc4006.CC_REQUEST_TYPE).map(Avp::asInt).orElse(0);
            if (type == Rfc4006.CcRequestType.INITIAL_REQUEST) {
                return gxPrime(req) ? routing.dependentInitial(ctx, req, false) : capable.handle(ctx, req);
            }
            return routing.bySession(ctx, req, type == Rfc4006.CcRequestType.TERMINATION_REQUEST);
        });
    }

    /** Rx AAR: the first of a session finds its binding; later ones follow the session. */
    public CompletionStage<DiameterMessage> authorize(RequestContext ctx, DiameterMessage req) {
        return guarded(ctx, req, () -> p.store().session(req.sessionId().orElse("")).thenCompose(s -> s.isPresent()
                ? routing.bySession(ctx, req, false) : routing.dependentInitial(ctx, req, true)));
    }

    /** Rx STR: to the session's PCRF; the session record goes once answered. */
    public CompletionStage<DiameterMessage> terminate(RequestContext ctx, DiameterMessage req) {
        return guarded(ctx, req, () -> routing.bySession(ctx, req, true));
    }

    /** RAR or ASR from a PCRF: back to the client that opened the session. */
    public CompletionStage<DiameterMessage> fromServer(RequestContext ctx, DiameterMessage req) {
        return guarded(ctx, req, () -> routing.towardsClient(ctx, req));
    }

    private boolean gxPrime(DiameterMessage req) {
        if (req.applicationId() != ApplicationIds.GX || p.config().gxPrimeClients().isEmpty()) {
            return false;
        }
        String origin = req.avp(Rfc6733.ORIGIN_HOST).map(Avp::asUtf8String).orElse("");
        return p.config().gxPrimeClients().stream().anyMatch(origin::equalsIgnoreCase);
    }

    private CompletionStage<DiameterMessage> guarded(RequestContext ctx, DiameterMessage req,
                                                     Supplier<CompletionStage<DiameterMessage>> flow) {
        if (p.forward().loops(req)) {
            p.counters().loops.increment();
            return Forwarding.refuse(ctx, req, ResultCodes.DIAMETER_LOOP_DETECTED,
                    "this request already passed " + ctx.local().originHost() + " (Route-Record)");
        }
        return flow.get().exceptionallyCompose(e -> {
            Throwable cause = Forwarding.unwrap(e);
            if (!(cause instanceof StoreException)) {
                return java.util.concurrent.CompletableFuture.failedFuture(cause);
            }
            LOG.warn("binding store failed: {}", cause.getMessage());
            return Forwarding.refuse(ctx, req, ResultCodes.DIAMETER_UNABLE_TO_DELIVER,
                    "the binding store failed: " + cause.getMessage());
        });
    }
}
