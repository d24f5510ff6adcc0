package io.pcrfd.pcrf.sy;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Ts29219;
import io.pcrfd.pcrf.policy.SubscriptionId;
import io.pcrfd.store.model.SySession.PendingStatus;
import io.pcrfd.store.model.SySession.PolicyCounter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Sy messages of the PCRF side (TS 29.219 §5.6), built and read through the dictionary's
 * handles; flags and vendor ids come from {@code ts29219.dia}.
 *
 * <pre>
 * SLR (§5.6): Session-Id, Auth-Application-Id 16777302, Origin-Host/Realm, Destination-Realm,
 *     [Destination-Host], SL-Request-Type, Subscription-Id, Policy-Counter-Identifier*
 * STR: the same identity, Termination-Cause
 * SNA: Session-Id, Origin-Host/Realm, Result-Code
 * </pre>
 */
final class SyMessages {
    private final Dictionary dictionary;
    private final String originHost;
    private final String originRealm;
    private final String ocsRealm;

    SyMessages(Dictionary dictionary, String originHost, String originRealm, String ocsRealm) {
        this.dictionary = dictionary;
        this.originHost = originHost;
        this.originRealm = originRealm;
        this.ocsRealm = ocsRealm;
    }

    /**
     * A Spending-Limit-Request; every counter is listed, so an intermediate request carries the
     * whole new subscription (TS 29.219 §4.5, intermediate request: counters left out are unsubscribed).
     */
    DiameterMessage slr(String sessionId, String ocsHost, int type, SubscriptionId subscriber,
                        Collection<String> counters) {
        MessageBuilder b = header(sessionId, ocsHost, "SLR").add(Ts29219.SL_REQUEST_TYPE, type)
                .add(Rfc4006.SUBSCRIPTION_ID, g -> g.add(Rfc4006.SUBSCRIPTION_ID_TYPE, subscriber.type().code())
                        .add(Rfc4006.SUBSCRIPTION_ID_DATA, subscriber.data()));
        counters.stream().sorted().forEach(c -> b.add(Ts29219.POLICY_COUNTER_IDENTIFIER, c));
        return b.build();
    }

    /** The final Spending-Limit-Report (STR; TS 29.219 §4.5, §5.6). */
    DiameterMessage str(String sessionId, String ocsHost, int terminationCause) {
        return header(sessionId, ocsHost, "STR").add(Rfc6733.TERMINATION_CAUSE, terminationCause).build();
    }

    /** The answer to an SNR. */
    DiameterMessage sna(DiameterMessage snr, long resultCode) {
        return MessageBuilder.answer(dictionary, snr).originHost(originHost).originRealm(originRealm)
                .resultCode(resultCode).build();
    }

    private MessageBuilder header(String sessionId, String ocsHost, String command) {
        MessageBuilder b = MessageBuilder.request(dictionary, ApplicationIds.SY, command)
                .add(Rfc6733.SESSION_ID, sessionId)
                .add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.SY)
                .originHost(originHost).originRealm(originRealm)
                .add(Rfc6733.DESTINATION_REALM, ocsRealm);
        if (ocsHost != null) {
            b.add(Rfc6733.DESTINATION_HOST, ocsHost);
        }
        return b;
    }

    /**
     * The Policy-Counter-Status-Reports of an SLA or SNR by counter (§5.3.3), each with its
     * pending statuses sorted by change time (§5.3.5).
     */
    static Map<String, PolicyCounter> reports(DiameterMessage m) {
        Map<String, PolicyCounter> out = new LinkedHashMap<>();
        for (Avp report : m.avps(Ts29219.POLICY_COUNTER_STATUS_REPORT)) {
            String id = report.child(Ts29219.POLICY_COUNTER_IDENTIFIER).map(Avp::asUtf8String).orElse(null);
            String status = report.child(Ts29219.POLICY_COUNTER_STATUS).map(Avp::asUtf8String).orElse(null);
            if (id != null && status != null) {
                out.put(id, new PolicyCounter(status, pending(report)));
            }
        }
        return out;
    }

    private static List<PendingStatus> pending(Avp report) {
        List<PendingStatus> out = new ArrayList<>();
        for (Avp p : report.children(Ts29219.PENDING_POLICY_COUNTER_INFORMATION)) {
            String status = p.child(Ts29219.POLICY_COUNTER_STATUS).map(Avp::asUtf8String).orElse(null);
            var at = p.child(Ts29219.PENDING_POLICY_COUNTER_CHANGE_TIME).map(Avp::asTime).orElse(null);
            if (status != null && at != null) {
                out.add(new PendingStatus(status, at));
            }
        }
        out.sort(Comparator.comparing(PendingStatus::changeTime));
        return out;
    }

    /** The answer's Origin-Host. */
    static String originHost(DiameterMessage m) {
        return m.avp(Rfc6733.ORIGIN_HOST).map(Avp::asUtf8String).orElse(null);
    }

    /** The answer's Origin-State-Id, 0 when absent. */
    static long originStateId(DiameterMessage m) {
        return m.avp(Rfc6733.ORIGIN_STATE_ID).map(Avp::asUnsigned32).orElse(0L);
    }
}
