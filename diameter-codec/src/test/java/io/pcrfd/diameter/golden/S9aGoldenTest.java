package io.pcrfd.diameter.golden;

import static io.pcrfd.diameter.golden.GoldenBytes.*;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import org.junit.jupiter.api.Test;

/**
 * S9a (TS 29.215 Annex A, application 16777319): TER/TEA (8388656) and the BPCF's CCR-I with
 * UE-Local-IP-Address, the reverse-initiated session establishment of TS 29.215 §A.6.1.1.1.
 */
class S9aGoldenTest {

    /** S9a TER, 292 octets, laid out per RFC 6733 sections 3 and 4. */
    static final String S9A_TER = ""
            + "01000124" // version 1, length 292
            + "c0800030" // flags RP, command 8388656
            + "01000067" // application 16777319
            + "1234abcd" // hop-by-hop
            + "5678ef01" // end-to-end
            + "00000107" // AVP code 263 Session-Id
            + "4000001c" //   flags M, length 28
            + "70637266" //   'pcrf'
            + "2e657861" //   '.exa'
            + "6d706c65" //   'mple'
            + "2e636f6d" //   '.com'
            + "3b373b31" //   ';7;1'
            + "00000102" // AVP code 258 Auth-Application-Id
            + "4000000c" //   flags M, length 12
            + "01000067" //   value 16777319
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
            + "0000011b" // AVP code 283 Destination-Realm
            + "40000017" //   flags M, length 23
            + "6262662e" //   'bbf.'
            + "6578616d" //   'exam'
            + "706c652e" //   'ple.'
            + "6e657400" //   'net' + padding
            + "00000125" // AVP code 293 Destination-Host
            + "4000001c" //   flags M, length 28
            + "62706366" //   'bpcf'
            + "2e626266" //   '.bbf'
            + "2e657861" //   '.exa'
            + "6d706c65" //   'mple'
            + "2e6e6574" //   '.net'
            + "00000115" // AVP code 277 Auth-Session-State
            + "4000000c" //   flags M, length 12
            + "00000001" //   value 1
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
            + "0000001e" // AVP code 30 Called-Station-Id
            + "40000010" //   flags M, length 16
            + "696e7465" //   'inte'
            + "726e6574" //   'rnet'
            + "0000089f" // AVP code 2207 PCRF-Address
            + "c000001c" //   flags VM, length 28
            + "000028af" //   vendor 10415
            + "70637266" //   'pcrf'
            + "2e657861" //   '.exa'
            + "6d706c65" //   'mple'
            + "2e636f6d" //   '.com'
            + "00000af5" // AVP code 2805 UE-Local-IP-Address
            + "80000012" //   flags V, length 18
            + "000028af" //   vendor 10415
            + "0001c000" //   family 1, address starts
            + "020a0000" //   address 192.0.2.10
            + "00000af6" // AVP code 2806 UDP-Source-Port
            + "80000010" //   flags V, length 16
            + "000028af" //   vendor 10415
            + "00001194";  //   value 4500

    /** S9a TEA, 112 octets, laid out per RFC 6733 sections 3 and 4. */
    static final String S9A_TEA = ""
            + "01000070" // version 1, length 112
            + "40800030" // flags P, command 8388656
            + "01000067" // application 16777319
            + "1234abcd" // hop-by-hop
            + "5678ef01" // end-to-end
            + "00000107" // AVP code 263 Session-Id
            + "4000001c" //   flags M, length 28
            + "70637266" //   'pcrf'
            + "2e657861" //   '.exa'
            + "6d706c65" //   'mple'
            + "2e636f6d" //   '.com'
            + "3b373b31" //   ';7;1'
            + "00000108" // AVP code 264 Origin-Host
            + "4000001c" //   flags M, length 28
            + "62706366" //   'bpcf'
            + "2e626266" //   '.bbf'
            + "2e657861" //   '.exa'
            + "6d706c65" //   'mple'
            + "2e6e6574" //   '.net'
            + "00000128" // AVP code 296 Origin-Realm
            + "40000017" //   flags M, length 23
            + "6262662e" //   'bbf.'
            + "6578616d" //   'exam'
            + "706c652e" //   'ple.'
            + "6e657400" //   'net' + padding
            + "0000010c" // AVP code 268 Result-Code
            + "4000000c" //   flags M, length 12
            + "000007d1";  //   value 2001

