package io.pcrfd.diameter.bench;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.AvpView;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.GroupedAvpBuilder;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Rfc7155;
import io.pcrfd.diameter.spec.Ts29061;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.spec.Ts29214;

/**
 * The same CCA-I as {@link GxMessages#ccaInitial} built through the generated handles, and
 * the fields a PCRF reads from a CCR-I, read once through handles and once through names.
 */
final class TypedGxMessages {
    private TypedGxMessages() {
    }

    static DiameterMessage ccaInitial(Dictionary d, DiameterMessage ccr) {
        return MessageBuilder.answer(d, ccr)
                .add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.GX)
                .add(Rfc6733.ORIGIN_HOST, "pcrf.mnc001.mcc001.3gppnetwork.org")
                .add(Rfc6733.ORIGIN_REALM, "mnc001.mcc001.3gppnetwork.org")
                .add(Rfc6733.RESULT_CODE, ResultCodes.DIAMETER_SUCCESS)
                .add(Rfc4006.CC_REQUEST_TYPE, Rfc4006.CcRequestType.INITIAL_REQUEST)
                .add(Rfc4006.CC_REQUEST_NUMBER, 0)
                .add(Ts29212.CHARGING_RULE_INSTALL, g -> {
                    for (int i = 1; i <= 3; i++) {
                        int n = i;
                        g.add(Ts29212.CHARGING_RULE_DEFINITION, r -> rule(r, n));
                    }
                })
                .add(Ts29212.DEFAULT_EPS_BEARER_QOS, g -> g.add(Ts29212.QOS_CLASS_IDENTIFIER,
                        Ts29212.QosClassIdentifier.QCI_9).add(Ts29212.ALLOCATION_RETENTION_PRIORITY, TypedGxMessages::arp))
                .add(Ts29212.QOS_INFORMATION, g -> g.add(Ts29212.APN_AGGREGATE_MAX_BITRATE_UL, 50_000_000L)
                        .add(Ts29212.APN_AGGREGATE_MAX_BITRATE_DL, 150_000_000L))
                .add(Ts29212.EVENT_TRIGGER, Ts29212.EventTrigger.RAT_CHANGE)
                .build();
    }

    /**
     * The AVPs of {@link #ccaInitial} that are the same in every answer of a plan (head,
     * rules, bearer QoS, AMBR, trigger), built once: a server builds them per plan value and
     * shares them, since an {@link Avp} is immutable.
     */
    record Shared(Avp[] avps) {
        static Shared of(Dictionary d) {
            DiameterMessage once = ccaInitial(d, GxMessages.ccrInitial(d));
            java.util.List<Avp> keep = new java.util.ArrayList<>();
            for (Avp a : once.avps()) {
                if (!a.is(Rfc6733.SESSION_ID) && !a.is(Rfc4006.CC_REQUEST_TYPE) && !a.is(Rfc4006.CC_REQUEST_NUMBER)) {
                    keep.add(a);
                }
            }
            return new Shared(keep.toArray(new Avp[0]));
        }
    }

    /**
     * The same CCA-I octet for octet, from the shared AVPs plus what each answer carries of its
     * own (Session-Id, CC-Request-Type and -Number from the CCR), its array sized once.
     */
    static DiameterMessage ccaInitialShared(Dictionary d, DiameterMessage ccr, Shared shared) {
        Avp[] s = shared.avps();
        MessageBuilder b = MessageBuilder.answer(d, ccr, s.length + 3);
        for (int i = 0; i < 4; i++) {
            b.add(s[i]);
        }
        b.add(ccr.avp(Rfc4006.CC_REQUEST_TYPE).orElseThrow()).add(Rfc4006.CC_REQUEST_NUMBER, 0);
        for (int i = 4; i < s.length; i++) {
            b.add(s[i]);
        }
        return b.build();
    }

    private static void arp(GroupedAvpBuilder g) {
        g.add(Ts29212.PRIORITY_LEVEL, 8)
                .add(Ts29212.PRE_EMPTION_CAPABILITY, Ts29212.PreEmptionCapability.PRE_EMPTION_CAPABILITY_DISABLED)
                .add(Ts29212.PRE_EMPTION_VULNERABILITY, Ts29212.PreEmptionVulnerability.PRE_EMPTION_VULNERABILITY_ENABLED);
    }

    private static void rule(GroupedAvpBuilder r, int n) {
        r.add(Ts29212.CHARGING_RULE_NAME, "dyn-rule-" + n)
                .add(Rfc4006.RATING_GROUP, 100 + n)
                .add(Ts29212.FLOW_INFORMATION, f -> f
                        .add(Ts29214.FLOW_DESCRIPTION, "permit out 17 from 198.51.100." + n + " 5060 to any")
                        .add(Ts29212.FLOW_DIRECTION, Ts29212.FlowDirection.DOWNLINK))
                .add(Ts29212.FLOW_INFORMATION, f -> f
                        .add(Ts29214.FLOW_DESCRIPTION, "permit out 17 from any to 198.51.100." + n + " 5060")
                        .add(Ts29212.FLOW_DIRECTION, Ts29212.FlowDirection.UPLINK))
                .add(Ts29214.FLOW_STATUS, Ts29214.FlowStatus.ENABLED)
                .add(Ts29212.QOS_INFORMATION, q -> q.add(Ts29212.QOS_CLASS_IDENTIFIER, Ts29212.QosClassIdentifier.QCI_1)
                        .add(Ts29214.MAX_REQUESTED_BANDWIDTH_UL, 128_000L)
                        .add(Ts29214.MAX_REQUESTED_BANDWIDTH_DL, 128_000L)
                        .add(Ts29212.GUARANTEED_BITRATE_UL, 64_000L).add(Ts29212.GUARANTEED_BITRATE_DL, 64_000L)
                        .add(Ts29212.ALLOCATION_RETENTION_PRIORITY, TypedGxMessages::arp))
                .add(Ts29212.ONLINE, Ts29212.Online.DISABLE_ONLINE)
                .add(Ts29212.OFFLINE, Ts29212.Offline.ENABLE_OFFLINE)
                .add(Ts29212.PRECEDENCE, 10L * n)
                .add(Ts29212.MONITORING_KEY, "mk-" + n);
    }

    /** The fields a PCRF takes from a CCR-I, through handles; a checksum keeps the JIT honest. */
    static long readTyped(DiameterMessage m) {
        long sum = m.avp(Rfc6733.SESSION_ID).orElseThrow().dataLength();
        sum += m.avp(Rfc4006.CC_REQUEST_TYPE).orElseThrow().asInt();
        sum += m.avp(Rfc4006.CC_REQUEST_NUMBER).orElseThrow().asUnsigned32();
        sum += m.avp(Rfc6733.ORIGIN_HOST).orElseThrow().dataLength();
        sum += m.avp(Rfc6733.ORIGIN_REALM).orElseThrow().dataLength();
        sum += m.avp(Rfc6733.ORIGIN_STATE_ID).map(Avp::asUnsigned32).orElse(0L);
        for (Avp s : m.avps(Rfc4006.SUBSCRIPTION_ID)) {
            sum += s.child(Rfc4006.SUBSCRIPTION_ID_TYPE).orElseThrow().asInt()
                    + s.child(Rfc4006.SUBSCRIPTION_ID_DATA).orElseThrow().dataLength();
        }
        sum += m.avp(Rfc7155.FRAMED_IP_ADDRESS).orElseThrow().dataLength();
        sum += m.avp(Ts29212.IP_CAN_TYPE).orElseThrow().asInt() + m.avp(Ts29212.RAT_TYPE).orElseThrow().asInt();
        sum += m.avp(Rfc7155.CALLED_STATION_ID).orElseThrow().dataLength();
        sum += m.avp(Ts29061._3GPP_SGSN_MCC_MNC).orElseThrow().dataLength();
        sum += m.avp(Ts29212.QOS_INFORMATION).orElseThrow().child(Ts29212.APN_AGGREGATE_MAX_BITRATE_DL)
                .orElseThrow().asUnsigned32();
        return sum;
    }

    /** The top-level AVPs {@link #readView} reads, laid out once. */
    static AvpView.Layout layout(Dictionary d) {
        return AvpView.Layout.of(d, Rfc6733.SESSION_ID, Rfc4006.CC_REQUEST_TYPE, Rfc4006.CC_REQUEST_NUMBER,
                Rfc6733.ORIGIN_HOST, Rfc6733.ORIGIN_REALM, Rfc6733.ORIGIN_STATE_ID, Rfc4006.SUBSCRIPTION_ID,
                Rfc7155.FRAMED_IP_ADDRESS, Ts29212.IP_CAN_TYPE, Ts29212.RAT_TYPE, Rfc7155.CALLED_STATION_ID,
                Ts29061._3GPP_SGSN_MCC_MNC, Ts29212.QOS_INFORMATION);
    }

    /** The same fields as {@link #readTyped} from a one-pass view: one scan of the message, then slot reads. */
    static long readView(AvpView.Layout layout, DiameterMessage m) {
        AvpView v = layout.view(m);
        long sum = v.first(Rfc6733.SESSION_ID).dataLength();
        sum += v.first(Rfc4006.CC_REQUEST_TYPE).asInt();
        sum += v.first(Rfc4006.CC_REQUEST_NUMBER).asUnsigned32();
        sum += v.first(Rfc6733.ORIGIN_HOST).dataLength();
        sum += v.first(Rfc6733.ORIGIN_REALM).dataLength();
        Avp osi = v.first(Rfc6733.ORIGIN_STATE_ID);
        sum += osi == null ? 0 : osi.asUnsigned32();
        for (Avp s : v.all(Rfc4006.SUBSCRIPTION_ID)) {
            sum += s.child(Rfc4006.SUBSCRIPTION_ID_TYPE).orElseThrow().asInt()
                    + s.child(Rfc4006.SUBSCRIPTION_ID_DATA).orElseThrow().dataLength();
        }
        sum += v.first(Rfc7155.FRAMED_IP_ADDRESS).dataLength();
        sum += v.first(Ts29212.IP_CAN_TYPE).asInt() + v.first(Ts29212.RAT_TYPE).asInt();
        sum += v.first(Rfc7155.CALLED_STATION_ID).dataLength();
        sum += v.first(Ts29061._3GPP_SGSN_MCC_MNC).dataLength();
        sum += v.first(Ts29212.QOS_INFORMATION).child(Ts29212.APN_AGGREGATE_MAX_BITRATE_DL).orElseThrow()
                .asUnsigned32();
        return sum;
    }

    /** The same fields by name (the dictionary's strings compared per AVP). */
    static long readNamed(DiameterMessage m) {
        long sum = m.avp("Session-Id").orElseThrow().dataLength();
        sum += m.avp("CC-Request-Type").orElseThrow().asInt();
        sum += m.avp("CC-Request-Number").orElseThrow().asUnsigned32();
        sum += m.avp("Origin-Host").orElseThrow().dataLength();
        sum += m.avp("Origin-Realm").orElseThrow().dataLength();
        sum += m.avp("Origin-State-Id").map(Avp::asUnsigned32).orElse(0L);
        for (Avp s : m.avps("Subscription-Id")) {
            sum += s.child("Subscription-Id-Type").orElseThrow().asInt()
                    + s.child("Subscription-Id-Data").orElseThrow().dataLength();
        }
        sum += m.avp("Framed-IP-Address").orElseThrow().dataLength();
        sum += m.avp("IP-CAN-Type").orElseThrow().asInt() + m.avp("RAT-Type").orElseThrow().asInt();
        sum += m.avp("Called-Station-Id").orElseThrow().dataLength();
        sum += m.avp("3GPP-SGSN-MCC-MNC").orElseThrow().dataLength();
        sum += m.avp("QoS-Information").orElseThrow().child("APN-Aggregate-Max-Bitrate-DL").orElseThrow()
                .asUnsigned32();
        return sum;
    }
}
