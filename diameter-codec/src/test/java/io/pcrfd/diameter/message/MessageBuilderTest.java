package io.pcrfd.diameter.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Answers per RFC 6733 §6.2 and §7, and flags that only the dictionary decides. */
class MessageBuilderTest {
    private final Dictionary dict = Dictionary.standard();
    private final DiameterCodec codec = new DiameterCodec(dict);

    /** A DWR carrying a Session-Id and two Proxy-Info, as a relay would forward it. */
    private DiameterMessage proxiedRequest() {
        return MessageBuilder.request(dict, ApplicationIds.COMMON, "DWR")
                .hopByHop(HopByHopId.of(0x99)).endToEnd(EndToEndId.of(0x77))
                .addGrouped("Proxy-Info", g -> g.add("Proxy-Host", "relay1").add("Proxy-State", new byte[] {1}))
                .add("Session-Id", "pcef;1;2")
                .originHost("pcef.example").originRealm("example")
                .addGrouped("Proxy-Info", g -> g.add("Proxy-Host", "relay2").add("Proxy-State", new byte[] {2}))
                .build()
                .withFlags(CommandFlags.of(CommandFlags.REQUEST | CommandFlags.PROXIABLE));
    }

    @Test
    void answerCopiesIdsSessionIdPBitAndEveryProxyInfoInOrder() {
        DiameterMessage dwa = MessageBuilder.answer(dict, proxiedRequest())
                .resultCode(ResultCodes.DIAMETER_SUCCESS)
                .originHost("pcrf.example").originRealm("example")
                .build();

        assertThat(dwa.flags().request()).isFalse();
        assertThat(dwa.flags().proxiable()).isTrue();
        assertThat(dwa.flags().error()).isFalse();
        assertThat(dwa.hopByHop().value()).isEqualTo(0x99);
        assertThat(dwa.endToEnd().value()).isEqualTo(0x77);
        assertThat(dwa.name()).isEqualTo("DWA");
        assertThat(dwa.avps()).extracting(Avp::name).containsExactly("Session-Id", "Result-Code", "Origin-Host",
                "Origin-Realm", "Proxy-Info", "Proxy-Info");
        assertThat(dwa.sessionId()).contains("pcef;1;2");
        assertThat(dwa.avps("Proxy-Info")).extracting(p -> p.child("Proxy-Host").orElseThrow().asUtf8String())
                .containsExactly("relay1", "relay2");
        assertThat(codec.decode(DiameterCodec.encode(dwa)).errors()).isEmpty();
    }

    @Test
    void errorAnswerSetsEForProtocolErrorsAndCarriesFailedAvp() {
        byte[] wire = DiameterCodec.encode(proxiedRequest());
        wire[4] |= CommandFlags.ERROR;                                   // E on a request: 3008
        DecodeResult bad = codec.decode(wire);
        DiameterError error = bad.firstError().orElseThrow();
        assertThat(error.resultCode()).isEqualTo(ResultCodes.DIAMETER_INVALID_HDR_BITS);

        DiameterMessage answer = MessageBuilder.answer(dict, bad.message())
                .originHost("pcrf.example").originRealm("example")
                .errorAnswer(error)
                .build();
        assertThat(answer.flags().error()).isTrue();
        assertThat(answer.avp("Result-Code").orElseThrow().asUnsigned32()).isEqualTo(3008L);
        assertThat(answer.avp("Error-Message").orElseThrow().asUtf8String()).isEqualTo("E bit set on a request");
        assertThat(answer.avp("Failed-AVP")).isEmpty();
        assertThat(codec.decode(DiameterCodec.encode(answer)).errors()).isEmpty();
    }

    @Test
    void errorAnswerForAPermanentFailureKeepsEClearAndEchoesTheAvp() {
        byte[] wire = DiameterCodec.encode(MessageBuilder.request(dict, ApplicationIds.COMMON, "DWR")
                .originHost("pcef.example").originRealm("example")
                .addRaw(7777, 10415, new byte[] {1, 2, 3})
                .build());
        wire[20 + 16 + 20 + 4] |= Avp.FLAG_MANDATORY;                     // the unknown AVP gets M
        DecodeResult bad = codec.decode(wire);
        DiameterError error = bad.firstError().orElseThrow();
        assertThat(error.resultCode()).isEqualTo(ResultCodes.DIAMETER_AVP_UNSUPPORTED);

        DiameterMessage answer = MessageBuilder.answer(dict, bad.message())
                .originHost("pcrf.example").originRealm("example")
                .errorAnswer(error)
                .build();
        assertThat(answer.flags().error()).isFalse();
        Avp echoed = answer.avp("Failed-AVP").orElseThrow().children().get(0);
        assertThat(echoed.code()).isEqualTo(7777);
        assertThat(echoed.vendorId()).isEqualTo(10415);
        assertThat(echoed.flags()).isEqualTo(0xC0);
        assertThat(echoed.data()).containsExactly(1, 2, 3);
        // Failed-AVP content is the peer's problem: our own decoder accepts the answer as valid.
        assertThat(codec.decode(DiameterCodec.encode(answer)).errors()).isEmpty();
    }

