package io.pcrfd.diameter.codec;

import static io.pcrfd.diameter.codec.WireHex.hex;
import static io.pcrfd.diameter.codec.WireHex.words;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/**
 * The base messages built through the builder, against octets worked out by hand from
 * RFC 6733 §3 (header), §4.1 (AVP header), §4.5 (codes and flags) and §5 (grammars). One
 * line per 32-bit word. Every message also decodes back without errors.
 */
class BaseGoldenBytesTest {
    private final Dictionary dict = Dictionary.standard();
    private final DiameterCodec codec = new DiameterCodec(dict);

    private DiameterMessage cer() throws Exception {
        return MessageBuilder.request(dict, ApplicationIds.COMMON, "CER")
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
                .build();
    }

    private void assertGolden(DiameterMessage m, byte[] expected) {
        assertThat(hex(DiameterCodec.encode(m))).isEqualTo(hex(expected));
        DecodeResult r = codec.decode(expected);
        assertThat(r.errors()).isEmpty();
        assertThat(hex(DiameterCodec.encode(r.message()))).isEqualTo(hex(expected));
    }

    @Test
    void capabilitiesExchangeRequest() throws Exception {
        assertGolden(cer(), words(
                "01 0000a8", // version 1, Message Length 168
                "80 000101", // flags R (CER is not proxiable), Command Code 257
                "00000000", // Application-ID 0: common messages
                "00000001", // Hop-by-Hop Identifier
                "00000002", // End-to-End Identifier
                "00000108", // AVP Code 264 Origin-Host
                "40 000014", // flags M, AVP Length 20 (8 + 12)
                "70637266", // "pcrf"
                "2e657861", // ".exa"
                "6d706c65", // "mple"
                "00000128", // AVP Code 296 Origin-Realm
                "40 00000f", // flags M, AVP Length 15
                "6578616d", // "exam"
                "706c6500", // "ple" + 1 octet padding
                "00000101", // AVP Code 257 Host-IP-Address
                "40 00000e", // flags M, AVP Length 14 (8 + 2 + 4)
                "0001 c000", // AddressType 1 (IPv4), 192.0
                "0201 0000", // .2.1 + 2 octets padding
                "0000010a", // AVP Code 266 Vendor-Id
                "40 00000c", // flags M, AVP Length 12
                "000028af", // 10415 (3GPP)
                "0000010d", // AVP Code 269 Product-Name
                "00 00000d", // no flags (M MUST NOT), AVP Length 13
                "70637266", // "pcrf"
                "64000000", // "d" + 3 octets padding
                "00000116", // AVP Code 278 Origin-State-Id
                "40 00000c", // flags M, AVP Length 12
                "00000001", // 1
                "00000109", // AVP Code 265 Supported-Vendor-Id
                "40 00000c", // flags M, AVP Length 12
                "000028af", // 10415
                "00000102", // AVP Code 258 Auth-Application-Id
                "40 00000c", // flags M, AVP Length 12
                "00000004", // 4: Diameter Credit Control
                "00000104", // AVP Code 260 Vendor-Specific-Application-Id
                "40 000020", // flags M, AVP Length 32 (8 + two 12-octet AVPs)
                "0000010a", //   AVP Code 266 Vendor-Id
                "40 00000c", //   flags M, AVP Length 12
                "000028af", //   10415
                "00000102", //   AVP Code 258 Auth-Application-Id
                "40 00000c", //   flags M, AVP Length 12
                "01000016")); //   16777238: Gx
    }

    @Test
    void capabilitiesExchangeAnswer() throws Exception {
        DiameterMessage cea = MessageBuilder.answer(dict, cer())
                .resultCode(ResultCodes.DIAMETER_SUCCESS)
                .originHost("peer.example")
                .originRealm("example")
                .add("Host-IP-Address", InetAddress.getByName("2001:db8::1"))
                .add("Vendor-Id", 10415)
                .add("Product-Name", "pcrfd")
                .add("Auth-Application-Id", 4)
                .build();
        assertGolden(cea, words(
                "01 000088", // version 1, Message Length 136
                "00 000101", // no flags (answer), Command Code 257
                "00000000", // Application-ID 0
                "00000001", // Hop-by-Hop Identifier copied from the CER
                "00000002", // End-to-End Identifier copied from the CER
                "0000010c", // AVP Code 268 Result-Code
                "40 00000c", // flags M, AVP Length 12
                "000007d1", // 2001 DIAMETER_SUCCESS
                "00000108", // AVP Code 264 Origin-Host
                "40 000014", // flags M, AVP Length 20
                "70656572", // "peer"
                "2e657861", // ".exa"
                "6d706c65", // "mple"
                "00000128", // AVP Code 296 Origin-Realm
                "40 00000f", // flags M, AVP Length 15
                "6578616d", // "exam"
                "706c6500", // "ple" + padding
                "00000101", // AVP Code 257 Host-IP-Address
                "40 00001a", // flags M, AVP Length 26 (8 + 2 + 16)
                "0002 2001", // AddressType 2 (IPv6), 2001:
                "0db8 0000", // 0db8:0000:
                "00000000", // 0000:0000:
                "00000000", // 0000:0000:
                "0001 0000", // 0001 + 2 octets padding
                "0000010a", // AVP Code 266 Vendor-Id
                "40 00000c", // flags M, AVP Length 12
                "000028af", // 10415
                "0000010d", // AVP Code 269 Product-Name
                "00 00000d", // no flags, AVP Length 13
                "70637266", // "pcrf"
                "64000000", // "d" + padding
                "00000102", // AVP Code 258 Auth-Application-Id
                "40 00000c", // flags M, AVP Length 12
                "00000004")); // 4
    }

