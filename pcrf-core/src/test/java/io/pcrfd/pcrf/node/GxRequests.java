package io.pcrfd.pcrf.node;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Rfc7155;

/** Gx CCRs of a gateway {@code pgw1.epc.example} for the operations tests, AVPs named by their handles. */
final class GxRequests {
    static final Dictionary DICT = Dictionary.standard();
    static final String GATEWAY = "pgw1.epc.example";
    static final String GATEWAY_REALM = "epc.example";
    static final String IMSI = "001010123456789";

    private GxRequests() {
    }

    /** A CCR of {@code type} (Rfc4006.CcRequestType) on {@code sessionId}; ids are set by the sender. */
    static DiameterMessage ccr(String sessionId, int type, long number) {
        MessageBuilder b = MessageBuilder.request(DICT, ApplicationIds.GX, "CCR")
                .add(Rfc6733.SESSION_ID, sessionId).add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.GX)
                .originHost(GATEWAY).originRealm(GATEWAY_REALM).add(Rfc6733.DESTINATION_REALM, "test.example")
                .add(Rfc4006.CC_REQUEST_TYPE, type).add(Rfc4006.CC_REQUEST_NUMBER, number);
        if (type == Rfc4006.CcRequestType.INITIAL_REQUEST) {
            b.add(Rfc4006.SUBSCRIPTION_ID, g -> g.add(Rfc4006.SUBSCRIPTION_ID_TYPE, Rfc4006.SubscriptionIdType.END_USER_IMSI)
                            .add(Rfc4006.SUBSCRIPTION_ID_DATA, IMSI))
                    .add(Rfc7155.FRAMED_IP_ADDRESS, new byte[] {10, 1, 2, 3})
                    .add(Rfc7155.CALLED_STATION_ID, "internet");
        }
        return b.build();
    }

    static long resultCode(DiameterMessage answer) {
        return answer.avp(Rfc6733.RESULT_CODE).orElseThrow().asUnsigned32();
    }
}
