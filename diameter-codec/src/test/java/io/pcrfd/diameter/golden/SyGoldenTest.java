package io.pcrfd.diameter.golden;

import static io.pcrfd.diameter.golden.GoldenBytes.*;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import org.junit.jupiter.api.Test;

/**
 * Sy (TS 29.219, application 16777302): SLR 8388635 from the PCRF and SNR 8388636 from the OCS.
 */
class SyGoldenTest {

    /** Sy SLR, 208 octets, laid out per RFC 6733 sections 3 and 4. */
    static final String SY_SLR = ""
            + "010000d0" // version 1, length 208
            + "c080001b" // flags RP, command 8388635
            + "01000056" // application 16777302
            + "1234abcd" // hop-by-hop
            + "5678ef01" // end-to-end
            + "00000107" // AVP code 263 Session-Id
            + "4000001c" //   flags M, length 28
            + "70637266" //   'pcrf'
            + "2e657861" //   '.exa'
            + "6d706c65" //   'mple'
            + "2e636f6d" //   '.com'
            + "3b393b31" //   ';9;1'
            + "00000102" // AVP code 258 Auth-Application-Id
            + "4000000c" //   flags M, length 12
            + "01000056" //   value 16777302
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
            + "6f63732e" //   'ocs.'
            + "6578616d" //   'exam'
            + "706c652e" //   'ple.'
            + "636f6d00" //   'com' + padding
            + "00000b58" // AVP code 2904 SL-Request-Type
            + "c0000010" //   flags VM, length 16
            + "000028af" //   vendor 10415
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
            + "00000b55" // AVP code 2901 Policy-Counter-Identifier
            + "c0000014" //   flags VM, length 20
            + "000028af" //   vendor 10415
            + "64617461" //   'data'
            + "2d636170";  //   '-cap'

    /** Sy SNR, 208 octets, laid out per RFC 6733 sections 3 and 4. */
    static final String SY_SNR = ""
            + "010000d0" // version 1, length 208
            + "c080001c" // flags RP, command 8388636
            + "01000056" // application 16777302
            + "1234abcd" // hop-by-hop
            + "5678ef01" // end-to-end
            + "00000107" // AVP code 263 Session-Id
            + "4000001c" //   flags M, length 28
            + "70637266" //   'pcrf'
            + "2e657861" //   '.exa'
            + "6d706c65" //   'mple'
            + "2e636f6d" //   '.com'
            + "3b393b31" //   ';9;1'
            + "00000108" // AVP code 264 Origin-Host
            + "40000017" //   flags M, length 23
            + "6f63732e" //   'ocs.'
            + "6578616d" //   'exam'
            + "706c652e" //   'ple.'
            + "636f6d00" //   'com' + padding
            + "00000128" // AVP code 296 Origin-Realm
            + "40000017" //   flags M, length 23
            + "6f63732e" //   'ocs.'
            + "6578616d" //   'exam'
            + "706c652e" //   'ple.'
            + "636f6d00" //   'com' + padding
            + "0000011b" // AVP code 283 Destination-Realm
            + "40000013" //   flags M, length 19
            + "6578616d" //   'exam'
            + "706c652e" //   'ple.'
            + "636f6d00" //   'com' + padding
            + "00000125" // AVP code 293 Destination-Host
            + "40000018" //   flags M, length 24
            + "70637266" //   'pcrf'
            + "2e657861" //   '.exa'
            + "6d706c65" //   'mple'
            + "2e636f6d" //   '.com'
            + "00000102" // AVP code 258 Auth-Application-Id
            + "4000000c" //   flags M, length 12
            + "01000056" //   value 16777302
            + "00000b57" // AVP code 2903 Policy-Counter-Status-Report
            + "c0000038" //   flags VM, length 56
            + "000028af" //   vendor 10415
            + "00000b55" //   AVP code 2901 Policy-Counter-Identifier
            + "c0000014" //     flags VM, length 20
            + "000028af" //     vendor 10415
            + "64617461" //     'data'
            + "2d636170" //     '-cap'
            + "00000b56" //   AVP code 2902 Policy-Counter-Status
            + "c0000015" //     flags VM, length 21
            + "000028af" //     vendor 10415
            + "65786861" //     'exha'
            + "75737465" //     'uste'
            + "64000000";  //     'd' + padding

    static DiameterMessage sySlr() {
        return MessageBuilder.request(DICT, SY, "SLR")
                .hopByHop(HOP_BY_HOP).endToEnd(END_TO_END)
                .add("Session-Id", "pcrf.example.com;9;1")
                .add("Auth-Application-Id", SY)
                .add("Origin-Host", "pcrf.example.com")
                .add("Origin-Realm", "example.com")
                .add("Destination-Realm", "ocs.example.com")
                .add("SL-Request-Type", "INITIAL_REQUEST")
                .addGrouped("Subscription-Id", g1 -> g1
                        .add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", "001010123456789"))
                .add("Policy-Counter-Identifier", "data-cap")
                .build();
    }

    @Test
    void sySlrMatchesTheGoldenBytes() {
        assertGolden(sySlr(), SY_SLR);
    }

    static DiameterMessage sySnr() {
        return MessageBuilder.request(DICT, SY, "SNR")
                .hopByHop(HOP_BY_HOP).endToEnd(END_TO_END)
                .add("Session-Id", "pcrf.example.com;9;1")
                .add("Origin-Host", "ocs.example.com")
                .add("Origin-Realm", "ocs.example.com")
                .add("Destination-Realm", "example.com")
                .add("Destination-Host", "pcrf.example.com")
                .add("Auth-Application-Id", SY)
                .addGrouped("Policy-Counter-Status-Report", g1 -> g1
                        .add("Policy-Counter-Identifier", "data-cap")
                        .add("Policy-Counter-Status", "exhausted"))
                .build();
    }

    @Test
    void sySnrMatchesTheGoldenBytes() {
        assertGolden(sySnr(), SY_SNR);
    }
}
