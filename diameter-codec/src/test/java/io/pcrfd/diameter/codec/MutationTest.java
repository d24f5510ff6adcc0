package io.pcrfd.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Encode a valid CER, flip one bit (or change one field), decode, and expect exactly this
 * error list. Offsets refer to the CER laid out word by word in {@link BaseGoldenBytesTest}
 * plus an unknown AVP at the end:
 *
 * <pre>
 *   0 header            20 Origin-Host       40 Origin-Realm     56 Host-IP-Address
 *  72 Vendor-Id         84 Product-Name     100 Origin-State-Id  112 Supported-Vendor-Id
 * 124 Auth-App-Id      136 VSAI             168 unknown AVP 4242 (no M, 4 octets)
 * </pre>
 */
class MutationTest {
    private static final int ORIGIN_STATE_ID = 100;
    private static final int VSAI = 136;
    private static final int UNKNOWN = 168;

    private final Dictionary dict = Dictionary.standard();
    private final DiameterCodec codec = new DiameterCodec(dict);

    private static byte[] cer() throws Exception {
        Dictionary d = Dictionary.standard();
        DiameterMessage m = MessageBuilder.request(d, ApplicationIds.COMMON, "CER")
                .hopByHop(HopByHopId.of(1)).endToEnd(EndToEndId.of(2))
                .add("Origin-Host", "pcrf.example")
                .add("Origin-Realm", "example")
                .add("Host-IP-Address", InetAddress.getByName("192.0.2.1"))
                .add("Vendor-Id", 10415)
                .add("Product-Name", "pcrfd")
                .add("Origin-State-Id", 1)
                .add("Supported-Vendor-Id", 10415)
                .add("Auth-Application-Id", 4)
                .addGrouped("Vendor-Specific-Application-Id", g -> g
                        .add("Vendor-Id", 10415)
                        .add("Auth-Application-Id", ApplicationIds.GX))
                .addRaw(4242, 0, new byte[] {1, 2, 3, 4})
                .build();
        return DiameterCodec.encode(m);
    }

    private static byte[] flip(byte[] b, int offset, int mask) {
        byte[] c = b.clone();
        c[offset] ^= (byte) mask;
        return c;
    }

    private List<String> errors(byte[] wire) {
        return codec.decode(wire).errors().stream()
                .map(e -> e.resultCode() + (e.failedAvp() == null ? "" : " " + e.failedAvp().name()))
                .toList();
    }

    @Test
    void theUnmutatedMessageIsValid() throws Exception {
        assertThat(errors(cer())).isEmpty();
    }

    @Test
    void headerMutations() throws Exception {
        byte[] ok = cer();
        assertThat(errors(flip(ok, 0, 0x02))).containsExactly("5011");          // version 3
        assertThat(errors(flip(ok, 3, 0x01))).containsExactly("5015");          // length 181: odd and too long
        // Length 176, shorter than the 180 octets: the last AVP runs past the message end.
        assertThat(errors(flip(ok, 3, 0x04))).containsExactly("5015", "5014 Unknown(4242/0)");
        assertThat(errors(flip(ok, 4, 0x20))).containsExactly("3008");          // E on a request
        assertThat(errors(flip(ok, 4, 0x40))).containsExactly("3008");          // P on CER, not proxiable
        assertThat(errors(flip(ok, 4, 0x01))).isEmpty();                        // reserved bit: ignored
        assertThat(errors(flip(ok, 4, 0x10))).isEmpty();                        // T: a retransmission
        assertThat(errors(flip(ok, 7, 0x02))).containsExactly("3001");          // code 259 in application 0
        assertThat(errors(flip(ok, 11, 0x08))).containsExactly("3007");         // application 8
    }

    @Test
    void avpLengthMutations() throws Exception {
        byte[] ok = cer();
        // Origin-State-Id length 12 -> 13: bad for an Unsigned32; the length field says the next
        // AVP starts at 116, where the words 4000000c 000028af read as code 0x4000000c with
        // length 10415, past the end: stop there.
        byte[] len13 = flip(ok, ORIGIN_STATE_ID + 7, 0x01);
        assertThat(errors(len13)).containsExactly("5014 Origin-State-Id", "5014 Unknown(1073741836/0)");
        // Length 12 -> 8: no data; the next AVP header is read from the old data word, which
        // is 00000001: code 1 (User-Name) with a length of zero -> impossible, stop.
        byte[] len8 = flip(ok, ORIGIN_STATE_ID + 7, 0x04);
        List<DiameterError> e = codec.decode(len8).errors();
        assertThat(e).extracting(DiameterError::resultCode).containsExactly(5014L, 5014L);
        assertThat(e.get(1).failedAvp().code()).isEqualTo(1);
        // Length with a high bit: runs past the message, so stop this level and report once.
        byte[] huge = flip(ok, ORIGIN_STATE_ID + 5, 0x01);
        assertThat(errors(huge)).containsExactly("5014 Origin-State-Id");
        DiameterError err = codec.decode(huge).errors().get(0);
        assertThat(err.failedAvp().dataLength()).isEqualTo(4);                    // zero payload, §7.5
        assertThat(err.failedAvp().asUnsigned32()).isZero();
    }

