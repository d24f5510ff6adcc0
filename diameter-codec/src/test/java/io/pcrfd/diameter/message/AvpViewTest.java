package io.pcrfd.diameter.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.AvpIdentity;
import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.spec.Pcrfd;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Rfc7155;
import io.pcrfd.diameter.spec.Ts29212;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-pass view finds exactly what a scan of the message by handle finds. */
class AvpViewTest {
    private static final Dictionary DICT = Dictionary.standard();
    private static final AvpKey[] KEYS = {Rfc6733.SESSION_ID, Rfc4006.CC_REQUEST_TYPE, Rfc4006.SUBSCRIPTION_ID,
        Ts29212.EVENT_TRIGGER, Rfc7155.FRAMED_IP_ADDRESS, Ts29212.RAT_TYPE, Rfc6733.ORIGIN_STATE_ID};

    /** A CCR as it arrives: encoded and decoded, with repeats, an absent handle and an unknown AVP. */
    private static DiameterMessage ccr() {
        DiameterMessage m = MessageBuilder.request(DICT, ApplicationIds.GX, "CCR")
                .add(Rfc6733.SESSION_ID, "pgw;1").add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.GX)
                .originHost("pgw.example").originRealm("example").add(Rfc6733.DESTINATION_REALM, "example")
                .add(Rfc4006.CC_REQUEST_TYPE, Rfc4006.CcRequestType.UPDATE_REQUEST).add(Rfc4006.CC_REQUEST_NUMBER, 1)
                .add(Rfc4006.SUBSCRIPTION_ID, g -> g.add(Rfc4006.SUBSCRIPTION_ID_TYPE, 1)
                        .add(Rfc4006.SUBSCRIPTION_ID_DATA, "15550001234"))
                .add(Ts29212.EVENT_TRIGGER, Ts29212.EventTrigger.RAT_CHANGE)
                .addRaw(4242, 99999, new byte[] {1, 2, 3, 4})
                .add(Rfc4006.SUBSCRIPTION_ID, g -> g.add(Rfc4006.SUBSCRIPTION_ID_TYPE, 0)
                        .add(Rfc4006.SUBSCRIPTION_ID_DATA, "001010000000001"))
                .add(Ts29212.EVENT_TRIGGER, Ts29212.EventTrigger.USAGE_REPORT)
                .add(Ts29212.EVENT_TRIGGER, Ts29212.EventTrigger.REVALIDATION_TIMEOUT)
                .add(Ts29212.RAT_TYPE, Ts29212.RatType.EUTRAN)
                .build();
        return new DiameterCodec(DICT).decode(DiameterCodec.encode(m)).message();
    }

    @Test
    void firstCountAndAllAgreeWithTheScanOfEveryHandle() {
        DiameterMessage m = ccr();
        AvpView v = AvpView.Layout.of(DICT, KEYS).view(m);
        for (AvpKey k : KEYS) {
            assertThat(v.first(k)).as(k.name()).isSameAs(m.avp(k).orElse(null));
            assertThat(v.all(k)).as(k.name()).containsExactlyElementsOf(m.avps(k));
            assertThat(v.count(k)).as(k.name()).isEqualTo(m.avps(k).size());
        }
        assertThat(v.count(Ts29212.EVENT_TRIGGER)).isEqualTo(3);
        assertThat(v.all(Rfc4006.SUBSCRIPTION_ID)).extracting(a -> a.child(Rfc4006.SUBSCRIPTION_ID_DATA)
                .orElseThrow().asUtf8String()).containsExactly("15550001234", "001010000000001");
        assertThat(v.first(Rfc7155.FRAMED_IP_ADDRESS)).isNull();
        assertThat(v.all(Rfc6733.ORIGIN_STATE_ID)).isEmpty();
    }

    /** Handles asked in any order, backwards and again, get the same answers as in layout order. */
    @Test
    void theOrderOfTheQuestionsDoesNotChangeTheAnswers() {
        DiameterMessage m = ccr();
        AvpView v = AvpView.Layout.of(DICT, KEYS).view(m);
        int[] order = {6, 5, 4, 3, 2, 1, 0, 0, 0, 3, 1, 6, 2, 5, 4, 6, 6};
        for (int i : order) {
            AvpKey k = KEYS[i];
            assertThat(v.first(k)).as(k.name()).isSameAs(m.avp(k).orElse(null));
            assertThat(v.count(k)).as(k.name()).isEqualTo(m.avps(k).size());
            assertThat(v.all(k)).as(k.name()).containsExactlyElementsOf(m.avps(k));
        }
        assertThatThrownBy(() -> v.first(Ts29212.IP_CAN_TYPE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(v.first(Rfc6733.SESSION_ID).asUtf8String()).isEqualTo("pgw;1");
    }

    @Test
    void aGroupedAvpHasAViewOfItsChildren() {
        Avp sub = ccr().avp(Rfc4006.SUBSCRIPTION_ID).orElseThrow();
        AvpView v = AvpView.Layout.of(DICT, Rfc4006.SUBSCRIPTION_ID_TYPE, Rfc4006.SUBSCRIPTION_ID_DATA).view(sub);
        assertThat(v.first(Rfc4006.SUBSCRIPTION_ID_TYPE).asInt()).isEqualTo(1);
        assertThat(v.first(Rfc4006.SUBSCRIPTION_ID_DATA).asUtf8String()).isEqualTo("15550001234");
    }

    @Test
    void aMovedAvpIsFoundWhereTheDictionaryMovedIt() {
        Dictionary moved = Dictionary.standardWith(List.of(new AvpIdentity("Establishment-Id", 9002, 99999)));
        DiameterMessage m = MessageBuilder.request(moved, ApplicationIds.GX, "CCR")
                .add(Rfc6733.SESSION_ID, "pgw;1").add(Pcrfd.ESTABLISHMENT_ID, "e-1").build();
        AvpView v = AvpView.Layout.of(moved, Rfc6733.SESSION_ID, Pcrfd.ESTABLISHMENT_ID).view(m);
        assertThat(v.first(Pcrfd.ESTABLISHMENT_ID).code()).isEqualTo(9002);
        assertThat(v.first(Pcrfd.ESTABLISHMENT_ID).asUtf8String()).isEqualTo("e-1");
    }

    @Test
    void aLayoutRefusesTwoHandlesOfOneIdentityAndAHandleItLacks() {
        assertThatThrownBy(() -> AvpView.Layout.of(DICT, Rfc6733.SESSION_ID, Rfc6733.SESSION_ID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Session-Id");
        AvpView v = AvpView.Layout.of(DICT, Rfc6733.SESSION_ID).view(ccr());
        assertThatThrownBy(() -> v.first(Ts29212.RAT_TYPE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RAT-Type");
    }

    /**
     * IETF and 3GPP codes below 4096 are found by code in a table, the others by hash: a view
     * sorts both kinds, and AVPs between the table's last key and 4096, or of other vendors,
     * into no slot.
     */
    @Test
    void handlesOfSmallAndLargeCodesAndOfOtherVendorsAreFoundAlike() {
        AvpKey big = new AvpKey.Octets("Test-Big", 5_000, 0, false);
        AvpKey bigTgpp = new AvpKey.Octets("Test-Big-3GPP", 70_000, 10415, false);
        AvpKey other = new AvpKey.Octets("Test-Other", 263, 99999, false);
        DiameterMessage m = MessageBuilder.request(DICT, ApplicationIds.GX, "CCR").add(Rfc6733.SESSION_ID, "pgw;1")
                .addRaw(5_000, 0, new byte[] {1}).addRaw(3_000, 0, new byte[] {2}).addRaw(70_000, 10415, new byte[] {3})
                .addRaw(1_500, 10415, new byte[] {4}).addRaw(263, 99999, new byte[] {5}).addRaw(5_000, 0, new byte[] {6})
                .build();
        AvpView v = AvpView.Layout.of(DICT, Rfc6733.SESSION_ID, Ts29212.RAT_TYPE, big, bigTgpp, other).view(m);
        assertThat(v.first(Rfc6733.SESSION_ID).asUtf8String()).isEqualTo("pgw;1");
        assertThat(v.first(Ts29212.RAT_TYPE)).isNull();
        assertThat(v.all(big)).extracting(a -> a.dataByte(0)).containsExactly((byte) 1, (byte) 6);
        assertThat(v.first(bigTgpp).dataByte(0)).isEqualTo((byte) 3);
        assertThat(v.first(other).dataByte(0)).isEqualTo((byte) 5);
        assertThat(v.count(big)).isEqualTo(2);
    }

    @Test
    void aLayoutHoldsAtMostSixtyFourHandlesAndSeesTheLastOfThem() {
        AvpKey[] keys = new AvpKey[AvpView.Layout.MAX_KEYS + 1];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new AvpKey.Octets("Test-" + i, 60_000 + i, 0, false);
        }
        assertThatThrownBy(() -> AvpView.Layout.of(DICT, keys)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 64");
        AvpKey[] most = java.util.Arrays.copyOf(keys, AvpView.Layout.MAX_KEYS);
        most[most.length - 1] = Ts29212.EVENT_TRIGGER; // the highest slot, bit 63
        AvpView v = AvpView.Layout.of(DICT, most).view(ccr());
        assertThat(v.count(Ts29212.EVENT_TRIGGER)).isEqualTo(3);
        assertThat(v.all(Ts29212.EVENT_TRIGGER)).hasSize(3).first().isSameAs(v.first(Ts29212.EVENT_TRIGGER));
        assertThat(v.count(keys[0])).isZero();
    }

    @Test
    void recurringTextIsOneStringAndEqualToTheUtf8Read() {
        AvpTexts texts = new AvpTexts();
        Avp first = ccr().avp(Rfc6733.ORIGIN_HOST).orElseThrow();
        Avp again = ccr().avp(Rfc6733.ORIGIN_HOST).orElseThrow();
        assertThat(texts.of(first)).isEqualTo("pgw.example").isEqualTo(first.asUtf8String());
        assertThat(texts.of(again)).isSameAs(texts.of(first));
        Avp utf8 = Avp.of(DICT.definition(Rfc6733.ERROR_MESSAGE), "Grüße".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(texts.of(utf8)).isEqualTo("Grüße").isSameAs(texts.of(utf8));
    }

    @Test
    void textsOfOneLengthAndEdgesAreReadInFull() {
        AvpTexts texts = new AvpTexts();
        // same length, same first and last eight octets: only the middle tells them apart
        for (String v : List.of("internet.mnc001.mcc001", "internet.mnc002.mcc001", "mk1", "mk2", "",
                "x".repeat(128), "x".repeat(129))) {
            Avp a = Avp.of(DICT.definition(Rfc7155.CALLED_STATION_ID), v.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(texts.of(a)).isEqualTo(v);
            assertThat(texts.of(a)).isEqualTo(v);
        }
    }
}