    /** S9a CCR-I, 264 octets, laid out per RFC 6733 sections 3 and 4. */
    static final String S9A_CCR_I = ""
            + "01000108" // version 1, length 264
            + "c0000110" // flags RP, command 272
            + "01000067" // application 16777319
            + "1234abcd" // hop-by-hop
            + "5678ef01" // end-to-end
            + "00000107" // AVP code 263 Session-Id
            + "40000020" //   flags M, length 32
            + "62706366" //   'bpcf'
            + "2e626266" //   '.bbf'
            + "2e657861" //   '.exa'
            + "6d706c65" //   'mple'
            + "2e6e6574" //   '.net'
            + "3b333b39" //   ';3;9'
            + "00000102" // AVP code 258 Auth-Application-Id
            + "4000000c" //   flags M, length 12
            + "01000067" //   value 16777319
            + "00000108" // AVP code 264 Origin-Host
            + "4000001c" //   flags M, length 28
            + "62706366" //   'bpcf'
            + "2e626266" //   '.bbf'
            + "2e657861" //   '.exa'
            + "6d706c65" //   'mple'
            + "2e6e6574" //   '.net'
            + "00000128" // AVP code 296 Origin-Realm
            + "40000017" //   flags M, length 23
            + "6262662e" //   'bbf.'
            + "6578616d" //   'exam'
            + "706c652e" //   'ple.'
            + "6e657400" //   'net' + padding
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
            + "00000125" // AVP code 293 Destination-Host
            + "40000018" //   flags M, length 24
            + "70637266" //   'pcrf'
            + "2e657861" //   '.exa'
            + "6d706c65" //   'mple'
            + "2e636f6d" //   '.com'
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
            + "0000001e" // AVP code 30 Called-Station-Id
            + "40000010" //   flags M, length 16
            + "696e7465" //   'inte'
            + "726e6574" //   'rnet'
            + "00000af5" // AVP code 2805 UE-Local-IP-Address
            + "80000012" //   flags V, length 18
            + "000028af" //   vendor 10415
            + "0001c000" //   family 1, address starts
            + "020a0000";  //   address 192.0.2.10

    static DiameterMessage s9aTer() {
        return MessageBuilder.request(DICT, S9A, "TER")
                .hopByHop(HOP_BY_HOP).endToEnd(END_TO_END)
                .add("Session-Id", "pcrf.example.com;7;1")
                .add("Auth-Application-Id", S9A)
                .add("Origin-Host", "pcrf.example.com")
                .add("Origin-Realm", "example.com")
                .add("Destination-Realm", "bbf.example.net")
                .add("Destination-Host", "bpcf.bbf.example.net")
                .add("Auth-Session-State", 1)
                .addGrouped("Subscription-Id", g1 -> g1
                        .add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", "001010123456789"))
                .add("Called-Station-Id", "internet")
                .add("PCRF-Address", "pcrf.example.com")
                .add("UE-Local-IP-Address", ip("192.0.2.10"))
                .add("UDP-Source-Port", 4500L)
                .build();
    }

    @Test
    void s9aTerMatchesTheGoldenBytes() {
        assertGolden(s9aTer(), S9A_TER);
    }

    static DiameterMessage s9aTea() {
        return MessageBuilder.answer(DICT, s9aTer())
                .add("Origin-Host", "bpcf.bbf.example.net")
                .add("Origin-Realm", "bbf.example.net")
                .add("Result-Code", 2001L)
                .build();
    }

    @Test
    void s9aTeaMatchesTheGoldenBytes() {
        assertGolden(s9aTea(), S9A_TEA);
    }

    static DiameterMessage s9aCcrInitial() {
        return MessageBuilder.request(DICT, S9A, "CCR")
                .hopByHop(HOP_BY_HOP).endToEnd(END_TO_END)
                .add("Session-Id", "bpcf.bbf.example.net;3;9")
                .add("Auth-Application-Id", S9A)
                .add("Origin-Host", "bpcf.bbf.example.net")
                .add("Origin-Realm", "bbf.example.net")
                .add("Destination-Realm", "example.com")
                .add("CC-Request-Type", "INITIAL_REQUEST")
                .add("CC-Request-Number", 0L)
                .add("Destination-Host", "pcrf.example.com")
                .addGrouped("Subscription-Id", g1 -> g1
                        .add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", "001010123456789"))
                .add("Called-Station-Id", "internet")
                .add("UE-Local-IP-Address", ip("192.0.2.10"))
                .build();
    }

    @Test
    void s9aCcrInitialMatchesTheGoldenBytes() {
        assertGolden(s9aCcrInitial(), S9A_CCR_I);
    }
}
