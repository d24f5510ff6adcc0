package io.pcrfd.pcrf.node;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.GroupedAvpBuilder;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Rfc7155;
import io.pcrfd.diameter.spec.Ts29061;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.spec.Ts29229;
import io.pcrfd.pcrf.gx.GxRequests;
import java.net.InetAddress;

/**
 * The requests of one warm-up gateway ({@link WarmupTraffic}, {@link WarmupPeers}): Gx session
 * {@code n} is CCR-I (IMSI, UE IPv4, APN, RAT and IP-CAN type, serving network,
 * Supported-Features; TS 29.212 §4.5.1) → CCR-U reporting usage under Event-Trigger USAGE_REPORT
 * (§4.5.16) → CCR-T with the final usage; and the base protocol's CER and DPR (RFC 6733 §5.3,
 * §5.4) for a gateway that speaks it itself. Every session has its own Session-Id, IMSI and UE
 * address: the subscribers are numbered from {@code firstSubscriber}.
 */
final class WarmupRequests {
    static final String ORIGIN_REALM = "pcrfd.invalid";
    private static final String APN = "internet";
    /** MCC 001, MNC 01: the test network (ITU-T E.212), as IMSI prefix and serving PLMN. */
    private static final String PLMN = "00101";
    private static final long OCTETS = 1_000_000;
    /** Feature-List-ID 1 bits 0, 1, 3: Rel-8, Rel-9, Rel-10 (TS 29.212 Table 5.4.1.1). */
    private static final long FEATURES = 0b1011;

    private final Dictionary dict = Dictionary.standard();
    private final String originHost;
    private final String destinationRealm;
    private final long firstSubscriber;

    WarmupRequests(String originHost, String destinationRealm, long firstSubscriber) {
        this.originHost = originHost;
        this.destinationRealm = destinationRealm;
        this.firstSubscriber = firstSubscriber;
    }

    /** A gateway's CER offering Gx (RFC 6733 §5.3.1), from {@code local}. */
    MessageBuilder cer(InetAddress local) {
        return MessageBuilder.request(dict, ApplicationIds.COMMON, "CER")
                .add(Rfc6733.ORIGIN_HOST, originHost).add(Rfc6733.ORIGIN_REALM, ORIGIN_REALM)
                .add(Rfc6733.HOST_IP_ADDRESS, local)
                .add(Rfc6733.VENDOR_ID, 0L)
                .add(Rfc6733.PRODUCT_NAME, "pcrfd-warm-up")
                .add(Rfc6733.SUPPORTED_VENDOR_ID, VendorIds.THREE_GPP)
                .add(Rfc6733.VENDOR_SPECIFIC_APPLICATION_ID, g -> g.add(Rfc6733.VENDOR_ID, VendorIds.THREE_GPP)
                        .add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.GX));
    }

    /** The gateway leaves (RFC 6733 §5.4.3: DO_NOT_WANT_TO_TALK_TO_YOU). */
    MessageBuilder dpr() {
        return MessageBuilder.request(dict, ApplicationIds.COMMON, "DPR")
                .add(Rfc6733.ORIGIN_HOST, originHost).add(Rfc6733.ORIGIN_REALM, ORIGIN_REALM)
                .add(Rfc6733.DISCONNECT_CAUSE, Rfc6733.DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU);
    }

    MessageBuilder initial(long n) {
        return ccr(n, Rfc4006.CcRequestType.INITIAL_REQUEST, 0)
                .add(Rfc4006.SUBSCRIPTION_ID, g -> g.add(Rfc4006.SUBSCRIPTION_ID_TYPE,
                        Rfc4006.SubscriptionIdType.END_USER_IMSI).add(Rfc4006.SUBSCRIPTION_ID_DATA,
                        imsi(firstSubscriber + n)))
                .add(Ts29229.SUPPORTED_FEATURES, g -> g.add(Rfc6733.VENDOR_ID, VendorIds.THREE_GPP)
                        .add(Ts29229.FEATURE_LIST_ID, 1L).add(Ts29229.FEATURE_LIST, FEATURES))
                .add(Ts29212.NETWORK_REQUEST_SUPPORT, Ts29212.NetworkRequestSupport.NETWORK_REQUEST_SUPPORTED)
                .add(Rfc7155.FRAMED_IP_ADDRESS, ueAddress(firstSubscriber + n))
                .add(Ts29212.IP_CAN_TYPE, Ts29212.IpCanType._3GPP_EPS)
                .add(Ts29212.RAT_TYPE, Ts29212.RatType.EUTRAN)
                .add(Ts29061._3GPP_SGSN_MCC_MNC, PLMN)
                .add(Rfc7155.CALLED_STATION_ID, APN);
    }

    MessageBuilder update(long n) {
        return ccr(n, Rfc4006.CcRequestType.UPDATE_REQUEST, 1)
                .add(Ts29212.EVENT_TRIGGER, Ts29212.EventTrigger.USAGE_REPORT)
                .add(Ts29212.USAGE_MONITORING_INFORMATION, WarmupRequests::usedUnits);
    }

    MessageBuilder terminate(long n) {
        return ccr(n, Rfc4006.CcRequestType.TERMINATION_REQUEST, 2)
                .add(Rfc6733.TERMINATION_CAUSE, Rfc6733.TerminationCause.DIAMETER_LOGOUT)
                .add(Ts29212.USAGE_MONITORING_INFORMATION, WarmupRequests::usedUnits);
    }

    private MessageBuilder ccr(long n, int type, int number) {
        return GxRequests.ccr(dict, originHost + ";warm-up;" + n, originHost, ORIGIN_REALM, destinationRealm, type,
                number);
    }

    private static void usedUnits(GroupedAvpBuilder u) {
        u.add(Ts29212.MONITORING_KEY, "mk1").add(Rfc4006.USED_SERVICE_UNIT, s -> s
                .add(Rfc4006.CC_TOTAL_OCTETS, OCTETS).add(Rfc4006.CC_INPUT_OCTETS, OCTETS / 4)
                .add(Rfc4006.CC_OUTPUT_OCTETS, OCTETS - OCTETS / 4));
    }

    private static String imsi(long n) {
        return PLMN + String.format("%010d", n % 10_000_000_000L);
    }

    /** 10.0.0.1 onwards (RFC 1918), one per session. */
    private static byte[] ueAddress(long n) {
        return new byte[] {10, (byte) (n >> 16), (byte) (n >> 8), (byte) n};
    }
}
