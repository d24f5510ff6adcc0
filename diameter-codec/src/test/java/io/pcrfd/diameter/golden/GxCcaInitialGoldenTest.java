package io.pcrfd.diameter.golden;

import static io.pcrfd.diameter.golden.GoldenBytes.*;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import org.junit.jupiter.api.Test;

/**
 * Gx CCA-I from the PCRF: a dynamic PCC rule (Charging-Rule-Install), QoS-Information,
 * Default-EPS-Bearer-QoS and Usage-Monitoring-Information with a volume threshold.
 */
class GxCcaInitialGoldenTest {

    /** Gx CCA-I, 688 octets, laid out per RFC 6733 sections 3 and 4. */
    static final String GX_CCA_I = ""
            + "010002b0" // version 1, length 688
            + "40000110" // flags P, command 272
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
            + "70637266" //   'pcrf'
            + "2e657861" //   '.exa'
            + "6d706c65" //   'mple'
            + "2e636f6d" //   '.com'
            + "00000128" // AVP code 296 Origin-Realm
            + "40000013" //   flags M, length 19
            + "6578616d" //   'exam'
            + "706c652e" //   'ple.'
            + "636f6d00" //   'com' + padding
            + "0000010c" // AVP code 268 Result-Code
            + "4000000c" //   flags M, length 12
            + "000007d1" //   value 2001
            + "000001a0" // AVP code 416 CC-Request-Type
            + "4000000c" //   flags M, length 12
            + "00000001" //   value 1
            + "0000019f" // AVP code 415 CC-Request-Number
            + "4000000c" //   flags M, length 12
            + "00000000" //   value 0
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
            + "000003ee" // AVP code 1006 Event-Trigger
            + "c0000010" //   flags VM, length 16
            + "000028af" //   vendor 10415
            + "00000021" //   value 33
            + "000003e9" // AVP code 1001 Charging-Rule-Install
            + "c0000110" //   flags VM, length 272
            + "000028af" //   vendor 10415
            + "000003eb" //   AVP code 1003 Charging-Rule-Definition
            + "c0000104" //     flags VM, length 260
            + "000028af" //     vendor 10415
            + "000003ed" //     AVP code 1005 Charging-Rule-Name
            + "c0000011" //       flags VM, length 17
            + "000028af" //       vendor 10415
            + "76696465" //       'vide'
            + "6f000000" //       'o' + padding
            + "000001b0" //     AVP code 432 Rating-Group
            + "4000000c" //       flags M, length 12
            + "0000000a" //       value 10
            + "00000422" //     AVP code 1058 Flow-Information
            + "8000004c" //       flags V, length 76
            + "000028af" //       vendor 10415
            + "000001fb" //       AVP code 507 Flow-Description
            + "c000002e" //         flags VM, length 46
            + "000028af" //         vendor 10415
            + "7065726d" //         'perm'
            + "6974206f" //         'it o'
            + "75742031" //         'ut 1'
            + "37206672" //         '7 fr'
            + "6f6d2061" //         'om a'
            + "6e792074" //         'ny t'
            + "6f206173" //         'o as'
            + "7369676e" //         'sign'
            + "65640000" //         'ed' + padding
            + "00000438" //       AVP code 1080 Flow-Direction
            + "80000010" //         flags V, length 16
            + "000028af" //         vendor 10415
            + "00000003" //         value 3
            + "000001ff" //     AVP code 511 Flow-Status
            + "c0000010" //       flags VM, length 16
            + "000028af" //       vendor 10415
            + "00000002" //       value 2
            + "000003f8" //     AVP code 1016 QoS-Information
            + "c0000058" //       flags VM, length 88
            + "000028af" //       vendor 10415
            + "00000404" //       AVP code 1028 QoS-Class-Identifier
            + "c0000010" //         flags VM, length 16
            + "000028af" //         vendor 10415
            + "00000008" //         value 8
            + "0000040a" //       AVP code 1034 Allocation-Retention-Priority
            + "8000003c" //         flags V, length 60
            + "000028af" //         vendor 10415
            + "00000416" //         AVP code 1046 Priority-Level
            + "80000010" //           flags V, length 16
            + "000028af" //           vendor 10415
            + "00000008" //           value 8
            + "00000417" //         AVP code 1047 Pre-emption-Capability
            + "80000010" //           flags V, length 16
            + "000028af" //           vendor 10415
            + "00000001" //           value 1
            + "00000418" //         AVP code 1048 Pre-emption-Vulnerability
            + "80000010" //           flags V, length 16
            + "000028af" //           vendor 10415
            + "00000000" //           value 0
            + "000003f2" //     AVP code 1010 Precedence
            + "c0000010" //       flags VM, length 16
            + "000028af" //       vendor 10415
            + "00000064" //       value 100
            + "0000042a" //     AVP code 1066 Monitoring-Key
            + "80000014" //       flags V, length 20
            + "000028af" //       vendor 10415
            + "6d6b2d76" //       'mk-v'
            + "6964656f" //       'ideo'
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
            + "0000042b" // AVP code 1067 Usage-Monitoring-Information
            + "80000048" //   flags V, length 72
            + "000028af" //   vendor 10415
            + "0000042a" //   AVP code 1066 Monitoring-Key
            + "80000014" //     flags V, length 20
            + "000028af" //     vendor 10415
            + "6d6b2d76" //     'mk-v'
            + "6964656f" //     'ideo'
            + "000001af" //   AVP code 431 Granted-Service-Unit
            + "40000018" //     flags M, length 24
            + "000001a5" //     AVP code 421 CC-Total-Octets
            + "40000010" //       flags M, length 16
            + "00000000" //       value 1000000000 (high half)
            + "3b9aca00" //       value 1000000000 (low half)
            + "0000042c" //   AVP code 1068 Usage-Monitoring-Level
            + "80000010" //     flags V, length 16
            + "000028af" //     vendor 10415
            + "00000001";  //     value 1

