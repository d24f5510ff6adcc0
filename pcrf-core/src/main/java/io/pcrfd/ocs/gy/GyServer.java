package io.pcrfd.ocs.gy;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.ocs.account.OcsAccounts;
import io.pcrfd.ocs.account.OcsIdentity;
import io.pcrfd.ocs.account.Subscriber;
import io.pcrfd.ocs.credit.Reservation;
import io.pcrfd.pcrf.config.OcsConfig;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OCS's end of Gy (RFC 4006 session-based credit control, application 4, as TS 32.299
 * uses it): CCR INITIAL, UPDATE and TERMINATION with Multiple-Services-Credit-Control, and
 * EVENT. Answers at once on the connection's event loop.
 *
 * <ul>
 *   <li>INITIAL: the Subscription-Id names the account (5005 without one, 5030
 *       DIAMETER_USER_UNKNOWN when none does); each MSCC is handled by {@link GyGrants}.</li>
 *   <li>UPDATE on a known session (else 5002): the MSCCs' usage is committed and the next
 *       intervals reserved.</li>
 *   <li>TERMINATION: the last usage is committed, every other reservation released, the session
 *       ends.</li>
 *   <li>EVENT: each MSCC's Requested-Service-Unit amount (the interval when it names none) is
 *       reserved all or nothing and debited at once (direct debiting, RFC 4006 §6.3); no session
 *       remains.</li>
 * </ul>
 * The command's Result-Code is 2001 when some MSCC succeeded (or there was none), else the MSCCs'
 * own 4012 DIAMETER_CREDIT_LIMIT_REACHED; a failed INITIAL keeps no session. After usage is
 * committed the account's listeners hear of it (the Sy side may send an SNR).
 */
public final class GyServer {
    private static final Logger LOG = LoggerFactory.getLogger(GyServer.class);

    private final Dictionary dictionary;
    private final OcsIdentity local;
    private final OcsAccounts accounts;
    private final GySessions sessions;
    private final GyGrants grants;
    private final Clock clock;

    public GyServer(Dictionary dictionary, OcsIdentity local, OcsConfig config, OcsAccounts accounts,
                    GySessions sessions, Clock clock) {
        this.dictionary = dictionary;
        this.local = local;
        this.accounts = accounts;
        this.sessions = sessions;
        this.grants = new GyGrants(config);
        this.clock = clock;
    }

    /**
     * Ends the sessions of {@code which}: their reservations are released and the accounts' listeners
     * told. Returns how many ended.
     */
    public int end(java.util.function.Predicate<GySession> which, String why) {
        List<GySession> ended = sessions.removeIf(which);
        for (GySession s : ended) {
            s.takeAll().forEach(s.subscriber().credit()::release);
            LOG.info("Gy session {} of {} ended: {}", s.id(), s.clientHost(), why);
        }
        return ended.size();
    }

    /** Answers a CCR. */
    public CompletionStage<DiameterMessage> ccr(DiameterMessage r) {
        int type = r.avp(Rfc4006.CC_REQUEST_TYPE).map(Avp::asInt).orElse(0);
        String id = r.sessionId().orElse("");
        DiameterMessage cca = switch (type) {
            case Rfc4006.CcRequestType.INITIAL_REQUEST, Rfc4006.CcRequestType.EVENT_REQUEST -> opening(r, id, type);
            case Rfc4006.CcRequestType.UPDATE_REQUEST, Rfc4006.CcRequestType.TERMINATION_REQUEST -> sessions.get(id)
                    .map(s -> ongoing(r, s, type))
                    .orElseGet(() -> answer(r, ResultCodes.DIAMETER_UNKNOWN_SESSION_ID).build());
            default -> answer(r, ResultCodes.DIAMETER_INVALID_AVP_VALUE)
                    .add(Rfc6733.FAILED_AVP, g -> g.add(r.avp(Rfc4006.CC_REQUEST_TYPE).orElseThrow())).build();
        };
        return CompletableFuture.completedFuture(cca);
    }

