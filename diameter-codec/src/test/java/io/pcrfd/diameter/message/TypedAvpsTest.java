package io.pcrfd.diameter.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.AvpIdentity;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.spec.Pcrfd;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Rfc7155;
import io.pcrfd.diameter.spec.Ts29212;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Generated handles build the same bytes as names do, and find what they name. */
class TypedAvpsTest {
    private final Dictionary dict = Dictionary.standard();

    @Test
    void aMessageBuiltWithHandlesHasTheBytesOfOneBuiltWithNames() {
        Instant t = Instant.parse("2026-12-06T12:00:00Z");
        DiameterMessage byName = MessageBuilder.request(dict, ApplicationIds.GX, "CCR")
                .hopByHop(HopByHopId.of(7)).endToEnd(EndToEndId.of(9))
                .add("Session-Id", "pgw;1").add("Auth-Application-Id", ApplicationIds.GX)
                .originHost("pgw.example").originRealm("example").add("Destination-Realm", "example")
                .add("CC-Request-Type", "INITIAL_REQUEST").add("CC-Request-Number", 0)
                .add("Framed-IP-Address", new byte[] {10, 1, 2, 3}).add("RAT-Type", "EUTRAN")
                .add("Event-Timestamp", t)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", "001010000000001"))
                .addGrouped("QoS-Information", g -> g.add("APN-Aggregate-Max-Bitrate-UL", 4_294_967_295L))
                .build();
        DiameterMessage byHandle = MessageBuilder.request(dict, ApplicationIds.GX, "CCR")
                .hopByHop(HopByHopId.of(7)).endToEnd(EndToEndId.of(9))
                .add(Rfc6733.SESSION_ID, "pgw;1").add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.GX)
                .add(Rfc6733.ORIGIN_HOST, "pgw.example").add(Rfc6733.ORIGIN_REALM, "example")
                .add(Rfc6733.DESTINATION_REALM, "example")
                .add(Rfc4006.CC_REQUEST_TYPE, Rfc4006.CcRequestType.INITIAL_REQUEST)
                .add(Rfc4006.CC_REQUEST_NUMBER, 0)
                .add(Rfc7155.FRAMED_IP_ADDRESS, new byte[] {10, 1, 2, 3})
                .add(Ts29212.RAT_TYPE, Ts29212.RatType.EUTRAN)
                .add(Rfc6733.EVENT_TIMESTAMP, t)
                .add(Rfc4006.SUBSCRIPTION_ID, g -> g
                        .add(Rfc4006.SUBSCRIPTION_ID_TYPE, Rfc4006.SubscriptionIdType.END_USER_IMSI)
                        .add(Rfc4006.SUBSCRIPTION_ID_DATA, "001010000000001"))
                .add(Ts29212.QOS_INFORMATION, g -> g.add(Ts29212.APN_AGGREGATE_MAX_BITRATE_UL, 4_294_967_295L))
                .build();
        assertThat(HexFormat.of().formatHex(DiameterCodec.encode(byHandle)))
                .isEqualTo(HexFormat.of().formatHex(DiameterCodec.encode(byName)));
    }

    @Test
    void handlesFindTopLevelAndNestedAvps() {
        DiameterMessage m = MessageBuilder.request(dict, ApplicationIds.GX, "CCR")
                .add(Rfc6733.SESSION_ID, "pgw;2")
                .add(Rfc4006.SUBSCRIPTION_ID, g -> g.add(Rfc4006.SUBSCRIPTION_ID_DATA, "a"))
                .add(Rfc4006.SUBSCRIPTION_ID, g -> g.add(Rfc4006.SUBSCRIPTION_ID_DATA, "b"))
                .build();
        assertThat(m.avp(Rfc6733.SESSION_ID).orElseThrow().asUtf8String()).isEqualTo("pgw;2");
        assertThat(m.avps(Rfc4006.SUBSCRIPTION_ID)).extracting(a -> a.child(Rfc4006.SUBSCRIPTION_ID_DATA)
                .orElseThrow().asUtf8String()).containsExactly("a", "b");
        assertThat(m.avp(Ts29212.RAT_TYPE)).isEmpty();
    }

    @Test
    void theProjectsOwnAvpsAreFoundByNameWhereAnOperatorMovedThem() {
        Dictionary moved = Dictionary.standardWith(List.of(new AvpIdentity("Establishment-Id", 9002, 99999)));
        DiameterMessage m = MessageBuilder.request(moved, 16777319L, "CCR")
                .add(Pcrfd.ESTABLISHMENT_ID, "e-1").build();
        Avp a = m.avp(Pcrfd.ESTABLISHMENT_ID).orElseThrow();
        assertThat(a.code()).isEqualTo(9002);
        assertThat(a.vendorId()).isEqualTo(99999);
        assertThat(Pcrfd.ESTABLISHMENT_ID.movable()).isTrue();
        assertThat(Ts29212.RAT_TYPE.movable()).isFalse();
    }

    @Test
    void anUnsigned32OutOfRangeIsRefusedWithTheAvpsName() {
        MessageBuilder b = MessageBuilder.request(dict, ApplicationIds.GX, "CCR");
        assertThatThrownBy(() -> b.add(Rfc4006.CC_REQUEST_NUMBER, 1L << 32))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CC-Request-Number");
        assertThatThrownBy(() -> b.add(Rfc4006.CC_REQUEST_NUMBER, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