    /**
     * A Proxy-Info whose Proxy-Host claims 200 octets inside a 24-octet Proxy-Info: the request
     * is 5014, and its answer must not echo that Proxy-Info (RFC 6733 §6.2 copies Proxy-Info,
     * but a copy would make the answer itself fail to decode), while an intact one is copied.
     */
    @Test
    void anErrorAnswerLeavesOutAProxyInfoWhoseContentDoesNotDecode() {
        byte[] inner = {0, 0, 1, 24, 0x40, 0, 0, (byte) 200, 'r', 'e', 'l', 'a', 'y', '9', 0, 0};
        Avp broken = Avp.adopt(284, (byte) Avp.FLAG_MANDATORY, 0, inner, 0, inner.length, null,
                dict.avp("Proxy-Info").orElseThrow());
        DiameterMessage request = MessageBuilder.request(dict, ApplicationIds.COMMON, "DWR")
                .hopByHop(HopByHopId.of(0x99)).endToEnd(EndToEndId.of(0x77))
                .originHost("pcef.example").originRealm("example")
                .addGrouped("Proxy-Info", g -> g.add("Proxy-Host", "relay1").add("Proxy-State", new byte[] {1}))
                .add(broken)
                .build();
        DecodeResult bad = codec.decode(DiameterCodec.encode(request));
        DiameterError error = bad.firstError().orElseThrow();
        assertThat(error.resultCode()).isEqualTo(ResultCodes.DIAMETER_INVALID_AVP_LENGTH);
        assertThat(bad.message().avps("Proxy-Info")).extracting(Avp::isFaulty).containsExactly(false, true);

        DiameterMessage answer = MessageBuilder.answer(dict, bad.message())
                .originHost("pcrf.example").originRealm("example")
                .errorAnswer(error)
                .build();
        byte[] wire = DiameterCodec.encode(answer);
        DecodeResult back = codec.decode(wire);
        assertThat(back.errors()).isEmpty();
        assertThat(((wire[1] & 0xFF) << 16) | ((wire[2] & 0xFF) << 8) | (wire[3] & 0xFF)).isEqualTo(wire.length);
        assertThat(back.message().avps("Proxy-Info")).singleElement()
                .satisfies(p -> assertThat(p.child("Proxy-Host").orElseThrow().asUtf8String()).isEqualTo("relay1"));
    }

    @Test
    void aProxyInfoWithABadValueOrAMissingProxyStateIsNotEchoedEither() {
        DiameterMessage request = MessageBuilder.request(dict, ApplicationIds.COMMON, "DWR")
                .originHost("pcef.example").originRealm("example")
                .addGrouped("Proxy-Info", g -> g.add("Proxy-Host", "relay one").add("Proxy-State", new byte[] {1}))
                .addGrouped("Proxy-Info", g -> g.add("Proxy-Host", "relay2"))
                .build();
        DecodeResult bad = codec.decode(DiameterCodec.encode(request));
        assertThat(bad.errors()).extracting(DiameterError::resultCode)
                .containsExactly(ResultCodes.DIAMETER_INVALID_AVP_VALUE, ResultCodes.DIAMETER_MISSING_AVP);

        DiameterMessage answer = MessageBuilder.answer(dict, bad.message()).originHost("pcrf.example")
                .originRealm("example").errorAnswer(bad.firstError().orElseThrow()).build();
        assertThat(answer.avps("Proxy-Info")).isEmpty();
        assertThat(codec.decode(DiameterCodec.encode(answer)).errors()).isEmpty();
    }

    @Test
    void experimentalResultIsGroupedVendorAndCode() {
        DiameterMessage dwa = MessageBuilder.answer(dict, proxiedRequest())
                .experimentalResult(10415, 5065)
                .build();
        Avp er = dwa.avp("Experimental-Result").orElseThrow();
        assertThat(er.children()).extracting(Avp::name).containsExactly("Vendor-Id", "Experimental-Result-Code");
        assertThat(er.child("Experimental-Result-Code").orElseThrow().asUnsigned32()).isEqualTo(5065L);
    }