    static DiameterMessage gxCcaInitial() {
        return MessageBuilder.answer(DICT, GxCcrInitialGoldenTest.gxCcrInitial())
                .add("Auth-Application-Id", GX)
                .add("Origin-Host", "pcrf.example.com")
                .add("Origin-Realm", "example.com")
                .add("Result-Code", 2001L)
                .add("CC-Request-Type", "INITIAL_REQUEST")
                .add("CC-Request-Number", 0L)
                .addGrouped("Supported-Features", g1 -> g1
                        .add("Vendor-Id", 10415L)
                        .add("Feature-List-ID", 1L)
                        .add("Feature-List", 11L))
                .add("Event-Trigger", "USAGE_REPORT")
                .addGrouped("Charging-Rule-Install", g1 -> g1
                        .addGrouped("Charging-Rule-Definition", g2 -> g2
                                .add("Charging-Rule-Name", utf8("video"))
                                .add("Rating-Group", 10L)
                                .addGrouped("Flow-Information", g3 -> g3
                                        .add("Flow-Description", "permit out 17 from any to assigned")
                                        .add("Flow-Direction", "BIDIRECTIONAL"))
                                .add("Flow-Status", "ENABLED")
                                .addGrouped("QoS-Information", g3 -> g3
                                        .add("QoS-Class-Identifier", "QCI_8")
                                        .addGrouped("Allocation-Retention-Priority", g4 -> g4
                                                .add("Priority-Level", 8L)
                                                .add("Pre-emption-Capability", "PRE-EMPTION_CAPABILITY_DISABLED")
                                                .add("Pre-emption-Vulnerability", "PRE-EMPTION_VULNERABILITY_ENABLED")))
                                .add("Precedence", 100L)
                                .add("Monitoring-Key", utf8("mk-video"))))
                .addGrouped("QoS-Information", g1 -> g1
                        .add("APN-Aggregate-Max-Bitrate-UL", 50000000L)
                        .add("APN-Aggregate-Max-Bitrate-DL", 100000000L))
                .addGrouped("Default-EPS-Bearer-QoS", g1 -> g1
                        .add("QoS-Class-Identifier", "QCI_9")
                        .addGrouped("Allocation-Retention-Priority", g2 -> g2
                                .add("Priority-Level", 8L)
                                .add("Pre-emption-Capability", "PRE-EMPTION_CAPABILITY_DISABLED")
                                .add("Pre-emption-Vulnerability", "PRE-EMPTION_VULNERABILITY_ENABLED")))
                .addGrouped("Usage-Monitoring-Information", g1 -> g1
                        .add("Monitoring-Key", utf8("mk-video"))
                        .addGrouped("Granted-Service-Unit", g2 -> g2
                                .add("CC-Total-Octets", 1000000000L))
                        .add("Usage-Monitoring-Level", "PCC_RULE_LEVEL"))
                .build();
    }

    @Test
    void gxCcaInitialMatchesTheGoldenBytes() {
        assertGolden(gxCcaInitial(), GX_CCA_I);
    }
}