    @Test
    void deviceWatchdogRequest() {
        DiameterMessage dwr = MessageBuilder.request(dict, ApplicationIds.COMMON, "DWR")
                .hopByHop(HopByHopId.of(0x0a0b0c0d)).endToEnd(EndToEndId.of(0xdeadbeef))
                .originHost("pcrf.example").originRealm("example")
                .add("Origin-State-Id", 1)
                .build();
        assertGolden(dwr, words(
                "01 000044", // version 1, Message Length 68
                "80 000118", // flags R, Command Code 280
                "00000000", // Application-ID 0
                "0a0b0c0d", // Hop-by-Hop Identifier
                "deadbeef", // End-to-End Identifier
                "00000108", // AVP Code 264 Origin-Host
                "40 000014", // flags M, AVP Length 20
                "70637266", // "pcrf"
                "2e657861", // ".exa"
                "6d706c65", // "mple"
                "00000128", // AVP Code 296 Origin-Realm
                "40 00000f", // flags M, AVP Length 15
                "6578616d", // "exam"
                "706c6500", // "ple" + padding
                "00000116", // AVP Code 278 Origin-State-Id
                "40 00000c", // flags M, AVP Length 12
                "00000001")); // 1
    }

    @Test
    void disconnectPeerRequest() {
        DiameterMessage dpr = MessageBuilder.request(dict, ApplicationIds.COMMON, "DPR")
                .hopByHop(HopByHopId.of(7)).endToEnd(EndToEndId.of(8))
                .originHost("pcrf.example").originRealm("example")
                .add("Disconnect-Cause", "DO_NOT_WANT_TO_TALK_TO_YOU")
                .build();
        assertGolden(dpr, words(
                "01 000044", // version 1, Message Length 68
                "80 00011a", // flags R, Command Code 282
                "00000000", // Application-ID 0
                "00000007", // Hop-by-Hop Identifier
                "00000008", // End-to-End Identifier
                "00000108", // AVP Code 264 Origin-Host
                "40 000014", // flags M, AVP Length 20
                "70637266", // "pcrf"
                "2e657861", // ".exa"
                "6d706c65", // "mple"
                "00000128", // AVP Code 296 Origin-Realm
                "40 00000f", // flags M, AVP Length 15
                "6578616d", // "exam"
                "706c6500", // "ple" + padding
                "00000111", // AVP Code 273 Disconnect-Cause
                "40 00000c", // flags M, AVP Length 12
                "00000002")); // 2 DO_NOT_WANT_TO_TALK_TO_YOU
    }

    @Test
    void deviceWatchdogAnswer() {
        DiameterMessage dwr = MessageBuilder.request(dict, ApplicationIds.COMMON, "DWR")
                .hopByHop(HopByHopId.of(0x0a0b0c0d)).endToEnd(EndToEndId.of(0xdeadbeef))
                .originHost("pcrf.example").originRealm("example")
                .build();
        DiameterMessage dwa = MessageBuilder.answer(dict, dwr)
                .resultCode(ResultCodes.DIAMETER_SUCCESS)
                .originHost("peer.example").originRealm("example")
                .build();
        assertGolden(dwa, words(
                "01 000044", // version 1, Message Length 68
                "00 000118", // no flags, Command Code 280
                "00000000", // Application-ID 0
                "0a0b0c0d", // Hop-by-Hop Identifier (copied)
                "deadbeef", // End-to-End Identifier (copied)
                "0000010c", // AVP Code 268 Result-Code
                "40 00000c", // flags M, AVP Length 12
                "000007d1", // 2001
                "00000108", // AVP Code 264 Origin-Host
                "40 000014", // flags M, AVP Length 20
                "70656572", // "peer"
                "2e657861", // ".exa"
                "6d706c65", // "mple"
                "00000128", // AVP Code 296 Origin-Realm
                "40 00000f", // flags M, AVP Length 15
                "6578616d", // "exam"
                "706c6500")); // "ple" + padding
    }
}
