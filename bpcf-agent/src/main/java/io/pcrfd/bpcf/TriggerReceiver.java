package io.pcrfd.bpcf;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Etsi283034;
import io.pcrfd.diameter.spec.Pcrfd;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Ts29215;
import io.pcrfd.pcrf.establishment.s9a.Identification;
import io.pcrfd.pcrf.establishment.s9a.IdentificationAvps;
import io.pcrfd.store.model.TriggerIdentification;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The BPCF's end of a trigger: a TER (TS 29.215 §A.7.6.6), or the project's own CCR/AAR
 * carrying Session-Establishment-Request (pcrfd.dia; README "Reverse-initiated establishment").
 * Validates, answers at once, then
 * opens its own S9a session towards the PCRF named in PCRF-Address (a TER's, TS 29.215
 * §A.7.6.6), else towards Origin-Host (the CCR and AAR carry no PCRF-Address, which their
 * grammars do not name), on {@code afterAnswer}, so the answer is written before the CCR-I.
 *
 * <p>The access line is the one whose prefix holds the local IP (longest prefix), else the one
 * whose {@code logicalAccessId} equals the trigger's Logical-Access-ID (ETSI ES 283 034 §7.3.3,
 * which the PCRF copies from the Gx session; M clear, admitted by {@code * [ AVP ]}).
 *
 * <ul>
 *   <li>no UE- or HeNB-Local-IP-Address: 5005 DIAMETER_MISSING_AVP (the line cannot be found);</li>
 *   <li>a local IP on no configured access line, and no line with the trigger's
 *       Logical-Access-ID: 5030 DIAMETER_USER_UNKNOWN;</li>
 *   <li>an S9a session already serving that local IP: 2001 and no second session (TS 29.213
 *       §E.4.2.1 allows the PCRF to re-trigger; the existing session already serves it);</li>
 *   <li>a CCR without the indication: 5012 UNABLE_TO_COMPLY (a BPCF serves no CCR otherwise);
 *       a CCR-T of a trigger session: 2001, nothing to open.</li>
 * </ul>
 */
public final class TriggerReceiver {
    private static final Logger LOG = LoggerFactory.getLogger(TriggerReceiver.class);
    private static final int TERMINATION = 3;

    private final BpcfContext ctx;
    private final BpcfSessions sessions;

    public TriggerReceiver(BpcfContext ctx, BpcfSessions sessions) {
        this.ctx = ctx;
        this.sessions = sessions;
    }

    /** Handles a TER, CCR or AAR trigger; completes with the TEA, CCA or AAA. */
    public CompletionStage<DiameterMessage> handle(DiameterMessage request) {
        MessageBuilder answer = answer(request);
        boolean isTer = "TER".equals(request.name());
        if (!isTer && request.avp(Pcrfd.SESSION_ESTABLISHMENT_REQUEST).isEmpty()) {
            return done(answer.resultCode(isTermination(request) ? ResultCodes.DIAMETER_SUCCESS
                    : ResultCodes.DIAMETER_UNABLE_TO_COMPLY).build());
        }
        TriggerIdentification id = Identification.of(request);
        if (id.localIp() == null) {
            return done(answer.resultCode(ResultCodes.DIAMETER_MISSING_AVP)
                    .add(Rfc6733.ERROR_MESSAGE, "no UE-Local-IP-Address or HeNB-Local-IP-Address").build());
        }
        String accessId = logicalAccessId(request);
        Optional<String> line = ctx.lines().lineFor(IdentificationAvps.literal(id.localIp()), accessId);
        if (line.isEmpty()) {
            return done(answer.resultCode(ResultCodes.DIAMETER_USER_UNKNOWN).add(Rfc6733.ERROR_MESSAGE,
                    "no broadband access line serves " + id.localIp()
                            + (accessId == null ? "" : " or Logical-Access-ID " + accessId)).build());
        }
        if (sessions.forLocalIp(id.localIp()).isEmpty()) {
            String pcrf = request.avp(Ts29215.PCRF_ADDRESS).or(() -> request.avp(Rfc6733.ORIGIN_HOST)).orElseThrow().asUtf8String();
            String realm = request.avp(Rfc6733.ORIGIN_REALM).orElseThrow().asUtf8String();
            LOG.info("{} {} accepted: opening S9a towards {} on line {}", request.name(), request.sessionId().orElse("?"),
                    pcrf, line.get());
            ctx.afterAnswer().execute(() -> sessions.open(pcrf, realm, line.get(), id));
        }
        return done(answer.resultCode(ResultCodes.DIAMETER_SUCCESS).build());
    }

    private MessageBuilder answer(DiameterMessage request) {
        MessageBuilder b = MessageBuilder.answer(ctx.dictionary(), request).originHost(ctx.originHost())
                .originRealm(ctx.originRealm());
        switch (request.name()) {
            case "CCR" -> b.add(Rfc6733.AUTH_APPLICATION_ID, request.applicationId())
                    .add(request.avp(Rfc4006.CC_REQUEST_TYPE).orElseThrow())
                    .add(request.avp(Rfc4006.CC_REQUEST_NUMBER).orElseThrow());
            case "AAR" -> {
                b.add(Rfc6733.AUTH_APPLICATION_ID, request.applicationId());
                request.avp(Rfc6733.AUTH_SESSION_STATE).ifPresent(b::add);
            }
            default -> { }
        }
        return b;
    }

    /** Logical-Access-ID as text: configured ids are circuit-id strings (ETSI ES 283 034 §7.3.3). */
    private static String logicalAccessId(DiameterMessage request) {
        return request.avp(Etsi283034.LOGICAL_ACCESS_ID)
                .map(a -> new String(a.data(), java.nio.charset.StandardCharsets.UTF_8)).orElse(null);
    }

    private static boolean isTermination(DiameterMessage request) {
        return request.avp(Rfc4006.CC_REQUEST_TYPE).map(Avp::asInt).orElse(0) == TERMINATION;
    }

    private static CompletionStage<DiameterMessage> done(DiameterMessage m) {
        return CompletableFuture.completedFuture(m);
    }
}