    @Test
    void flagsAndVendorComeFromTheDictionary() {
        DiameterMessage m = MessageBuilder.request(dict, ApplicationIds.COMMON, "DWR")
                .add("Product-Name", "x")                                  // M MUST NOT
                .add("Origin-Host", "x")                                   // M MUST
                .addRaw(268, 0, new byte[] {0, 0, 7, (byte) 0xd1})        // known identity: dictionary flags
                .addRaw(1, 10415, new byte[] {})                           // unknown vendor AVP: V only
                .build();
        assertThat(m.avps()).extracting(Avp::flags).containsExactly(0x00, 0x40, 0x40, 0x80);
        assertThat(m.avps().get(3).headerLength()).isEqualTo(12);
        assertThat(m.flags().asInt()).isEqualTo(CommandFlags.REQUEST);
    }

    @Test
    void wrongValuesAreRefusedWithTheAvpName() {
        MessageBuilder b = MessageBuilder.request(dict, ApplicationIds.COMMON, "DPR");
        assertThat(List.<Runnable>of(
                () -> b.add("Origin-State-Id", -1),
                () -> b.add("Origin-State-Id", 0x1_0000_0000L),
                () -> b.add("Origin-State-Id", "7"),
                () -> b.add("Disconnect-Cause", "SLEEPY"),
                () -> b.add("Host-IP-Address", new byte[3]),
                () -> b.add("Proxy-Info", "x"),
                () -> b.add("No-Such-AVP", 1)))
                .allSatisfy(r -> assertThatThrownBy(r::run).isInstanceOf(IllegalArgumentException.class));
        assertThatThrownBy(() -> MessageBuilder.request(dict, ApplicationIds.COMMON, "DPA"))
                .hasMessageContaining("answer");
        assertThatThrownBy(() -> MessageBuilder.request(dict, 99, "DPR")).hasMessageContaining("99");
    }

    /**
     * A built message or Grouped AVP takes over the builder's array when it is exactly full:
     * adding to the builder afterwards must not change what was built, at any fill level.
     */
    @Test
    void addingAfterBuildLeavesTheBuiltMessageAsItWas() {
        for (int extra = 0; extra < 20; extra++) {
            MessageBuilder b = MessageBuilder.request(dict, ApplicationIds.COMMON, "DWR")
                    .originHost("pcef.example").originRealm("example");
            for (int i = 0; i < extra; i++) {
                b.add("Origin-State-Id", (long) i);
            }
            DiameterMessage first = b.build();
            byte[] wire = DiameterCodec.encode(first);
            b.add("Origin-State-Id", 99L);
            DiameterMessage second = b.build();

            assertThat(first.avps()).hasSize(2 + extra);
            assertThat(DiameterCodec.encode(first)).isEqualTo(wire);
            assertThat(second.avps()).hasSize(3 + extra);
        }
    }

    @Test
    void aGroupedAvpBuiltAloneHasTheOctetsAndChildrenOfOneBuiltInAMessage() {
        Avp alone = GroupedAvpBuilder.build(dict, io.pcrfd.diameter.spec.Rfc6733.PROXY_INFO,
                g -> g.add("Proxy-Host", "relay1").add("Proxy-State", new byte[] {1, 2, 3, 4, 5}));
        DiameterMessage m = MessageBuilder.request(dict, ApplicationIds.COMMON, "DWR")
                .addGrouped("Proxy-Info", g -> g.add("Proxy-Host", "relay1").add("Proxy-State", new byte[] {1, 2, 3, 4, 5}))
                .build();
        Avp inMessage = m.avps().get(0);

        assertThat(alone).isEqualTo(inMessage);
        assertThat(alone.children()).containsExactlyElementsOf(inMessage.children());
        assertThat(alone.child("Proxy-State").orElseThrow().data()).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void anAnswerSizedForItsAvpsIsTheSameWhateverTheCountGiven() {
        byte[] expected = DiameterCodec.encode(MessageBuilder.answer(dict, proxiedRequest())
                .resultCode(ResultCodes.DIAMETER_SUCCESS).originHost("pcrf.example").originRealm("example").build());
        for (int count = 0; count < 8; count++) {
            DiameterMessage dwa = MessageBuilder.answer(dict, proxiedRequest(), count)
                    .resultCode(ResultCodes.DIAMETER_SUCCESS).originHost("pcrf.example").originRealm("example")
                    .build();
            assertThat(DiameterCodec.encode(dwa)).as("count %d", count).isEqualTo(expected);
        }
    }
}
