package io.pcrfd.diameter.golden;

import static io.pcrfd.diameter.golden.GoldenBytes.*;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import org.junit.jupiter.api.Test;

/**
 * Gx RAR (TS 29.212 section 5.6.4): the PCRF removes one PCC rule and activates a predefined one.
 */
class GxReAuthGoldenTest {

    /** Gx RAR, 220 octets, laid out per RFC 6733 sections 3 and 4. */
    static final String GX_RAR = ""
            + "010000dc" // version 1, length 220
            + "c0000102" // flags RP, command 258
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
            + "0000011b" // AVP code 283 Destination-Realm
            + "40000013" //   flags M, length 19
            + "6578616d" //   'exam'
            + "706c652e" //   'ple.'
            + "636f6d00" //   'com' + padding
            + "00000125" // AVP code 293 Destination-Host
            + "40000018" //   flags M, length 24
            + "70636566" //   'pcef'
            + "2e657861" //   '.exa'
            + "6d706c65" //   'mple'
            + "2e636f6d" //   '.com'
            + "0000011d" // AVP code 285 Re-Auth-Request-Type
            + "4000000c" //   flags M, length 12
            + "00000000" //   value 0
            + "000003ea" // AVP code 1002 Charging-Rule-Remove
            + "c0000020" //   flags VM, length 32
            + "000028af" //   vendor 10415
            + "000003ed" //   AVP code 1005 Charging-Rule-Name
            + "c0000011" //     flags VM, length 17
            + "000028af" //     vendor 10415
            + "76696465" //     'vide'
            + "6f000000" //     'o' + padding
            + "000003e9" // AVP code 1001 Charging-Rule-Install
            + "c000001c" //   flags VM, length 28
            + "000028af" //   vendor 10415
            + "000003ed" //   AVP code 1005 Charging-Rule-Name
            + "c0000010" //     flags VM, length 16
            + "000028af" //     vendor 10415
            + "676f6c64";  //     'gold'

    static DiameterMessage gxRar() {
        return MessageBuilder.request(DICT, GX, "RAR")
                .hopByHop(HOP_BY_HOP).endToEnd(END_TO_END)
                .add("Session-Id", "pcef.example.com;1;1")
                .add("Auth-Application-Id", GX)
                .add("Origin-Host", "pcrf.example.com")
                .add("Origin-Realm", "example.com")
                .add("Destination-Realm", "example.com")
                .add("Destination-Host", "pcef.example.com")
                .add("Re-Auth-Request-Type", 0)
                .addGrouped("Charging-Rule-Remove", g1 -> g1
                        .add("Charging-Rule-Name", utf8("video")))
                .addGrouped("Charging-Rule-Install", g1 -> g1
                        .add("Charging-Rule-Name", utf8("gold")))
                .build();
    }

    @Test
    void gxRarMatchesTheGoldenBytes() {
        assertGolden(gxRar(), GX_RAR);
    }
}
