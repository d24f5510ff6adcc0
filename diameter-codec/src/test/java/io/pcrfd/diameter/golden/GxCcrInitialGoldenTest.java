package io.pcrfd.diameter.golden;

import static io.pcrfd.diameter.golden.GoldenBytes.*;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import org.junit.jupiter.api.Test;

/**
 * Gx (TS 29.212, application 16777238) CCR-I from a PCEF: subscriber, feature negotiation, access
 * (IP-CAN-Type, RAT-Type, location, time zone), APN-AMBR and the default bearer QoS.
 */
class GxCcrInitialGoldenTest {

    /** Gx CCR-I, 520 octets, laid out per RFC 6733 sections 3 and 4. */
    static final String GX_CCR_I = ""
            + "01000208" // version 1, length 520
            + "c0000110" // flags RP, command 272
            + "01000016" // application 16777238
            + "1234abcd" // hop-by-hop
            + "5678ef01" // end-to-end
            + "00000107" // AVP code 263 Session-Id
            + "4000001c" //   flags M, length 28
            + "70636566" //   'pcef'
            + "2e657861" //   '.exa'
            + "6d706c65" //   'mple'
            + "2e636f6d" //   '.com'
            + "3b313b31" //   ';1;1'
            + "00000102" // AVP code 258 Auth-Application-Id
            + "4000000c" //   flags M, length 12
            + "01000016" //   value 16777238
            + "00000108" // AVP code 264 Origin-Host
            + "40000018" //   flags M, length 24
            + "70636566" //   'pcef'
            + "2e657861" //   '.exa'
            + "6d706c65" //   'mple'
            + "2e636f6d" //   '.com'
            + "00000128" // AVP code 296 Origin-Realm
            + "40000013" //   flags M, length 19
            + "6578616d" //   'exam'
            + "706c652e" //   'ple.'
            + "636f6d00" //   'com' + padding
            + "0000011b" // AVP code 283 Destination-Realm
            + "40000013" //   flags M, length 19
            + "6578616d" //   'exam'
            + "706c652e" //   'ple.'
            + "636f6d00" //   'com' + padding
            + "000001a0" // AVP code 416 CC-Request-Type
            + "4000000c" //   flags M, length 12
            + "00000001" //   value 1
            + "0000019f" // AVP code 415 CC-Request-Number
            + "4000000c" //   flags M, length 12
            + "00000000" //   value 0
            + "000001bb" // AVP code 443 Subscription-Id
            + "4000002c" //   flags M, length 44
            + "000001c2" //   AVP code 450 Subscription-Id-Type
            + "4000000c" //     flags M, length 12
            + "00000001" //     value 1
            + "000001bc" //   AVP code 444 Subscription-Id-Data
            + "40000017" //     flags M, length 23
            + "30303130" //     '0010'
            + "31303132" //     '1012'
            + "33343536" //     '3456'
            + "37383900" //     '789' + padding
            + "00000274" // AVP code 628 Supported-Features
            + "80000038" //   flags V, length 56
            + "000028af" //   vendor 10415
            + "0000010a" //   AVP code 266 Vendor-Id
            + "4000000c" //     flags M, length 12
            + "000028af" //     value 10415
            + "00000275" //   AVP code 629 Feature-List-ID
            + "80000010" //     flags V, length 16
            + "000028af" //     vendor 10415
            + "00000001" //     value 1
            + "00000276" //   AVP code 630 Feature-List
            + "80000010" //     flags V, length 16
            + "000028af" //     vendor 10415
            + "0000000b" //     value 11
            + "00000400" // AVP code 1024 Network-Request-Support
            + "c0000010" //   flags VM, length 16
            + "000028af" //   vendor 10415
            + "00000001" //   value 1
            + "00000008" // AVP code 8 Framed-IP-Address
            + "4000000c" //   flags M, length 12
            + "0a2d0007" //   octets 0a2d0007
            + "00000403" // AVP code 1027 IP-CAN-Type
            + "c0000010" //   flags VM, length 16
            + "000028af" //   vendor 10415
            + "00000005" //   value 5
            + "00000408" // AVP code 1032 RAT-Type
            + "80000010" //   flags V, length 16
            + "000028af" //   vendor 10415
            + "000003ec" //   value 1004
            + "000003f8" // AVP code 1016 QoS-Information
            + "c000002c" //   flags VM, length 44
            + "000028af" //   vendor 10415
            + "00000411" //   AVP code 1041 APN-Aggregate-Max-Bitrate-UL
            + "80000010" //     flags V, length 16
            + "000028af" //     vendor 10415
            + "02faf080" //     value 50000000
            + "00000410" //   AVP code 1040 APN-Aggregate-Max-Bitrate-DL
            + "80000010" //     flags V, length 16
            + "000028af" //     vendor 10415
            + "05f5e100" //     value 100000000
            + "00000419" // AVP code 1049 Default-EPS-Bearer-QoS
            + "80000058" //   flags V, length 88
            + "000028af" //   vendor 10415
            + "00000404" //   AVP code 1028 QoS-Class-Identifier
            + "c0000010" //     flags VM, length 16
            + "000028af" //     vendor 10415
            + "00000009" //     value 9
            + "0000040a" //   AVP code 1034 Allocation-Retention-Priority
            + "8000003c" //     flags V, length 60
            + "000028af" //     vendor 10415
            + "00000416" //     AVP code 1046 Priority-Level
            + "80000010" //       flags V, length 16
            + "000028af" //       vendor 10415
            + "00000008" //       value 8
            + "00000417" //     AVP code 1047 Pre-emption-Capability
            + "80000010" //       flags V, length 16
            + "000028af" //       vendor 10415
            + "00000001" //       value 1
            + "00000418" //     AVP code 1048 Pre-emption-Vulnerability
            + "80000010" //       flags V, length 16
            + "000028af" //       vendor 10415
            + "00000000" //       value 0
            + "00000012" // AVP code 18 3GPP-SGSN-MCC-MNC
            + "c0000011" //   flags VM, length 17
            + "000028af" //   vendor 10415
            + "30303130" //   '0010'
            + "31000000" //   '1' + padding
            + "00000016" // AVP code 22 3GPP-User-Location-Info
            + "c0000019" //   flags VM, length 25
            + "000028af" //   vendor 10415
            + "8200f110" //   octets 8200f110
            + "000100f1" //   octets 000100f1
            + "10000001" //   octets 10000001
            + "02000000" //   octets 02 + padding
            + "00000017" // AVP code 23 3GPP-MS-TimeZone
            + "c000000e" //   flags VM, length 14
            + "000028af" //   vendor 10415
            + "40000000" //   octets 4000 + padding
            + "0000001e" // AVP code 30 Called-Station-Id
            + "40000010" //   flags M, length 16
            + "696e7465" //   'inte'
            + "726e6574";  //   'rnet'

