package io.pcrfd.it.ocs;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.GroupedAvpBuilder;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Ts29219;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Sy and Gy requests as a PCRF and a gateway send them, and readers for the OCS's answers. */
final class OcsWire {
    static final Dictionary DICT = Dictionary.standard();
    static final String REALM = "e2e.example";
    static final String OCS_REALM = "e2e.example";

    private OcsWire() {
    }

    /** SLR (TS 29.219 §5.6.2) of {@code type} naming {@code counters} (none: all). */
    static DiameterMessage slr(String origin, String session, int type, String subscriber, String... counters) {
        MessageBuilder b = MessageBuilder.request(DICT, ApplicationIds.SY, "SLR").add(Rfc6733.SESSION_ID, session)
                .add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.SY).originHost(origin).originRealm(REALM)
                .add(Rfc6733.DESTINATION_REALM, OCS_REALM).add(Ts29219.SL_REQUEST_TYPE, type);
        if (subscriber != null) {
            b.add(Rfc4006.SUBSCRIPTION_ID, g -> g.add(Rfc4006.SUBSCRIPTION_ID_TYPE, Rfc4006.SubscriptionIdType.END_USER_IMSI)
                    .add(Rfc4006.SUBSCRIPTION_ID_DATA, subscriber));
        }
        for (String c : counters) {
            b.add(Ts29219.POLICY_COUNTER_IDENTIFIER, c);
        }
        return b.build();
    }

    static DiameterMessage str(String origin, String session) {
        return MessageBuilder.request(DICT, ApplicationIds.SY, "STR").add(Rfc6733.SESSION_ID, session).originHost(origin)
                .originRealm(REALM).add(Rfc6733.DESTINATION_REALM, OCS_REALM)
                .add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.SY)
                .add(Rfc6733.TERMINATION_CAUSE, 1).build();
    }

    /** A Gy CCR with one MSCC per {@code msccs} entry. */
    @SafeVarargs
    static DiameterMessage ccr(String origin, String session, int type, int number, String subscriber,
                               Consumer<GroupedAvpBuilder>... msccs) {
        MessageBuilder b = MessageBuilder.request(DICT, ApplicationIds.CREDIT_CONTROL, "CCR").add(Rfc6733.SESSION_ID, session)
                .originHost(origin).originRealm(REALM).add(Rfc6733.DESTINATION_REALM, OCS_REALM)
                .add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.CREDIT_CONTROL)
                .add(Rfc4006.SERVICE_CONTEXT_ID, "32251@3gpp.org").add(Rfc4006.CC_REQUEST_TYPE, type)
                .add(Rfc4006.CC_REQUEST_NUMBER, number);
        if (subscriber != null) {
            b.add(Rfc4006.SUBSCRIPTION_ID, g -> g.add(Rfc4006.SUBSCRIPTION_ID_TYPE, Rfc4006.SubscriptionIdType.END_USER_IMSI)
                    .add(Rfc4006.SUBSCRIPTION_ID_DATA, subscriber));
        }
        for (Consumer<GroupedAvpBuilder> m : msccs) {
            b.add(Rfc4006.MULTIPLE_SERVICES_CREDIT_CONTROL, m);
        }
        return b.build();
    }

    /** An MSCC asking for the rating group's next interval in octets, reporting {@code used} octets (negative: none). */
    static Consumer<GroupedAvpBuilder> octets(long ratingGroup, long used, boolean request) {
        return g -> {
            if (request) {
                g.add(Rfc4006.REQUESTED_SERVICE_UNIT, r -> r.add(Rfc4006.CC_TOTAL_OCTETS, 0));
            }
            if (used >= 0) {
                g.add(Rfc4006.USED_SERVICE_UNIT, u -> u.add(Rfc4006.CC_TOTAL_OCTETS, used));
            }
            g.add(Rfc4006.RATING_GROUP, ratingGroup);
        };
    }

    static long resultCode(DiameterMessage m) {
        return m.avp(Rfc6733.RESULT_CODE).map(Avp::asUnsigned32).orElse(-1L);
    }

    static long experimentalResult(DiameterMessage m) {
        return m.avp(Rfc6733.EXPERIMENTAL_RESULT).flatMap(e -> e.child(Rfc6733.EXPERIMENTAL_RESULT_CODE))
                .map(Avp::asUnsigned32).orElse(-1L);
    }

    static long originStateId(DiameterMessage m) {
        return m.avp(Rfc6733.ORIGIN_STATE_ID).map(Avp::asUnsigned32).orElseThrow();
    }

    /** Counter id to status, in the order of the message's Policy-Counter-Status-Reports. */
    static Map<String, String> statuses(DiameterMessage m) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Avp r : m.avps(Ts29219.POLICY_COUNTER_STATUS_REPORT)) {
            out.put(r.child(Ts29219.POLICY_COUNTER_IDENTIFIER).orElseThrow().asUtf8String(),
                    r.child(Ts29219.POLICY_COUNTER_STATUS).orElseThrow().asUtf8String());
        }
        return out;
    }

    /** The pending statuses of one counter's report: status and change time. */
    static List<Map.Entry<String, Instant>> pending(DiameterMessage m, String counter) {
        return m.avps(Ts29219.POLICY_COUNTER_STATUS_REPORT).stream()
                .filter(r -> r.child(Ts29219.POLICY_COUNTER_IDENTIFIER).orElseThrow().asUtf8String().equals(counter))
                .flatMap(r -> r.children(Ts29219.PENDING_POLICY_COUNTER_INFORMATION).stream())
                .map(p -> Map.entry(p.child(Ts29219.POLICY_COUNTER_STATUS).orElseThrow().asUtf8String(),
                        p.child(Ts29219.PENDING_POLICY_COUNTER_CHANGE_TIME).orElseThrow().asTime()))
                .toList();
    }

    /** The MSCC of {@code ratingGroup} in a CCA. */
    static Avp mscc(DiameterMessage cca, long ratingGroup) {
        return cca.avps(Rfc4006.MULTIPLE_SERVICES_CREDIT_CONTROL).stream()
                .filter(m -> m.child(Rfc4006.RATING_GROUP).map(Avp::asUnsigned32).orElse(-1L) == ratingGroup)
                .findFirst().orElseThrow(() -> new AssertionError("no MSCC for rating group " + ratingGroup + " in " + cca));
    }

    static long grantedOctets(Avp mscc) {
        return mscc.child(Rfc4006.GRANTED_SERVICE_UNIT).flatMap(g -> g.child(Rfc4006.CC_TOTAL_OCTETS))
                .map(a -> a.asUnsigned64().longValueExact()).orElse(-1L);
    }
}