    @Test
    void avpFlagMutations() throws Exception {
        byte[] ok = cer();
        assertThat(errors(flip(ok, ORIGIN_STATE_ID + 4, 0x01))).containsExactly("3009 Origin-State-Id");
        assertThat(errors(flip(ok, ORIGIN_STATE_ID + 4, 0x20))).isEmpty();        // P: ignored on receipt
        assertThat(errors(flip(ok, ORIGIN_STATE_ID + 4, 0x40))).isEmpty();        // M cleared: lenient
        byte[] mOnUnknown = flip(ok, UNKNOWN + 4, 0x40);
        List<DiameterError> e = codec.decode(mOnUnknown).errors();
        assertThat(e).extracting(DiameterError::resultCode).containsExactly(5001L);
        Avp failed = e.get(0).failedAvp();
        assertThat(failed.code()).isEqualTo(4242);
        assertThat(failed.data()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void avpCodeMutationsChangeIdentity() throws Exception {
        byte[] ok = cer();
        // The V bit on Origin-State-Id makes it (278, vendor 1): unknown, with M set -> 5001.
        // Its "vendor" is the value word, the data is empty, and the next AVP is still in place.
        byte[] v = flip(ok, ORIGIN_STATE_ID + 4, 0x80);
        assertThat(errors(v)).containsExactly("5001 Unknown(278/1)");
        // Supported-Vendor-Id (265) -> 264 Origin-Host: a second Origin-Host.
        // Its data 000028af is not UTF-8 either.
        assertThat(errors(flip(ok, 112 + 3, 0x01))).containsExactly("5004 Origin-Host", "5009 Origin-Host");
        // Vendor-Id in the VSAI (266) -> 264 Origin-Host: not allowed in the VSAI, and the
        // required Vendor-Id is missing there (and 000028af is no UTF-8).
        assertThat(errors(flip(ok, VSAI + 8 + 3, 0x02)))
                .containsExactly("5004 Origin-Host", "5008 Origin-Host", "5005 Vendor-Id");
        // Auth-Application-Id in the VSAI (258) -> 259 Acct-Application-Id: still one of the two.
        assertThat(errors(flip(ok, VSAI + 20 + 3, 0x01))).isEmpty();
        // -> 256: unknown with M; the VSAI then has neither application id.
        assertThat(errors(flip(ok, VSAI + 20 + 3, 0x02)))
                .containsExactly("5001 Unknown(256/0)", "5005 Auth-Application-Id");
    }

    @Test
    void valueMutations() throws Exception {
        byte[] ok = cer();
        // Host-IP-Address family 1 -> 3.
        assertThat(errors(flip(ok, 56 + 9, 0x02))).containsExactly("5004 Host-IP-Address");
        // Product-Name "pcrfd" -> first octet 0xf0: not UTF-8.
        assertThat(errors(flip(ok, 84 + 8, 0x80))).containsExactly("5004 Product-Name");
        // Origin-Host: 'p' -> 0xc0 'c': overlong form.
        byte[] overlong = ok.clone();
        overlong[28] = (byte) 0xc0;
        assertThat(errors(overlong)).containsExactly("5004 Origin-Host");
    }

    @Test
    void missingRequiredAvpsGetAnExampleAvp() throws Exception {
        byte[] ok = cer();
        // Origin-Realm's code 296 -> 297 Experimental-Result, a Grouped: its 7 octets of data
        // are a truncated AVP header, its two required AVPs are missing, and so is Origin-Realm.
        byte[] m = flip(ok, 40 + 3, 0x01);
        assertThat(errors(m)).containsExactly("5014 Unknown(1702388077/0)", "5005 Vendor-Id",
                "5005 Experimental-Result-Code", "5005 Origin-Realm");
        Avp example = codec.decode(m).errors().get(3).failedAvp();
        assertThat(example.code()).isEqualTo(296);
        assertThat(example.flags()).isEqualTo(0x40);
        assertThat(example.dataLength()).isZero();
    }

    @Test
    void aBadValueLengthDoesNotShiftTheNextAvp() {
        DiameterMessage m = MessageBuilder.request(dict, ApplicationIds.COMMON, "DWR")
                .originHost("pcrf.example").originRealm("example")
                .addRaw(278, 0, new byte[] {0, 0, 0, 0, 0, 1})                  // Origin-State-Id of 6 octets
                .addRaw(4242, 0, new byte[] {9})
                .build();
        DecodeResult r = codec.decode(DiameterCodec.encode(m));
        assertThat(r.errors()).extracting(e -> e.resultCode() + " " + e.failedAvp().name())
                .containsExactly("5014 Origin-State-Id");
        assertThat(r.message().avps()).hasSize(4);
        assertThat(r.message().avp(4242, 0).orElseThrow().data()).containsExactly(9);
    }

    @Test
    void truncatedAvpHeaderIsPaddedWithZeros() throws Exception {
        byte[] ok = cer();
        byte[] longer = new byte[ok.length + 4];
        System.arraycopy(ok, 0, longer, 0, ok.length);
        longer[ok.length] = 0x00;
        longer[ok.length + 3] = 0x07;
        longer[3] = (byte) longer.length;
        List<DiameterError> e = codec.decode(longer).errors();
        assertThat(e).extracting(DiameterError::resultCode).containsExactly(5014L);
        assertThat(e.get(0).failedAvp().code()).isEqualTo(7);
        assertThat(e.get(0).failedAvp().avpLength()).isEqualTo(8);
    }

    @Test
    void shorterThanAHeaderHasNoMessage() {
        DecodeResult r = codec.decode(new byte[12]);
        assertThat(r.message()).isNull();
        assertThat(r.errors()).extracting(DiameterError::resultCode).containsExactly(5015L);
    }
}