    static DiameterMessage gxCcrInitial() {
        return MessageBuilder.request(DICT, GX, "CCR")
                .hopByHop(HOP_BY_HOP).endToEnd(END_TO_END)
                .add("Session-Id", "pcef.example.com;1;1")
                .add("Auth-Application-Id", GX)
                .add("Origin-Host", "pcef.example.com")
                .add("Origin-Realm", "example.com")
                .add("Destination-Realm", "example.com")
                .add("CC-Request-Type", "INITIAL_REQUEST")
                .add("CC-Request-Number", 0L)
                .addGrouped("Subscription-Id", g1 -> g1
                        .add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", "001010123456789"))
                .addGrouped("Supported-Features", g1 -> g1
                        .add("Vendor-Id", 10415L)
                        .add("Feature-List-ID", 1L)
                        .add("Feature-List", 11L))
                .add("Network-Request-Support", "NETWORK_REQUEST_SUPPORTED")
                .add("Framed-IP-Address", hex("0a2d0007"))
                .add("IP-CAN-Type", "3GPP-EPS")
                .add("RAT-Type", "EUTRAN")
                .addGrouped("QoS-Information", g1 -> g1
                        .add("APN-Aggregate-Max-Bitrate-UL", 50000000L)
                        .add("APN-Aggregate-Max-Bitrate-DL", 100000000L))
                .addGrouped("Default-EPS-Bearer-QoS", g1 -> g1
                        .add("QoS-Class-Identifier", "QCI_9")
                        .addGrouped("Allocation-Retention-Priority", g2 -> g2
                                .add("Priority-Level", 8L)
                                .add("Pre-emption-Capability", "PRE-EMPTION_CAPABILITY_DISABLED")
                                .add("Pre-emption-Vulnerability", "PRE-EMPTION_VULNERABILITY_ENABLED")))
                .add("3GPP-SGSN-MCC-MNC", "00101")
                .add("3GPP-User-Location-Info", hex("8200f110000100f11000000102"))
                .add("3GPP-MS-TimeZone", hex("4000"))
                .add("Called-Station-Id", "internet")
                .build();
    }

    @Test
    void gxCcrInitialMatchesTheGoldenBytes() {
        assertGolden(gxCcrInitial(), GX_CCR_I);
    }
}
