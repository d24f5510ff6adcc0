package io.pcrfd.ocs.sy;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Ts29219;
import io.pcrfd.ocs.account.OcsAccounts;
import io.pcrfd.ocs.account.OcsIdentity;
import io.pcrfd.ocs.account.Subscriber;
import io.pcrfd.ocs.counter.CounterReport;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OCS's end of Sy (TS 29.219 §4.5): spending limit reports requested with SLR, ended with
 * STR. Answers at once on the connection's event loop (the accounts live in memory).
 *
 * <ul>
 *   <li>SLR INITIAL_REQUEST: the Subscription-Id names the account (5030 DIAMETER_USER_UNKNOWN,
 *       an RFC 4006 §9.1 Result-Code, when none does; 5005 when there is no Subscription-Id);
 *       the Policy-Counter-Identifiers listed, or every counter of the account when none is
 *       listed (TS 29.219 §4.5), are subscribed to and reported in SLA.</li>
 *   <li>SLR INTERMEDIATE_REQUEST on an existing session (else 5002): the list replaces the
 *       subscriptions (TS 29.219 §4.5).</li>
 *   <li>A counter the account does not have: Experimental-Result 5570
 *       DIAMETER_ERROR_UNKNOWN_POLICY_COUNTERS (vendor 10415) with the unknown identifiers in
 *       Failed-AVP, and nothing changes; an account with no counter at all: 4241
 *       DIAMETER_ERROR_NO_AVAILABLE_POLICY_COUNTERS.</li>
 *   <li>STR ends the session (TS 29.219 §4.5): 2001, or 5002 for a session the OCS does not hold.</li>
 * </ul>
 */
public final class SyServer {
    private static final Logger LOG = LoggerFactory.getLogger(SyServer.class);

    private final Dictionary dictionary;
    private final OcsIdentity local;
    private final OcsAccounts accounts;
    private final SySessions sessions;
    private final Clock clock;

