package io.pcrfd.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** A message built, encoded and decoded again is the same message, and valid. */
class RoundTripTest {
    private final Dictionary dict = Dictionary.standard();
    private final DiameterCodec codec = new DiameterCodec(dict);

    private DiameterMessage cer() throws Exception {
        return MessageBuilder.request(dict, ApplicationIds.COMMON, "CER")
                .hopByHop(HopByHopId.of(0x11223344)).endToEnd(EndToEndId.of(0x55667788))
                .add("Origin-Host", "pcrf.example.net")
                .add("Origin-Realm", "example.net")
                .add("Host-IP-Address", InetAddress.getByName("192.0.2.1"))
                .add("Vendor-Id", 10415L)
                .add("Product-Name", "pcrfd")
                .addGrouped("Vendor-Specific-Application-Id", g -> g
                        .add("Vendor-Id", 10415)
                        .add("Auth-Application-Id", 16777238L))
                .build();
    }

    @Test
    void capabilitiesExchangeRequestSurvivesEncodeAndDecode() throws Exception {
        DiameterMessage cer = cer();
        byte[] wire = DiameterCodec.encode(cer);
        DecodeResult r = codec.decode(wire);

        assertThat(r.errors()).isEmpty();
        DiameterMessage m = r.message();
        assertThat(m.name()).isEqualTo("CER");
        assertThat(m.isRequest()).isTrue();
        assertThat(m.flags().proxiable()).isFalse();
        assertThat(m.hopByHop()).isEqualTo(HopByHopId.of(0x11223344));
        assertThat(m.avp("Origin-Host").orElseThrow().asUtf8String()).isEqualTo("pcrf.example.net");
        assertThat(m.avp("Host-IP-Address").orElseThrow().asAddress().getHostAddress()).isEqualTo("192.0.2.1");
        Avp vsai = m.avp("Vendor-Specific-Application-Id").orElseThrow();
        assertThat(vsai.child("Auth-Application-Id").orElseThrow().asUnsigned32()).isEqualTo(16777238L);
        assertThat(m.avps()).isEqualTo(cer.avps());
        assertThat(DiameterCodec.encode(m)).isEqualTo(wire);
    }

    @Test
    void answerCopiesIdsAndCarriesResultCode() throws Exception {
        DiameterMessage cea = MessageBuilder.answer(dict, cer())
                .resultCode(ResultCodes.DIAMETER_SUCCESS)
                .originHost("peer.example.net").originRealm("example.net")
                .add("Host-IP-Address", InetAddress.getByName("2001:db8::1"))
                .add("Vendor-Id", 0)
                .add("Product-Name", "peer")
                .build();
        DecodeResult r = codec.decode(DiameterCodec.encode(cea));

        assertThat(r.errors()).isEmpty();
        assertThat(r.message().name()).isEqualTo("CEA");
        assertThat(r.message().hopByHop().value()).isEqualTo(0x11223344);
        assertThat(r.message().endToEnd().value()).isEqualTo(0x55667788);
        assertThat(r.message().avp("Result-Code").orElseThrow().asUnsigned32()).isEqualTo(2001L);
    }
}
