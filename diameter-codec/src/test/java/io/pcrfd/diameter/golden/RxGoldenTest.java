package io.pcrfd.diameter.golden;

import static io.pcrfd.diameter.golden.GoldenBytes.*;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import org.junit.jupiter.api.Test;

/**
 * Rx (TS 29.214, application 16777236): an AAR for one audio media component with two flows.
 */
class RxGoldenTest {

    /** Rx AAR, 484 octets, laid out per RFC 6733 sections 3 and 4. */
    static final String RX_AAR = ""
            + "010001e4" // version 1, length 484
            + "c0000109" // flags RP, command 265
            + "01000014" // application 16777236
            + "1234abcd" // hop-by-hop
            + "5678ef01" // end-to-end
            + "00000107" // AVP code 263 Session-Id
            + "4000001d" //   flags M, length 29
            + "70637363" //   'pcsc'
            + "662e6578" //   'f.ex'
            + "616d706c" //   'ampl'
            + "652e636f" //   'e.co'
            + "6d3b343b" //   'm;4;'
            + "32000000" //   '2' + padding
            + "00000102" // AVP code 258 Auth-Application-Id
            + "4000000c" //   flags M, length 12
            + "01000014" //   value 16777236
            + "00000108" // AVP code 264 Origin-Host
            + "40000019" //   flags M, length 25
            + "70637363" //   'pcsc'
            + "662e6578" //   'f.ex'
            + "616d706c" //   'ampl'
            + "652e636f" //   'e.co'
            + "6d000000" //   'm' + padding
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
            + "000001f8" // AVP code 504 AF-Application-Identifier
            + "c0000018" //   flags VM, length 24
            + "000028af" //   vendor 10415
            + "494d5320" //   'IMS '
            + "53657276" //   'Serv'
            + "69636573" //   'ices'
            + "00000205" // AVP code 517 Media-Component-Description
            + "c0000110" //   flags VM, length 272
            + "000028af" //   vendor 10415
            + "00000206" //   AVP code 518 Media-Component-Number
            + "c0000010" //     flags VM, length 16
            + "000028af" //     vendor 10415
            + "00000001" //     value 1
            + "00000207" //   AVP code 519 Media-Sub-Component
            + "c00000b4" //     flags VM, length 180
            + "000028af" //     vendor 10415
            + "000001fd" //     AVP code 509 Flow-Number
            + "c0000010" //       flags VM, length 16
            + "000028af" //       vendor 10415
            + "00000001" //       value 1
            + "000001fb" //     AVP code 507 Flow-Description
            + "c0000043" //       flags VM, length 67
            + "000028af" //       vendor 10415
            + "7065726d" //       'perm'
            + "6974206f" //       'it o'
            + "75742031" //       'ut 1'
            + "37206672" //       '7 fr'
            + "6f6d2031" //       'om 1'
            + "302e3435" //       '0.45'
            + "2e302e37" //       '.0.7'
            + "20343931" //       ' 491'
            + "35322074" //       '52 t'
            + "6f203139" //       'o 19'
            + "382e3531" //       '8.51'
            + "2e313030" //       '.100'
            + "2e352035" //       '.5 5'
            + "30303400" //       '004' + padding
            + "000001fb" //     AVP code 507 Flow-Description
            + "c0000042" //       flags VM, length 66
            + "000028af" //       vendor 10415
            + "7065726d" //       'perm'
            + "69742069" //       'it i'
            + "6e203137" //       'n 17'
            + "2066726f" //       ' fro'
            + "6d203139" //       'm 19'
            + "382e3531" //       '8.51'
            + "2e313030" //       '.100'
            + "2e352035" //       '.5 5'
            + "30303420" //       '004 '
            + "746f2031" //       'to 1'
            + "302e3435" //       '0.45'
            + "2e302e37" //       '.0.7'
            + "20343931" //       ' 491'
            + "35320000" //       '52' + padding
            + "00000200" //     AVP code 512 Flow-Usage
            + "c0000010" //       flags VM, length 16
            + "000028af" //       vendor 10415
            + "00000000" //       value 0
            + "00000208" //   AVP code 520 Media-Type
            + "c0000010" //     flags VM, length 16
            + "000028af" //     vendor 10415
            + "00000000" //     value 0
            + "00000204" //   AVP code 516 Max-Requested-Bandwidth-UL
            + "c0000010" //     flags VM, length 16
            + "000028af" //     vendor 10415
            + "0000fa00" //     value 64000
            + "00000203" //   AVP code 515 Max-Requested-Bandwidth-DL
            + "c0000010" //     flags VM, length 16
            + "000028af" //     vendor 10415
            + "0000fa00" //     value 64000
            + "000001ff" //   AVP code 511 Flow-Status
            + "c0000010" //     flags VM, length 16
            + "000028af" //     vendor 10415
            + "00000002" //     value 2
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
            + "00000008" // AVP code 8 Framed-IP-Address
            + "4000000c" //   flags M, length 12
            + "0a2d0007";  //   octets 0a2d0007

    static DiameterMessage rxAar() {
        return MessageBuilder.request(DICT, RX, "AAR")
                .hopByHop(HOP_BY_HOP).endToEnd(END_TO_END)
                .add("Session-Id", "pcscf.example.com;4;2")
                .add("Auth-Application-Id", RX)
                .add("Origin-Host", "pcscf.example.com")
                .add("Origin-Realm", "example.com")
                .add("Destination-Realm", "example.com")
                .add("AF-Application-Identifier", utf8("IMS Services"))
                .addGrouped("Media-Component-Description", g1 -> g1
                        .add("Media-Component-Number", 1L)
                        .addGrouped("Media-Sub-Component", g2 -> g2
                                .add("Flow-Number", 1L)
                                .add("Flow-Description", "permit out 17 from 10.45.0.7 49152 to 198.51.100.5 5004")
                                .add("Flow-Description", "permit in 17 from 198.51.100.5 5004 to 10.45.0.7 49152")
                                .add("Flow-Usage", "NO_INFORMATION"))
                        .add("Media-Type", "AUDIO")
                        .add("Max-Requested-Bandwidth-UL", 64000L)
                        .add("Max-Requested-Bandwidth-DL", 64000L)
                        .add("Flow-Status", "ENABLED"))
                .addGrouped("Subscription-Id", g1 -> g1
                        .add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", "001010123456789"))
                .add("Framed-IP-Address", hex("0a2d0007"))
                .build();
    }

    @Test
    void rxAarMatchesTheGoldenBytes() {
        assertGolden(rxAar(), RX_AAR);
    }
}