    private DiameterMessage opening(DiameterMessage r, String id, int type) {
        List<String> ids = r.avps(Rfc4006.SUBSCRIPTION_ID).stream()
                .flatMap(s -> s.child(Rfc4006.SUBSCRIPTION_ID_DATA).stream()).map(Avp::asUtf8String).toList();
        if (ids.isEmpty()) {
            return answer(r, ResultCodes.DIAMETER_MISSING_AVP).add(Rfc6733.FAILED_AVP, g -> g.add(subscriptionIdExample()))
                    .build();
        }
        Optional<Subscriber> who = accounts.find(ids);
        if (who.isEmpty()) {
            return answer(r, ResultCodes.DIAMETER_USER_UNKNOWN).build();
        }
        GySession s = new GySession(id, r.avp(Rfc6733.ORIGIN_HOST).map(Avp::asUtf8String).orElse(""), who.get(),
                clock.instant());
        MessageBuilder cca = MessageBuilder.answer(dictionary, r);
        long rc = msccs(r, s, cca, type == Rfc4006.CcRequestType.EVENT_REQUEST);
        if (type == Rfc4006.CcRequestType.EVENT_REQUEST) {
            s.takeAll().forEach(res -> s.subscriber().credit().commit(res, res.units()));
            accounts.changed(s.subscriber());
        } else if (rc == ResultCodes.DIAMETER_SUCCESS) {
            sessions.put(s);
            LOG.info("Gy session {} of {} opened", id, who.get().id());
        } else {
            s.takeAll().forEach(s.subscriber().credit()::release);
        }
        return finish(r, rc, cca);
    }

    private DiameterMessage ongoing(DiameterMessage r, GySession s, int type) {
        s.seen(clock.instant());
        MessageBuilder cca = MessageBuilder.answer(dictionary, r);
        long rc = msccs(r, s, cca, false);
        if (type == Rfc4006.CcRequestType.TERMINATION_REQUEST) {
            List<Reservation> left = s.takeAll();
            left.forEach(s.subscriber().credit()::release);
            sessions.remove(s.id());
            LOG.info("Gy session {} ended", s.id());
            rc = ResultCodes.DIAMETER_SUCCESS;
        }
        accounts.changed(s.subscriber());
        return finish(r, rc, cca);
    }

    /**
     * Handles every MSCC, collecting the answer MSCCs in {@code msccs}; 2001 when one succeeded
     * or there was none, else the MSCCs' code.
     */
    private long msccs(DiameterMessage r, GySession s, MessageBuilder msccs, boolean event) {
        List<Avp> all = r.avps(Rfc4006.MULTIPLE_SERVICES_CREDIT_CONTROL);
        long rc = all.isEmpty() ? ResultCodes.DIAMETER_SUCCESS : ResultCodes.DIAMETER_CREDIT_LIMIT_REACHED;
        for (Avp mscc : all) {
            if (grants.handle(s, mscc, msccs, event) == ResultCodes.DIAMETER_SUCCESS) {
                rc = ResultCodes.DIAMETER_SUCCESS;
            }
        }
        return rc;
    }

    /**
     * The CCA in its grammar's order (Session-Id, Result-Code, identity, request type and number,
     * then the MSCCs collected in {@code msccs}, a scratch builder).
     */
    private DiameterMessage finish(DiameterMessage r, long rc, MessageBuilder msccs) {
        MessageBuilder b = answer(r, rc);
        msccs.build().avps(Rfc4006.MULTIPLE_SERVICES_CREDIT_CONTROL).forEach(b::add);
        return b.build();
    }

    private MessageBuilder answer(DiameterMessage r, long rc) {
        MessageBuilder b = MessageBuilder.answer(dictionary, r).resultCode(rc).originHost(local.originHost())
                .originRealm(local.originRealm()).add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.CREDIT_CONTROL);
        r.avp(Rfc4006.CC_REQUEST_TYPE).ifPresent(b::add);
        r.avp(Rfc4006.CC_REQUEST_NUMBER).ifPresent(b::add);
        return b.add(Rfc6733.ORIGIN_STATE_ID, local.originStateId());
    }

    /** A Subscription-Id of minimum length, all zero, for Failed-AVP (RFC 6733 §7.5). */
    private Avp subscriptionIdExample() {
        return Avp.grouped(dictionary.definition(Rfc4006.SUBSCRIPTION_ID), List.of(
                Avp.of(dictionary.definition(Rfc4006.SUBSCRIPTION_ID_TYPE), new byte[4]),
                Avp.of(dictionary.definition(Rfc4006.SUBSCRIPTION_ID_DATA), new byte[0])));
    }
}
