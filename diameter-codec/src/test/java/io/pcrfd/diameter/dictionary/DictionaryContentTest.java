package io.pcrfd.diameter.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled dictionary says what the specifications say, including every erratum listed in
 * DICTIONARY.md "Errata" (other stacks get these wrong; a peer that follows the spec must not
 * get 5001 or a wrong flag from us). Everything is looked up through {@link Dictionary#standard()}.
 */
class DictionaryContentTest {
    private static final int TGPP = 10415;
    private static final int ETSI = 13019;
    private static final long GX = 16777238;
    private static final long GXX = 16777266;
    private static final long SD = 16777303;
    private static final long S9 = 16777267;
    private static final long S9A = 16777319;
    private static final long S9A_STAR = 16777320;
    private static final long SY = 16777302;
    private static final long RX = 16777236;
    private static final int TER = 8388656;

    private final Dictionary dict = Dictionary.standard();

    private AvpDefinition avp(String name) {
        return dict.avp(name).orElseThrow(() -> new AssertionError(name + " is not in the dictionary"));
    }

    private void assertAvp(String name, int code, int vendor, DataType type, FlagRule m) {
        AvpDefinition a = avp(name);
        assertThat(a.code()).as(name + " code").isEqualTo(code);
        assertThat(a.vendorId()).as(name + " vendor").isEqualTo(vendor);
        assertThat(a.type()).as(name + " type").isEqualTo(type);
        assertThat(a.mandatory()).as(name + " M flag").isEqualTo(m);
    }

    private int enumValue(String avp, String name) {
        return avp(avp).enumValues().value(name).orElseThrow(() -> new AssertionError(avp + " lacks " + name));
    }

    private List<String> ruleNames(long app, int code, boolean request) {
        CommandDefinition c = dict.command(app, code, request)
                .orElseThrow(() -> new AssertionError(app + "/" + code + " missing"));
        return c.grammar().rules().stream().map(GrammarRule::name).toList();
    }

    @Test
    void applicationsOfEveryPolicyReferencePoint() {
        assertThat(List.of(GX, GXX, SD, S9, S9A, S9A_STAR, SY, RX, 4L))
                .allSatisfy(id -> assertThat(dict.isKnownApplication(id)).as("application " + id).isTrue());
    }

    @Test
    void triggerEstablishmentIsOnS9AndS9aButNotS9aStar() {
        for (long app : List.of(S9, S9A)) {
            CommandDefinition ter = dict.command(app, TER, true).orElseThrow();
            assertThat(ter.name()).isEqualTo("TER");
            assertThat(ter.proxiable()).isTrue();
            assertThat(dict.command(app, TER, false)).map(CommandDefinition::name).contains("TEA");
        }
        assertThat(dict.command(S9A_STAR, TER, true)).isEmpty();
        assertThat(ruleNames(S9A, TER, true))
                .contains("PCRF-Address", "UE-Local-IP-Address", "HeNB-Local-IP-Address", "UDP-Source-Port",
                        "Subscription-Id", "Called-Station-Id", "Auth-Session-State")
                .startsWith("Session-Id");
        assertThat(ruleNames(S9, TER, true)).contains("DRA-Binding").doesNotContain("PCRF-Address");
    }

    @Test
    void commandSetsPerApplication() {
        assertThat(dict.command(SY, 8388635, true)).map(CommandDefinition::name).contains("SLR");
        assertThat(dict.command(SY, 8388636, true)).map(CommandDefinition::name).contains("SNR");
        assertThat(dict.command(SY, 275, true)).map(CommandDefinition::name).contains("STR");
        assertThat(dict.command(SD, 8388637, true)).map(CommandDefinition::name).contains("TSR");
        assertThat(dict.command(RX, 265, true)).map(CommandDefinition::name).contains("AAR");
        assertThat(dict.command(RX, 274, true)).map(CommandDefinition::name).contains("ASR");
        // TS 29.212 defines no STR or ASR on Gx: the session ends with CCR-T.
        assertThat(dict.command(GX, 275, true)).isEmpty();
        assertThat(dict.command(GX, 274, true)).isEmpty();
        assertThat(ruleNames(S9A, 272, true)).contains("UE-Local-IP-Address").doesNotContain("UDP-Source-Port");
        assertThat(ruleNames(S9A_STAR, 272, true)).contains("UE-Local-IPv6-Prefix", "Charging-Rule-Report");
        assertThat(ruleNames(SD, 8388637, true)).contains("Vendor-Specific-Application-Id")
                .doesNotContain("Auth-Application-Id");
    }

    @Test
    void errataFromProtocolSection11() {
        assertAvp("DRA-Deployment", 2206, TGPP, DataType.ENUMERATED, FlagRule.MUST_NOT);
        assertAvp("UE-Local-IPv6-Prefix", 2205, TGPP, DataType.OCTET_STRING, FlagRule.MUST);
        assertAvp("RAT-Type", 1032, TGPP, DataType.ENUMERATED, FlagRule.MUST_NOT);
        assertAvp("UE-Local-IP-Address", 2805, TGPP, DataType.ADDRESS, FlagRule.MUST_NOT);
        assertAvp("UDP-Source-Port", 2806, TGPP, DataType.UNSIGNED32, FlagRule.MUST_NOT);
        assertAvp("3GPP-SGSN-MCC-MNC", 18, TGPP, DataType.UTF8_STRING, FlagRule.MUST);
        assertAvp("SL-Request-Type", 2904, TGPP, DataType.ENUMERATED, FlagRule.MUST);
        assertThat(enumValue("CC-Request-Type", "EVENT_REQUEST")).isEqualTo(4);
        assertThat(enumValue("Subscription-Id-Type", "END_USER_PRIVATE")).isEqualTo(4);
        assertThat(enumValue("QoS-Class-Identifier", "QCI_83")).isEqualTo(83);
        assertThat(enumValue("Usage-Monitoring-Level", "ADC_RULE_LEVEL")).isEqualTo(2);
        assertAvp("Charging-Rule-Name", 1005, TGPP, DataType.OCTET_STRING, FlagRule.MUST);
    }

    @Test
    void featureNegotiationAvpsOfTs29229() {
        assertAvp("Supported-Features", 628, TGPP, DataType.GROUPED, FlagRule.MAY);
        assertAvp("Feature-List-ID", 629, TGPP, DataType.UNSIGNED32, FlagRule.MUST_NOT);
        assertAvp("Feature-List", 630, TGPP, DataType.UNSIGNED32, FlagRule.MUST_NOT);
        assertThat(avp("Supported-Features").grammar().rules().stream().map(GrammarRule::name))
                .startsWith("Vendor-Id", "Feature-List-ID", "Feature-List");
    }

    @Test
    void fixedAccessIdentitiesAreEtsiAvps() {
        assertAvp("Logical-Access-ID", 302, ETSI, DataType.OCTET_STRING, FlagRule.MAY);
        assertAvp("Physical-Access-ID", 313, ETSI, DataType.UTF8_STRING, FlagRule.MAY);
        assertThat(ruleNames(GX, 272, true)).contains("Logical-Access-ID", "Physical-Access-ID");
        assertThat(ruleNames(SY, 8388635, true)).contains("Logical-Access-ID", "Physical-Access-ID");
    }

    @Test
    void s9AndS9aAvps() {
        assertAvp("PCRF-Address", 2207, TGPP, DataType.DIAMETER_IDENTITY, FlagRule.MUST);
        assertAvp("DRA-Binding", 2208, TGPP, DataType.ENUMERATED, FlagRule.MUST_NOT);
        assertAvp("Subsession-Decision-Info", 2200, TGPP, DataType.GROUPED, FlagRule.MUST);
        assertAvp("Subsession-Id", 2202, TGPP, DataType.UNSIGNED32, FlagRule.MUST);
        assertThat(enumValue("DRA-Binding", "DRA_BINDING_DELETION")).isZero();
    }

    @Test
    void gxEnumerationsUseTheSpecNames() {
        assertThat(enumValue("Event-Trigger", "UE_LOCAL_IP_ADDRESS_CHANGE")).isEqualTo(43);
        assertThat(enumValue("Event-Trigger", "USAGE_REPORT")).isEqualTo(33);
        assertThat(enumValue("Rule-Failure-Code", "UNKNOWN_RULE_NAME")).isEqualTo(1);
        assertThat(enumValue("Rule-Failure-Code", "RESOURCE_ALLOCATION_FAILURE")).isEqualTo(10);
        assertThat(enumValue("RAT-Type", "EUTRAN")).isEqualTo(1004);
        assertThat(enumValue("RAT-Type", "WIRELINE-BBF")).isEqualTo(5);
        assertThat(enumValue("IP-CAN-Type", "3GPP-EPS")).isEqualTo(5);
        assertThat(enumValue("IP-CAN-Type", "FBA")).isEqualTo(7);
        assertThat(enumValue("Session-Release-Cause", "UNSPECIFIED_REASON")).isZero();
    }

    @Test
    void reusedBaseAndRadiusAvpsKeepTheirVendorZeroIdentity() {
        assertAvp("Framed-IP-Address", 8, 0, DataType.OCTET_STRING, FlagRule.MUST);
        assertAvp("Framed-IPv6-Prefix", 97, 0, DataType.OCTET_STRING, FlagRule.MUST);
        assertAvp("Called-Station-Id", 30, 0, DataType.UTF8_STRING, FlagRule.MUST);
        assertAvp("DRMP", 301, 0, DataType.ENUMERATED, FlagRule.MUST_NOT);
        assertAvp("OC-OLR", 623, 0, DataType.GROUPED, FlagRule.MUST_NOT);
        assertAvp("Load", 650, 0, DataType.GROUPED, FlagRule.MUST_NOT);
        // An AVP's identity is (code, vendor): RADIUS 21 and 3GPP VSA 21 are different AVPs.
        assertThat(dict.avp(21, TGPP)).map(AvpDefinition::name).contains("3GPP-RAT-Type");
        assertThat(dict.avp(30, 0)).map(AvpDefinition::name).contains("Called-Station-Id");
        assertThat(dict.avp(509, TGPP)).map(AvpDefinition::name).contains("Flow-Number");
    }

    @Test
    void everyEnumeratedAvpHasItsNamedValues() {
        assertThat(dict.avps().stream().filter(a -> a.type() == DataType.ENUMERATED))
                .allSatisfy(a -> assertThat(a.enumValues().isEmpty()).as(a.name()).isFalse());
        assertThat(enumValue("Default-Access", "NON-3GPP-ACCESS")).isEqualTo(1);
        assertThat(enumValue("Media-Type", "OTHER")).isEqualTo(0xFFFF_FFFF);
    }

    @Test
    void everyGrammarOfEveryApplicationEndsOpenWhereTheSpecSaysSo() {
        for (CommandDefinition c : dict.commands()) {
            if (c.applicationId() != 0) {
                assertThat(c.grammar().allowsAnyAvp()).as(c.name() + " of " + c.applicationId()).isTrue();
            }
        }
    }
}
