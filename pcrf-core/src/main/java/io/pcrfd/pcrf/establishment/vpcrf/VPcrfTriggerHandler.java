package io.pcrfd.pcrf.establishment.vpcrf;

import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.pcrf.establishment.s9a.Identification;
import io.pcrfd.pcrf.establishment.s9a.IdentificationAvps;
import io.pcrfd.pcrf.establishment.s9a.TriggerTransitions;
import io.pcrfd.store.Claim;
import io.pcrfd.store.model.PendingTrigger;
import io.pcrfd.store.model.TriggerIdentification;
import io.pcrfd.store.model.TriggerState;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pcrfd in the V-PCRF role answering the H-PCRF's TER on S9 (TS 29.215 §A.6.1.1.1): TEA 2001
 * and then its own S9 session towards the H-PCRF (CCR-I carrying the IMSI, APN and the UE or
 * H(e)NB local IP so the H-PCRF can match it by content, the APN and local IP inside a
 * Subsession-Enforcement-Info as the S9 CC-Request grammar takes them, TS 29.215 §5.6.2); TEA
 * with Experimental-Result 5471
 * DIAMETER_ERROR_ONGOING_SESSION_ESTABLISHMENT when an establishment for that user (same IMSI
 * and APN, or same local IP) is already under way; 5005 when the TER names no IMSI, since an
 * S9 session cannot be opened without one.
 *
 * <p>The CCR-I is sent on {@code afterAnswer} so that the TEA is written first (the runtime
 * passes the connection's event loop). The establishment under way is a PENDING trigger in the
 * store, keyed by the TER's Session-Id; it becomes MATCHED when the H-PCRF answers the CCR-I
 * with 2001 and FAILED otherwise, releasing the user for the next TER. The session's life after
 * the CCA-I is {@link VisitedS9Sessions}'.
 */
public final class VPcrfTriggerHandler {
    private static final Logger LOG = LoggerFactory.getLogger(VPcrfTriggerHandler.class);
    static final long ONGOING_SESSION_ESTABLISHMENT =
            Rfc6733.ExperimentalResultCode.DIAMETER_ERROR_ONGOING_SESSION_ESTABLISHMENT;
    private static final long TGPP = VendorIds.THREE_GPP;

    private final VPcrfContext ctx;
    private final VisitedS9Sessions sessions;
    private final Supplier<String> sessionIds;
    private final Duration timeout;

    public VPcrfTriggerHandler(VPcrfContext ctx, VisitedS9Sessions sessions, Supplier<String> sessionIds,
                               Duration timeout) {
        this.ctx = ctx;
        this.sessions = sessions;
        this.sessionIds = sessionIds;
        this.timeout = timeout;
    }

    /** Handles a TER from the H-PCRF; completes with the TEA. */
    public CompletionStage<DiameterMessage> handleTer(DiameterMessage ter) {
        TriggerIdentification id = Identification.of(ter);
        if (id.imsi() == null) {
            return done(ctx.answer(ter).resultCode(ResultCodes.DIAMETER_MISSING_AVP)
                    .add(Rfc6733.ERROR_MESSAGE, "TER without an IMSI in Subscription-Id").build());
        }
        TriggerIdentification user = new TriggerIdentification(null, null, null, id.imsi(), id.apn());
        return ctx.store().triggers().match(user).thenCompose(ongoing -> ongoing.isPresent()
                ? done(ongoing(ter))
                : claim(ter, id));
    }

    private CompletionStage<DiameterMessage> claim(DiameterMessage ter, TriggerIdentification id) {
        Instant now = ctx.clock().instant();
        String hPcrf = ter.avp(Rfc6733.ORIGIN_HOST).orElseThrow().asUtf8String();
        PendingTrigger t = new PendingTrigger(ter.sessionId().orElseThrow(), id, hPcrf, 1, now.plus(timeout), null, 0,
                now.plus(timeout.multipliedBy(4)));
        return ctx.store().triggers().createIfAbsent(t).thenApply(claim -> {
            if (claim instanceof Claim.Held<PendingTrigger>) {
                return ongoing(ter);
            }
            String realm = ter.avp(Rfc6733.ORIGIN_REALM).orElseThrow().asUtf8String();
            ctx.afterAnswer().execute(() -> openS9(claim.value(), hPcrf, realm));
            return ctx.answer(ter).resultCode(ResultCodes.DIAMETER_SUCCESS).build();
        });
    }

    private DiameterMessage ongoing(DiameterMessage ter) {
        LOG.info("TER {} answered 5471: an establishment for that user is under way", ter.sessionId().orElse("?"));
        return ctx.answer(ter).experimentalResult(TGPP, ONGOING_SESSION_ESTABLISHMENT).build();
    }

    private void openS9(PendingTrigger t, String hPcrf, String realm) {
        String sid = sessionIds.get();
        MessageBuilder b = MessageBuilder.request(ctx.dictionary(), VPcrfContext.S9, "CCR")
                .add(Rfc6733.SESSION_ID, sid)
                .add(Rfc6733.AUTH_APPLICATION_ID, VPcrfContext.S9)
                .originHost(ctx.originHost()).originRealm(ctx.originRealm())
                .add(Rfc6733.DESTINATION_REALM, realm).add(Rfc6733.DESTINATION_HOST, hPcrf)
                .add(Rfc4006.CC_REQUEST_TYPE, Rfc4006.CcRequestType.INITIAL_REQUEST).add(Rfc4006.CC_REQUEST_NUMBER, 0L);
        IdentificationAvps.s9Ccr(b, t.identification());
        ctx.send(b.build()).handle((cca, e) -> e == null && isSuccess(cca) ? cca : null)
                .thenCompose(cca -> {
                    LOG.info("S9 session {} for trigger {} towards {}: {}", sid, t.triggerId(), hPcrf,
                            cca != null ? "up" : "failed");
                    CompletionStage<Void> up = cca == null ? done(null)
                            : sessions.opened(sid, hPcrf, realm, t.identification(), cca);
                    return up.thenCompose(x -> TriggerTransitions.to(ctx.store().triggers(), t.triggerId(),
                            cca != null ? TriggerState.MATCHED : TriggerState.FAILED));
                });
    }

    private static boolean isSuccess(DiameterMessage cca) {
        return cca.avp(Rfc6733.RESULT_CODE).map(Avp::asUnsigned32).map(ResultCodes::isSuccess).orElse(false);
    }

    private static <T> CompletionStage<T> done(T v) {
        return CompletableFuture.completedFuture(v);
    }
}