    public SyServer(Dictionary dictionary, OcsIdentity local, OcsAccounts accounts, SySessions sessions, Clock clock) {
        this.dictionary = dictionary;
        this.local = local;
        this.accounts = accounts;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Answers an SLR. */
    public CompletionStage<DiameterMessage> slr(DiameterMessage r) {
        String id = r.sessionId().orElse("");
        int type = r.avp(Ts29219.SL_REQUEST_TYPE).map(Avp::asInt).orElse(-1);
        return switch (type) {
            case Ts29219.SlRequestType.INITIAL_REQUEST -> done(initial(r, id));
            case Ts29219.SlRequestType.INTERMEDIATE_REQUEST -> done(sessions.get(id)
                    .map(s -> subscribe(r, s, s.subscriber(), a -> { }))
                    .orElseGet(() -> error(r, ResultCodes.DIAMETER_UNKNOWN_SESSION_ID, "no Sy session " + id)));
            default -> done(failed(r, ResultCodes.DIAMETER_INVALID_AVP_VALUE, r.avp(Ts29219.SL_REQUEST_TYPE).orElseThrow(),
                    "SL-Request-Type must be INITIAL_REQUEST (0) or INTERMEDIATE_REQUEST (1)"));
        };
    }

    private DiameterMessage initial(DiameterMessage r, String id) {
        List<String> ids = SyAvps.subscriptionIds(r);
        if (ids.isEmpty()) {
            return failed(r, ResultCodes.DIAMETER_MISSING_AVP, example(), "an initial SLR needs a Subscription-Id");
        }
        Optional<Subscriber> who = accounts.find(ids);
        if (who.isEmpty()) {
            return error(r, ResultCodes.DIAMETER_USER_UNKNOWN, "no account for " + ids);
        }
        String host = r.avp(Rfc6733.ORIGIN_HOST).map(Avp::asUtf8String).orElse("");
        String realm = r.avp(Rfc6733.ORIGIN_REALM).map(Avp::asUtf8String).orElse("");
        SySession s = new SySession(id, host, realm, who.get(), clock.instant());
        return subscribe(r, s, who.get(), sessions::put);
    }

    /** Checks the requested counters; on success subscribes {@code s} to them and keeps it. */
    private DiameterMessage subscribe(DiameterMessage r, SySession s, Subscriber who, Consumer<SySession> keep) {
        List<Avp> asked = r.avps(Ts29219.POLICY_COUNTER_IDENTIFIER);
        List<Avp> unknown = asked.stream().filter(a -> who.counter(a.asUtf8String()).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            return experimental(r, Rfc6733.ExperimentalResultCode.DIAMETER_ERROR_UNKNOWN_POLICY_COUNTERS, unknown);
        }
        List<String> ids = asked.isEmpty() ? who.counterIds()
                : asked.stream().map(Avp::asUtf8String).distinct().toList();
        if (ids.isEmpty()) {
            return experimental(r, Rfc6733.ExperimentalResultCode.DIAMETER_ERROR_NO_AVAILABLE_POLICY_COUNTERS, List.of());
        }
        List<CounterReport> reports = who.reports(ids, clock.instant());
        s.subscribe(ids, reports);
        keep.accept(s);
        LOG.info("Sy session {} of {} subscribes to {}", s.id(), who.id(), ids);
        MessageBuilder b = answer(r).resultCode(ResultCodes.DIAMETER_SUCCESS);
        reports.forEach(rep -> SyAvps.report(b, rep));
        return b.add(Rfc6733.ORIGIN_STATE_ID, local.originStateId()).build();
    }

    /** Answers an STR: the session and its subscriptions end. */
    public CompletionStage<DiameterMessage> str(DiameterMessage r) {
        String id = r.sessionId().orElse("");
        if (sessions.remove(id).isEmpty()) {
            return done(error(r, ResultCodes.DIAMETER_UNKNOWN_SESSION_ID, "no Sy session " + id));
        }
        LOG.info("Sy session {} ended", id);
        return done(MessageBuilder.answer(dictionary, r).originHost(local.originHost()).originRealm(local.originRealm())
                .resultCode(ResultCodes.DIAMETER_SUCCESS).add(Rfc6733.ORIGIN_STATE_ID, local.originStateId()).build());
    }

    private MessageBuilder answer(DiameterMessage r) {
        MessageBuilder b = MessageBuilder.answer(dictionary, r);
        if (r.commandCode() != CommandCodes.SESSION_TERMINATION) {
            b.add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.SY);
        }
        return b.originHost(local.originHost()).originRealm(local.originRealm());
    }

    private DiameterMessage error(DiameterMessage r, long code, String why) {
        return answer(r).resultCode(code).add(Rfc6733.ERROR_MESSAGE, why)
                .add(Rfc6733.ORIGIN_STATE_ID, local.originStateId()).build();
    }

    private DiameterMessage failed(DiameterMessage r, long code, Avp offending, String why) {
        return answer(r).resultCode(code).add(Rfc6733.ERROR_MESSAGE, why)
                .add(Rfc6733.FAILED_AVP, g -> g.add(offending)).add(Rfc6733.ORIGIN_STATE_ID, local.originStateId())
                .build();
    }

    private DiameterMessage experimental(DiameterMessage r, long code, List<Avp> failedAvps) {
        MessageBuilder b = answer(r).experimentalResult(VendorIds.THREE_GPP, code);
        if (!failedAvps.isEmpty()) {
            b.add(Rfc6733.FAILED_AVP, g -> failedAvps.forEach(g::add));
        }
        return b.add(Rfc6733.ORIGIN_STATE_ID, local.originStateId()).build();
    }

    /** A Subscription-Id of minimum length, all zero, to show in Failed-AVP as the missing one (RFC 6733 §7.5). */
    private Avp example() {
        return Avp.grouped(dictionary.definition(Rfc4006.SUBSCRIPTION_ID), List.of(
                Avp.of(dictionary.definition(Rfc4006.SUBSCRIPTION_ID_TYPE), new byte[4]),
                Avp.of(dictionary.definition(Rfc4006.SUBSCRIPTION_ID_DATA), new byte[0])));
    }

    private static CompletionStage<DiameterMessage> done(DiameterMessage m) {
        return CompletableFuture.completedFuture(m);
    }
}
