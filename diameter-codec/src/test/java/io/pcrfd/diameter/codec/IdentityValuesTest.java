package io.pcrfd.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DiameterIdentity AVPs (RFC 6733 §4.3.1) and the Session-Id (§8.8) are checked by the decoder
 * for every application: a bad one is 5004 with exactly that AVP as the Failed-AVP.
 */
class IdentityValuesTest {
    private static final Dictionary DICT = Dictionary.standard();
    private final DiameterCodec codec = new DiameterCodec(DICT);

    private static DiameterMessage ccr(String sessionId, String originHost, String originRealm) {
        return MessageBuilder.request(DICT, ApplicationIds.GX, "CCR")
                .add("Session-Id", sessionId)
                .add("Auth-Application-Id", ApplicationIds.GX)
                .add("Origin-Host", originHost)
                .add("Origin-Realm", originRealm)
                .add("Destination-Realm", "pcrf.example")
                .add("CC-Request-Type", "INITIAL_REQUEST")
                .add("CC-Request-Number", 0L)
                .build();
    }

    private DecodeResult decode(DiameterMessage m) {
        return codec.decode(DiameterCodec.encode(m));
    }

    /** The decode's only error is 5004 whose Failed-AVP is, octet for octet, the AVP as sent. */
    private void assertRefused(DiameterMessage sent, String avp) {
        DecodeResult r = decode(sent);
        assertThat(r.errors()).as("errors for %s", avp).hasSize(1);
        DiameterError e = r.errors().get(0);
        assertThat(e.resultCode()).isEqualTo(ResultCodes.DIAMETER_INVALID_AVP_VALUE);
        assertThat(e.failedAvp()).isEqualTo(sent.avp(avp).orElseThrow());
        assertThat(e.text()).contains(avp);
    }

    @Test
    void badOriginHostsAre5004WithTheOriginHost() {
        for (String host : List.of("", "pgw 1.epc.example", "pgw1.example,pgw2.example", "pgw1\r\nFORGED",
                "pgw1.example\u0000", "pgw1..example", "pgw1.example\t")) {
            assertRefused(ccr("pgw1;1;1", host, "epc.example"), "Origin-Host");
        }
    }

    @Test
    void badOriginRealmsAre5004WithTheOriginRealm() {
        for (String realm : List.of("", " ", "epc example", "epc,example", "epc.example\n")) {
            assertRefused(ccr("pgw1;1;1", "pgw1.epc.example", realm), "Origin-Realm");
        }
    }

    @Test
    void emptyOrControlCharacterSessionIdsAre5004WithTheSessionId() {
        // short ones, and long ones with the control character inside an eight-octet word
        for (String id : List.of("", "pgw1;1;1\nFORGED", "pgw1;\r1", "pgw1;\t1", "pgw1;\u007F1", "pgw1;\u00851",
                "\u0000", "pgw\u007Fx;1;1;22222", "pgw1;1;1;2\u001Fabcdefgh", "abcdefgh\u0000abcdefgh",
                "abcdefghabcdefgh\u0085")) {
            assertRefused(ccr(id, "pgw1.epc.example", "epc.example"), "Session-Id");
        }
    }

    @Test
    void identitiesOfRealDeploymentsAndFreeFormSessionIdsPass() {
        assertThat(decode(ccr("pgw_1.lab-net.example;1;2;ü/x y", "pgw_1.lab-net.example", "lab-net.example"))
                .errors()).isEmpty();
        assertThat(decode(ccr("s", "PGW-01.EPC.MNC001.MCC001.3GPPNETWORK.ORG.", "localhost")).errors()).isEmpty();
    }

    @Test
    void everyDiameterIdentityAvpIsCheckedNotOnlyTheOriginHost() {
        DiameterMessage m = MessageBuilder.request(DICT, ApplicationIds.GX, "CCR")
                .add("Session-Id", "pgw1;1;1").add("Auth-Application-Id", ApplicationIds.GX)
                .add("Origin-Host", "pgw1.epc.example").add("Origin-Realm", "epc.example")
                .add("Destination-Realm", "pcrf.example").add("CC-Request-Type", "INITIAL_REQUEST")
                .add("CC-Request-Number", 0L).add("Destination-Host", "pcrf one")
                .build();
        assertRefused(m, "Destination-Host");
    }

    @Test
    void aCerWithABadOriginHostIs5004() throws Exception {
        DiameterMessage cer = MessageBuilder.request(DICT, ApplicationIds.COMMON, "CER")
                .originHost("pcef,evil").originRealm("example")
                .add("Host-IP-Address", InetAddress.getByName("192.0.2.1"))
                .add("Vendor-Id", 10415).add("Product-Name", "pcef")
                .add("Auth-Application-Id", ApplicationIds.GX)
                .build();
        assertRefused(cer, "Origin-Host");
        Avp failed = decode(cer).errors().get(0).failedAvp();
        assertThat(failed.asUtf8String()).isEqualTo("pcef,evil");
    }
}
