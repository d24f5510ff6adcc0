package io.pcrfd.pcrf.rx;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Ts29214;
import io.pcrfd.pcrf.gx.GxPolicyPusher;
import io.pcrfd.pcrf.gx.InvalidRequestException;
import io.pcrfd.pcrf.policy.MediaKind;
import io.pcrfd.pcrf.policy.ResultCode;
import io.pcrfd.store.CasResult;
import io.pcrfd.store.model.AfSession;
import io.pcrfd.store.model.IpCanSession;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AAR and STR (TS 29.214 §4.4.1, §4.4.2, §4.4.4). An AAR for a new Session-Id opens an AF session
 * bound to its IP-CAN session; one for a known Session-Id modifies it (its binding stays). Either
 * way the media are checked against the policy, the PCC rules derived, the AF session stored, and
 * the bound Gx session decided again and pushed by RAR; the AAA follows the RAA:
 *
 * <pre>
 *  AAR -&gt; parse (5005/5004/5014, 5061, 5062) -&gt; bind (5065) -&gt; policy (5063) -&gt; store
 *      -&gt; Gx RAR (Charging-Rule-Install) -&gt; RAA -&gt; AAA 2001
 *                                                 (Gx session gone: 5065; RAR refused/unanswered: 5012)
 *  STR -&gt; AF session removed -&gt; STA 2001 (unknown: 5002) -&gt; Gx RAR (Charging-Rule-Remove)
 * </pre>
 */
final class AfSessionService {
    private static final Logger LOG = LoggerFactory.getLogger(AfSessionService.class);
    static final ResultCode IP_CAN_SESSION_NOT_AVAILABLE = new ResultCode(VendorIds.THREE_GPP,
            Rfc6733.ExperimentalResultCode.IP_CAN_SESSION_NOT_AVAILABLE);
    static final ResultCode REQUESTED_SERVICE_NOT_AUTHORIZED = new ResultCode(VendorIds.THREE_GPP,
            Rfc6733.ExperimentalResultCode.REQUESTED_SERVICE_NOT_AUTHORIZED);
    static final ResultCode UNABLE_TO_COMPLY = new ResultCode(VendorIds.IETF, ResultCodes.DIAMETER_UNABLE_TO_COMPLY);
    private static final int CAS_ATTEMPTS = 3;

    private final RxContext ctx;
    private final RxRequestParser parser;
    private final GxBinding binding;
    private final RxNotifier notifier;

    AfSessionService(RxContext ctx, RxRequestParser parser, RxNotifier notifier) {
        this.ctx = ctx;
        this.parser = parser;
        this.binding = new GxBinding(ctx.store().sessions());
        this.notifier = notifier;
    }

    CompletionStage<DiameterMessage> aar(DiameterMessage aar) {
        AaRequest r;
        try {
            r = parser.parse(aar);
        } catch (InvalidRequestException e) {
            LOG.info("peer={} AAR {} refused: {}", aar.avp(Rfc6733.ORIGIN_HOST).map(Avp::asUtf8String).orElse("?"),
                    aar.hopByHop(), e.error());
            return RxContext.done(ctx.answers().error(aar, e.error()));
        } catch (RxRefusal e) {
            return RxContext.done(refuse(aar, e));
        }
        return ctx.store().afSessions().get(r.sessionId()).thenCompose(found -> found.isPresent()
                ? modify(aar, r, found.get(), CAS_ATTEMPTS) : open(aar, r));
    }

    private CompletionStage<DiameterMessage> open(DiameterMessage aar, AaRequest r) {
        return binding.find(r).thenCompose(gx -> {
            if (gx.isEmpty()) {
                return RxContext.done(refuse(aar, new RxRefusal(IP_CAN_SESSION_NOT_AVAILABLE, null,
                        "no IP-CAN session for the UE of this AAR")));
            }
            return authorise(aar, r, gx.get()).thenCompose(state -> {
                Instant now = ctx.clock().instant();
                AfSession af = new AfSession(r.sessionId(), 0, gx.get().sessionId(), r.afHost(), r.afRealm(),
                        r.afApplicationId(), r.specificActions(), state.encode(), now, now, gx.get().expiresAt());
                return ctx.store().afSessions().create(af).thenCompose(created -> created
                        ? provision(aar, af)
                        : aar(aar)); // a racing AAR of the same Session-Id created it: modify instead
            });
        }).exceptionally(failure -> refusal(aar, failure));
    }

    private CompletionStage<DiameterMessage> modify(DiameterMessage aar, AaRequest r, AfSession was, int attempts) {
        return ctx.store().sessions().get(was.gxSessionId()).thenCompose(gx -> {
            if (gx.isEmpty()) {
                return RxContext.done(refuse(aar, new RxRefusal(IP_CAN_SESSION_NOT_AVAILABLE, null,
                        "the IP-CAN session of this AF session has ended")));
            }
            return authorise(aar, r, gx.get()).thenCompose(state -> {
                AfSession next = was.updated(r.afApplicationId() != null ? r.afApplicationId() : was.afApplicationId(),
                        r.specificActions().isEmpty() ? was.specificActions() : r.specificActions(), state.encode(),
                        ctx.clock().instant(), gx.get().expiresAt());
                return ctx.store().afSessions().update(next).thenCompose(cas -> switch (cas) {
                    case CasResult.Applied<AfSession> applied -> provision(aar, applied.value());
                    case CasResult.Stale<AfSession> stale when attempts > 1 ->
                            modify(aar, r, stale.current(), attempts - 1);
                    case CasResult.Stale<AfSession> stale -> RxContext.done(refuse(aar,
                            new RxRefusal(UNABLE_TO_COMPLY, null, "the AF session kept changing")));
                    case CasResult.Missing<AfSession> missing -> open(aar, r);
                });
            });
        }).exceptionally(failure -> refusal(aar, failure));
    }

