package io.pcrfd.diameter.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import org.junit.jupiter.api.Test;

/** The "public API in one screen" of the module README, run as written, keeps the README true. */
class ReadmeExampleTest {
    @Test
    void theReadmeExampleWorksAsWritten() {
        Dictionary dict = Dictionary.standard();
        DiameterCodec codec = new DiameterCodec(dict);

        DiameterMessage ccr = MessageBuilder.request(dict, 16777238, "CCR")
                .hopByHop(HopByHopId.of(0x1234)).endToEnd(EndToEndId.of(0x5678))
                .add("Session-Id", "pcef.example;1;42")
                .add("Origin-Host", "pcef.example")
                .add("CC-Request-Type", "INITIAL_REQUEST")
                .add("CC-Request-Number", 0)
                .addGrouped("Subscription-Id", g -> g
                        .add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", "001010123456789"))
                .add("Framed-IP-Address", new byte[] {10, 0, 0, 1})
                .build();

        DiameterMessage cca = MessageBuilder.answer(dict, ccr)
                .resultCode(ResultCodes.DIAMETER_SUCCESS)
                .build();

        byte[] wire = DiameterCodec.encode(ccr);
        DecodeResult r = codec.decode(wire);
        assertThat(r.message().name()).isEqualTo("CCR");
        assertThat(r.message().flags().proxiable()).isTrue();
        // The example leaves out Auth-Application-Id, Origin-Realm and Destination-Realm, which
        // the Gx CCR requires: the decoder names each, with an example AVP.
        assertThat(r.errors()).extracting(e -> e.resultCode() + " " + e.failedAvp().name())
                .containsExactly("5005 Auth-Application-Id", "5005 Origin-Realm", "5005 Destination-Realm");

        Avp a = ccr.avp("Subscription-Id").orElseThrow();
        assertThat(a.child("Subscription-Id-Data").orElseThrow().asUtf8String()).isEqualTo("001010123456789");
        assertThat(cca.sessionId()).contains("pcef.example;1;42");
        assertThat(cca.hopByHop()).isEqualTo(HopByHopId.of(0x1234));
        assertThat(cca.name()).isEqualTo("CCA");
    }
}
