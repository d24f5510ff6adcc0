package io.pcrfd.pcrf.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** The access kind is derived from RAT-Type, IP-CAN-Type and UE-Local-IP-Address. */
class AccessKindTest {
    private static final InetAddress LOCAL = InetAddress.getLoopbackAddress();

    @Test
    void wirelineRatsAndFixedIpCansAreFixed() {
        assertThat(AccessKind.derive(RatType.WIRELINE, null, null)).isEqualTo(AccessKind.FIXED);
        assertThat(AccessKind.derive(RatType.WIRELINE_CABLE, null, null)).isEqualTo(AccessKind.FIXED);
        assertThat(AccessKind.derive(RatType.WIRELINE_BBF, IpCanType.NON_3GPP_EPS, LOCAL)).isEqualTo(AccessKind.FIXED);
        assertThat(AccessKind.derive(null, IpCanType.XDSL, null)).isEqualTo(AccessKind.FIXED);
        assertThat(AccessKind.derive(null, IpCanType.DOCSIS, null)).isEqualTo(AccessKind.FIXED);
        assertThat(AccessKind.derive(null, IpCanType.FBA, LOCAL)).isEqualTo(AccessKind.FIXED);
    }

    @Test
    void wlanRatsOrALocalIpWithoutA3gppRatAreWlan() {
        assertThat(AccessKind.derive(RatType.WLAN, IpCanType.NON_3GPP_EPS, null)).isEqualTo(AccessKind.WLAN);
        assertThat(AccessKind.derive(RatType.TRUSTED_N3GA, null, null)).isEqualTo(AccessKind.WLAN);
        assertThat(AccessKind.derive(null, IpCanType.NON_3GPP_EPS, LOCAL)).isEqualTo(AccessKind.WLAN);
        assertThat(AccessKind.derive(null, null, LOCAL)).isEqualTo(AccessKind.WLAN);
    }

    @Test
    void everythingElseIs3gpp() {
        assertThat(AccessKind.derive(RatType.EUTRAN, IpCanType.THREE_GPP_EPS, null)).isEqualTo(AccessKind.THREE_GPP);
        assertThat(AccessKind.derive(RatType.NR, null, null)).isEqualTo(AccessKind.THREE_GPP);
        assertThat(AccessKind.derive(null, null, null)).isEqualTo(AccessKind.THREE_GPP);
        assertThat(AccessKind.derive(new RatType(9999), null, null)).isEqualTo(AccessKind.THREE_GPP);
        assertThat(AccessKind.derive(new RatType(-5), null, LOCAL)).as("an unnamed negative RAT is not WLAN")
                .isEqualTo(AccessKind.THREE_GPP);
        assertThat(AccessKind.derive(new RatType(Integer.MIN_VALUE), null, null)).isEqualTo(AccessKind.THREE_GPP);
    }

    @Test
    void aUeBehindAnHenbIsOn3gppRadio() {
        PolicyRequest r = PolicyRequest.builder(CcRequestType.INITIAL).ratType(RatType.EUTRAN)
                .ipCanType(IpCanType.THREE_GPP_EPS).henbLocalIp(LOCAL).build();
        assertThat(r.access()).isEqualTo(AccessKind.THREE_GPP);
    }

    @Test
    void openEnumerationsKeepUnknownValuesAndPrintNames() {
        assertThat(RatType.parse("EUTRAN")).isEqualTo(RatType.EUTRAN);
        assertThat(RatType.parse("wireline_bbf")).isEqualTo(RatType.WIRELINE_BBF);
        assertThat(RatType.parse("7777").value()).isEqualTo(7777);
        assertThat(RatType.EUTRAN.toString()).isEqualTo("EUTRAN(1004)");
        assertThat(new RatType(7777).toString()).isEqualTo("7777");
        assertThat(IpCanType.parse("3gpp-eps")).isEqualTo(IpCanType.THREE_GPP_EPS);
        assertThat(EventTrigger.parse("USAGE_REPORT")).isEqualTo(EventTrigger.USAGE_REPORT);
        assertThat(EventTrigger.parse("H(E)NB_LOCAL_IP_ADDRESS_CHANGE")).isEqualTo(EventTrigger.HENB_LOCAL_IP_ADDRESS_CHANGE);
        assertThat(EventTrigger.parse("26")).isEqualTo(EventTrigger.TAI_CHANGE_OR_OLD_USAGE_REPORT);
    }
}
