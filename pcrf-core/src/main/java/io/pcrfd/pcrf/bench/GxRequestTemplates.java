package io.pcrfd.pcrf.bench;

import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.GroupedAvpBuilder;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Rfc7155;
import io.pcrfd.diameter.spec.Ts29061;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.spec.Ts29229;
import io.pcrfd.pcrf.gx.GxRequests;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests of one Gx session lifecycle as a PCEF sends them (TS 29.212 §4.5.1, §4.5.2,
 * §4.5.16): CCR-I (IMSI, UE IPv4, APN, RAT and IP-CAN type, serving network,
 * Supported-Features), {@link BenchOptions#updates()} CCR-U (two unless told, none with
 * {@code --updates 0}) each reporting usage on Monitoring-Key {@code mk1} under Event-Trigger 33
 * (USAGE_REPORT), CCR-T with the final usage. CC-Request-Number counts 0 (CCR-I) to updates + 1
 * (CCR-T) in order (RFC 4006 §8.2). Built once per connection with
 * {@link MessageBuilder} (so flags and vendor ids come from the dictionary) and patched per
 * session by {@link RequestTemplate}.
 */
final class GxRequestTemplates {
    static final String MONITORING_KEY = "mk1";
    static final long REPORTED_OCTETS = 1_000_000;
    /** MCC 001, MNC 01: the test network (ITU-T E.212), as the IMSI prefix and serving PLMN. */
    static final String PLMN = "00101";
    private static final byte[] IP_PLACEHOLDER = {10, (byte) 251, (byte) 252, (byte) 253};
    /** Feature-List-ID 1 bits 0, 1, 3: Rel-8, Rel-9, Rel-10 (TS 29.212 Table 5.4.1.1). */
    private static final long OFFERED_FEATURES = 0b1011;
    private static final int USAGE_REPORT = 33;

    private final Dictionary dict;
    private final String originHost;
    private final BenchOptions options;
    private final String sessionPrefix;

    private GxRequestTemplates(Dictionary dict, BenchOptions options, int connection, long runId) {
        this.dict = dict;
        this.options = options;
        this.originHost = options.originHostOf(connection);
        this.sessionPrefix = originHost + ";" + runId + ";";
    }

    /**
     * The templates of connection {@code connection}, indexed by step: 0 = CCR-I, 1 .. updates =
     * CCR-U, updates + 1 = CCR-T (the step is the CC-Request-Number).
     */
    static List<RequestTemplate> build(Dictionary dict, BenchOptions options, int connection, long runId) {
        GxRequestTemplates t = new GxRequestTemplates(dict, options, connection, runId);
        List<RequestTemplate> steps = new ArrayList<>(options.stepsPerSession());
        steps.add(t.initial());
        for (int n = 1; n <= options.updates(); n++) {
            steps.add(t.usage(n));
        }
        steps.add(t.terminate(options.updates() + 1));
        return List.copyOf(steps);
    }

    private String placeholderSessionId() {
        return sessionPrefix + "0".repeat(RequestTemplate.SESSION_DIGITS);
    }

    private String placeholderImsi() {
        return PLMN + "9".repeat(RequestTemplate.IMSI_DIGITS);
    }

    private MessageBuilder ccr(int type, int number) {
        return GxRequests.ccr(dict, placeholderSessionId(), originHost, options.realm(), options.destinationRealm(),
                type, number).hopByHop(HopByHopId.of(0)).endToEnd(EndToEndId.of(0));
    }

    private RequestTemplate initial() {
        MessageBuilder b = ccr(Rfc4006.CcRequestType.INITIAL_REQUEST, 0)
                .add(Rfc4006.SUBSCRIPTION_ID, g -> g.add(Rfc4006.SUBSCRIPTION_ID_TYPE, Rfc4006.SubscriptionIdType.END_USER_IMSI)
                        .add(Rfc4006.SUBSCRIPTION_ID_DATA, placeholderImsi()))
                .add(Ts29229.SUPPORTED_FEATURES, g -> g.add(Rfc6733.VENDOR_ID, VendorIds.THREE_GPP)
                        .add(Ts29229.FEATURE_LIST_ID, 1L).add(Ts29229.FEATURE_LIST, OFFERED_FEATURES))
                .add(Ts29212.NETWORK_REQUEST_SUPPORT, Ts29212.NetworkRequestSupport.NETWORK_REQUEST_SUPPORTED)
                .add(Rfc7155.FRAMED_IP_ADDRESS, IP_PLACEHOLDER)
                .add(Ts29212.IP_CAN_TYPE, Ts29212.IpCanType._3GPP_EPS)
                .add(Ts29212.RAT_TYPE, Ts29212.RatType.EUTRAN)
                .add(Ts29061._3GPP_SGSN_MCC_MNC, PLMN)
                .add(Rfc7155.CALLED_STATION_ID, options.apn());
        byte[] wire = DiameterCodec.encode(b.build());
        return new RequestTemplate(wire, sessionDigitsAt(wire),
                find(wire, placeholderImsi().getBytes(StandardCharsets.US_ASCII)) + PLMN.length(),
                find(wire, IP_PLACEHOLDER), options.subscribers());
    }

    private RequestTemplate usage(int number) {
        MessageBuilder b = ccr(Rfc4006.CcRequestType.UPDATE_REQUEST, number)
                .add(Ts29212.EVENT_TRIGGER, USAGE_REPORT)
                .add(Ts29212.USAGE_MONITORING_INFORMATION, GxRequestTemplates::usedUnits);
        return patchable(b);
    }

    private RequestTemplate terminate(int number) {
        MessageBuilder b = ccr(Rfc4006.CcRequestType.TERMINATION_REQUEST, number)
                .add(Rfc6733.TERMINATION_CAUSE, Rfc6733.TerminationCause.DIAMETER_LOGOUT)
                .add(Ts29212.USAGE_MONITORING_INFORMATION, GxRequestTemplates::usedUnits);
        return patchable(b);
    }

    private static void usedUnits(GroupedAvpBuilder u) {
        u.add(Ts29212.MONITORING_KEY, MONITORING_KEY)
                .add(Rfc4006.USED_SERVICE_UNIT, s -> s
                        .add(Rfc4006.CC_TOTAL_OCTETS, REPORTED_OCTETS)
                        .add(Rfc4006.CC_INPUT_OCTETS, REPORTED_OCTETS / 4)
                        .add(Rfc4006.CC_OUTPUT_OCTETS, REPORTED_OCTETS - REPORTED_OCTETS / 4));
    }

    private RequestTemplate patchable(MessageBuilder b) {
        byte[] wire = DiameterCodec.encode(b.build());
        return new RequestTemplate(wire, sessionDigitsAt(wire), -1, -1, options.subscribers());
    }

    private int sessionDigitsAt(byte[] wire) {
        return find(wire, placeholderSessionId().getBytes(StandardCharsets.UTF_8)) + sessionPrefix.length();
    }

    /** The offset of the only occurrence of {@code needle} after the header. */
    static int find(byte[] wire, byte[] needle) {
        int found = -1;
        for (int i = 20; i + needle.length <= wire.length; i++) {
            if (matches(wire, i, needle)) {
                if (found >= 0) {
                    throw new IllegalStateException("placeholder occurs twice in a request template");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalStateException("placeholder missing from a request template");
        }
        return found;
    }

    private static boolean matches(byte[] wire, int at, byte[] needle) {
        for (int j = 0; j < needle.length; j++) {
            if (wire[at + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }
}
