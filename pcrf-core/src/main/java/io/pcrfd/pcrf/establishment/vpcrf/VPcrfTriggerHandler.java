package io.pcrfd.pcrf.establishment.vpcrf;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.pcrf.establishment.s9a.Identification;
import io.pcrfd.pcrf.establishment.s9a.TriggerTransitions;
import io.pcrfd.store.Claim;
import io.pcrfd.store.Store;
import io.pcrfd.store.model.PendingTrigger;
import io.pcrfd.store.model.TriggerIdentification;
import io.pcrfd.store.model.TriggerState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pcrfd in the V-PCRF role answering the H-PCRF's TER on S9 (TS 29.215 §A.6.1.1.1): TEA 2001
 * and then its own S9 session towards the H-PCRF (CCR-I carrying the IMSI, APN and the UE or
 * H(e)NB local IP so the H-PCRF can match it by content); TEA with Experimental-Result 5471
 * DIAMETER_ERROR_ONGOING_SESSION_ESTABLISHMENT when an establishment for that user (same IMSI
 * and APN, or same local IP) is already under way; 5005 when the TER names no IMSI, since an
 * S9 session cannot be opened without one.
 *
 * <p>The CCR-I is sent on {@code afterAnswer} so that the TEA is written first (the runtime
 * passes the connection's event loop). The establishment under way is a PENDING trigger in the
 * store, keyed by the TER's Session-Id; it becomes MATCHED when the H-PCRF answers the CCR-I
 * with 2001 and FAILED otherwise, releasing the user for the next TER.
 */
public final class VPcrfTriggerHandler {
    private static final Logger LOG = LoggerFactory.getLogger(VPcrfTriggerHandler.class);
    static final long S9 = 16777267L;
    static final long ONGOING_SESSION_ESTABLISHMENT = 5471;
    private static final long TGPP = 10415;

    private final Dictionary dictionary;
    private final String originHost;
    private final String originRealm;
    private final Store store;
    private final Function<DiameterMessage, CompletionStage<DiameterMessage>> sender;
    private final Executor afterAnswer;
    private final Clock clock;
    private final Supplier<String> sessionIds;
    private final Duration timeout;

    public VPcrfTriggerHandler(Dictionary dictionary, String originHost, String originRealm, Store store,
                               Function<DiameterMessage, CompletionStage<DiameterMessage>> sender, Executor afterAnswer,
                               Clock clock, Supplier<String> sessionIds, Duration timeout) {
        this.dictionary = dictionary;
        this.originHost = originHost;
        this.originRealm = originRealm;
        this.store = store;
        this.sender = sender;
        this.afterAnswer = afterAnswer;
        this.clock = clock;
        this.sessionIds = sessionIds;
        this.timeout = timeout;
    }

    /** Handles a TER from the H-PCRF; completes with the TEA. */
    public CompletionStage<DiameterMessage> handleTer(DiameterMessage ter) {
        TriggerIdentification id = Identification.of(ter);
        if (id.imsi() == null) {
            return done(tea(ter).resultCode(ResultCodes.DIAMETER_MISSING_AVP)
                    .add("Error-Message", "TER without an IMSI in Subscription-Id").build());
        }
        TriggerIdentification user = new TriggerIdentification(null, null, null, id.imsi(), id.apn());
        return store.triggers().match(user).thenCompose(ongoing -> ongoing.isPresent()
                ? done(ongoing(ter))
                : claim(ter, id));
    }

    private CompletionStage<DiameterMessage> claim(DiameterMessage ter, TriggerIdentification id) {
        Instant now = clock.instant();
        String hPcrf = ter.avp("Origin-Host").orElseThrow().asUtf8String();
        PendingTrigger t = new PendingTrigger(ter.sessionId().orElseThrow(), id, hPcrf, 1, now.plus(timeout), null, 0,
                now.plus(timeout.multipliedBy(4)));
        return store.triggers().createIfAbsent(t).thenApply(claim -> {
            if (claim instanceof Claim.Held<PendingTrigger>) {
                return ongoing(ter);
            }
            String realm = ter.avp("Origin-Realm").orElseThrow().asUtf8String();
            afterAnswer.execute(() -> openS9(claim.value(), hPcrf, realm));
            return tea(ter).resultCode(ResultCodes.DIAMETER_SUCCESS).build();
        });
    }

    private DiameterMessage ongoing(DiameterMessage ter) {
        LOG.info("TER {} answered 5471: an establishment for that user is under way", ter.sessionId().orElse("?"));
        return tea(ter).experimentalResult(TGPP, ONGOING_SESSION_ESTABLISHMENT).build();
    }

    private void openS9(PendingTrigger t, String hPcrf, String realm) {
        TriggerIdentification id = t.identification();
        MessageBuilder b = MessageBuilder.request(dictionary, S9, "CCR")
                .add("Session-Id", sessionIds.get())
                .add("Auth-Application-Id", S9)
                .originHost(originHost).originRealm(originRealm)
                .add("Destination-Realm", realm).add("Destination-Host", hPcrf)
                .add("CC-Request-Type", "INITIAL_REQUEST").add("CC-Request-Number", 0L)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", id.imsi()));
        if (id.apn() != null) {
            b.add("Called-Station-Id", id.apn());
        }
        localIp(b, id);
        sender.apply(b.build()).handle((cca, e) -> e == null && isSuccess(cca))
                .thenCompose(ok -> {
                    LOG.info("S9 session for trigger {} towards {}: {}", t.triggerId(), hPcrf, ok ? "up" : "failed");
                    return TriggerTransitions.to(store.triggers(), t.triggerId(),
                            ok ? TriggerState.MATCHED : TriggerState.FAILED);
                });
    }

    private static void localIp(MessageBuilder b, TriggerIdentification id) {
        if (id.ueLocalIp() != null) {
            b.add("UE-Local-IP-Address", literal(id.ueLocalIp()));
        } else if (id.henbLocalIp() != null) {
            b.add("HeNB-Local-IP-Address", literal(id.henbLocalIp()));
        }
    }

    private static java.net.InetAddress literal(String ip) {
        try {
            return java.net.InetAddress.getByName(ip); // a literal read from the TER: no lookup
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(ip, e);
        }
    }

    private static boolean isSuccess(DiameterMessage cca) {
        return cca.avp("Result-Code").map(Avp::asUnsigned32).map(ResultCodes::isSuccess).orElse(false);
    }

    private MessageBuilder tea(DiameterMessage ter) {
        return MessageBuilder.answer(dictionary, ter).originHost(originHost).originRealm(originRealm);
    }

    private static <T> CompletionStage<T> done(T v) {
        return CompletableFuture.completedFuture(v);
    }
}