    /** The policy's verdict on the media (5063), then the rules; fails with {@link RxRefusal}. */
    private CompletionStage<RxServiceState> authorise(DiameterMessage aar, AaRequest r, IpCanSession gx) {
        return ctx.gx().refusedMedia(gx).thenApply(refused -> {
            for (MediaComponent c : r.media()) {
                if (c.kind() != null && refused.contains(c.kind())) {
                    throw new RxRefusal(REQUESTED_SERVICE_NOT_AUTHORIZED, componentAvp(aar, c.number()),
                            c.kind().name().toLowerCase(java.util.Locale.ROOT) + " is not authorised for this"
                                    + " subscriber and APN");
                }
            }
            return new RxServiceState(r.media().stream().map(MediaComponent::kind).toList(), r.preliminary(),
                    MediaRules.derive(r.sessionId(), r.media(), r.preliminary()));
        });
    }

    /** Pushes the AF session's rules to its Gx session; the AAA reflects the RAA. */
    private CompletionStage<DiameterMessage> provision(DiameterMessage aar, AfSession af) {
        notifier.answering(af.sessionId());
        return ctx.gx().pusher().push(af.gxSessionId(), GxPolicyPusher.Reason.RX_REQUEST).thenCompose(outcome -> {
            LOG.info("Session-Id={} AAR from {}: Gx session {} {}", af.sessionId(), af.afHost(), af.gxSessionId(),
                    outcome);
            return switch (outcome) {
                case APPLIED, NOTHING_TO_SEND, RULES_FAILED -> RxContext.done(ctx.answers().success(aar));
                case SESSION_UNKNOWN, SESSION_REMOVED -> withdraw(aar, af, IP_CAN_SESSION_NOT_AVAILABLE,
                        "the IP-CAN session has ended");
                case REFUSED_BY_PCEF, UNANSWERED, RELEASE_REQUESTED -> withdraw(aar, af, UNABLE_TO_COMPLY,
                        "the PCEF did not accept the PCC rules (" + outcome + ")");
            };
        }).whenComplete((answer, failure) -> notifier.answered(af.sessionId()));
    }

    /** The rules never reached the PCEF: the AF session goes, so no later decision installs them. */
    private CompletionStage<DiameterMessage> withdraw(DiameterMessage aar, AfSession af, ResultCode code, String why) {
        return ctx.store().afSessions().remove(af.sessionId())
                .thenApply(x -> refuse(aar, new RxRefusal(code, null, why)));
    }

    CompletionStage<DiameterMessage> str(DiameterMessage str) {
        String sid = str.avp(Rfc6733.SESSION_ID).map(Avp::asUtf8String).orElse("");
        return ctx.store().afSessions().remove(sid).thenApply(removed -> {
            if (removed.isEmpty()) {
                LOG.info("Session-Id={} STR for an unknown AF session: 5002", sid);
                return ctx.answers().refuse(str, new ResultCode(VendorIds.IETF,
                        ResultCodes.DIAMETER_UNKNOWN_SESSION_ID), null, null);
            }
            AfSession af = removed.get();
            LOG.info("Session-Id={} STR from {}: removing its rules from Gx session {}", sid, af.afHost(),
                    af.gxSessionId());
            ctx.afterAnswer().execute(() -> ctx.gx().pusher().push(af.gxSessionId(),
                    GxPolicyPusher.Reason.RX_REQUEST));
            return ctx.answers().success(str);
        });
    }

    private DiameterMessage refusal(DiameterMessage aar, Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof RxRefusal refusal) {
            return refuse(aar, refusal);
        }
        LOG.error("AAR {} failed: {}", aar.hopByHop(), cause.toString());
        return refuse(aar, new RxRefusal(UNABLE_TO_COMPLY, null, "the PCRF could not handle the AAR"));
    }

    private DiameterMessage refuse(DiameterMessage aar, RxRefusal e) {
        LOG.info("Session-Id={} AAR refused with {}: {}", aar.avp(Rfc6733.SESSION_ID).map(Avp::asUtf8String)
                .orElse("?"), e.result(), e.getMessage());
        return ctx.answers().refuse(aar, e.result(), e.failedAvp(), e.getMessage());
    }

    private static Avp componentAvp(DiameterMessage aar, long number) {
        return aar.avps(Ts29214.MEDIA_COMPONENT_DESCRIPTION).stream()
                .filter(m -> m.child(Ts29214.MEDIA_COMPONENT_NUMBER).map(Avp::asUnsigned32).orElse(-1L) == number)
                .findFirst().orElse(null);
    }
}
