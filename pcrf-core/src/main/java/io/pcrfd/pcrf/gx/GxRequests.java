package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;

/**
 * Gx requests the node sends as a gateway would: the demo's PCEF, {@code pcrfd bench} and the
 * start-up warm-up. Each adds its own AVPs after the head built here.
 */
public final class GxRequests {
    private GxRequests() {
    }

    /**
     * A CCR with the AVPs every CCR carries, in the grammar's order (TS 29.212 §5.6.2):
     * Session-Id, Auth-Application-Id, Origin-Host, Origin-Realm, Destination-Realm,
     * CC-Request-Type and CC-Request-Number.
     */
    public static MessageBuilder ccr(Dictionary dict, String sessionId, String originHost, String originRealm,
                                     String destinationRealm, int type, long number) {
        return MessageBuilder.request(dict, ApplicationIds.GX, "CCR")
                .add(Rfc6733.SESSION_ID, sessionId)
                .add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.GX)
                .add(Rfc6733.ORIGIN_HOST, originHost)
                .add(Rfc6733.ORIGIN_REALM, originRealm)
                .add(Rfc6733.DESTINATION_REALM, destinationRealm)
                .add(Rfc4006.CC_REQUEST_TYPE, type)
                .add(Rfc4006.CC_REQUEST_NUMBER, number);
    }
}
