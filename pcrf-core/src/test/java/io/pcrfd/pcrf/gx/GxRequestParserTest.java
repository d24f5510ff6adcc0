package io.pcrfd.pcrf.gx;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.pcrf.policy.EventTrigger;
import io.pcrfd.pcrf.policy.IpCanType;
import io.pcrfd.pcrf.policy.RatType;
import io.pcrfd.pcrf.policy.SubscriptionId;
import io.pcrfd.pcrf.policy.UsedUnits;
import io.pcrfd.store.model.PraStatus;
import io.pcrfd.store.model.PresenceReportingArea;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** CCR → GxRequest, and the result code + Failed-AVP of each kind of bad value. */
class GxRequestParserTest {
    private final GxRequestParser parser = new GxRequestParser(Pcef.DICT, true);
    private final Pcef pcef = new Pcef();

    @Test
    void readsEveryFieldOfACcrI() {
        DiameterMessage ccr = pcef.initial("pgw1;1;p", Pcef.GOLD_IMSI, "10.0.0.1")
                .add("Framed-IPv6-Prefix", new byte[] {0, 64, 0x20, 0x01, 0x0d, (byte) 0xb8, 0, 1, 0, 2})
                .add("UE-Local-IP-Address", Pcef.ip("192.0.2.7"))
                .add("HeNB-Local-IP-Address", Pcef.ip("2001:db8::7"))
                .add("UDP-Source-Port", 4500L)
                .add("Logical-Access-ID", "circuit-1".getBytes(StandardCharsets.UTF_8))
                .build();

        GxRequest r = parsed(ccr);

        assertThat(r.sessionId()).isEqualTo("pgw1;1;p");
        assertThat(r.originHost()).isEqualTo(Pcef.HOST);
        assertThat(r.originRealm()).isEqualTo(Pcef.REALM);
        assertThat(r.originStateId()).isEqualTo(7L);
        assertThat(r.requestNumber()).isZero();
        assertThat(r.framedIp().getHostAddress()).isEqualTo("10.0.0.1");
        assertThat(r.framedIpv6Prefix()).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(r.ueLocalIp().getHostAddress()).isEqualTo("192.0.2.7");
        assertThat(r.henbLocalIp().getHostAddress()).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(r.udpSourcePort()).isEqualTo(4500);
        assertThat(new String(r.logicalAccessId(), StandardCharsets.UTF_8)).isEqualTo("circuit-1");
        assertThat(r.userLocationInfo()).hasSize(13);
        assertThat(r.supportedFeatures()).containsExactly(new FeatureList(10415, 1, Pcef.OFFERED_FEATURES));
        assertThat(r.policy().apn()).isEqualTo("internet");
        assertThat(r.policy().ratType()).isEqualTo(RatType.EUTRAN);
        assertThat(r.policy().ipCanType()).isEqualTo(IpCanType.THREE_GPP_EPS);
        assertThat(r.policy().servingMccMnc()).isEqualTo("00101");
    }

    @Test
    void subscriptionIdsAreReadByTheirTypeNeverAnMsisdnForAnImsi() {
        GxRequest both = parsed(pcef.initial("s", Pcef.GOLD_IMSI, "10.0.0.1").build());
        assertThat(both.policy().subscriptionIds()).containsExactly(SubscriptionId.msisdn("15550001234"),
                SubscriptionId.imsi(Pcef.GOLD_IMSI));

        DiameterMessage msisdnOnly = pcef.ccr("s2", "INITIAL_REQUEST", 0)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_E164")
                        .add("Subscription-Id-Data", "001010000000001"))
                .build();
        GxRequest r = parsed(msisdnOnly);
        assertThat(r.policy().subscriptionId(SubscriptionId.Type.END_USER_IMSI)).isEmpty();
        assertThat(r.policy().subscriptionId(SubscriptionId.Type.END_USER_E164)).contains("001010000000001");
    }

    @Test
    void anMsisdnNumberedLikeAGoldImsiDoesNotGetTheGoldPlan() {
        try (GxHarness h = new GxHarness()) {
            DiameterMessage ccr = h.pcef.ccr("pgw1;30;m", "INITIAL_REQUEST", 0)
                    .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_E164")
                            .add("Subscription-Id-Data", Pcef.GOLD_IMSI))
                    .add("Framed-IP-Address", Pcef.ip("10.0.4.1").getAddress())
                    .add("Called-Station-Id", "internet").build();
            DiameterMessage cca = h.call(ccr);
            assertThat(GxHarness.u32(cca.avp("Default-EPS-Bearer-QoS").orElseThrow(), "QoS-Class-Identifier"))
                    .as("basic plan, QCI 9").isEqualTo(9);

            DiameterMessage byMsisdn = h.call(h.pcef.ccr("pgw1;30;g", "INITIAL_REQUEST", 0)
                    .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_E164")
                            .add("Subscription-Id-Data", Pcef.GOLD_MSISDN))
                    .add("Framed-IP-Address", Pcef.ip("10.0.4.2").getAddress())
                    .add("Called-Station-Id", "internet").build());
            assertThat(GxHarness.u32(byMsisdn.avp("Default-EPS-Bearer-QoS").orElseThrow(), "QoS-Class-Identifier"))
                    .as("gold by MSISDN, QCI 8").isEqualTo(8);
        }
    }

    @Test
    void usageReportsUnderTrigger26And33AndRuleReportsAreRead() {
        GxRequest old = parsed(pcef.usage("s", 1, "mk1", 1000, 26));
        assertThat(old.policy().eventTriggers()).containsExactly(new EventTrigger(26));
        assertThat(old.policy().usageReports()).singleElement().satisfies(u -> {
            assertThat(u.monitoringKey()).isEqualTo("mk1");
            assertThat(u.used()).isEqualTo(new UsedUnits(1000, 250, 750, 0));
        });
        DiameterMessage noTotal = pcef.ccr("s", "UPDATE_REQUEST", 2)
                .add("Event-Trigger", 33)
                .addGrouped("Usage-Monitoring-Information", u -> u.add("Monitoring-Key", "mk2")
                        .addGrouped("Used-Service-Unit", s -> s.add("CC-Input-Octets", BigInteger.TEN)
                                .add("CC-Output-Octets", BigInteger.TWO).add("CC-Time", 60L)))
                .addGrouped("Charging-Rule-Report", c -> c.add("Charging-Rule-Name", "video")
                        .add("PCC-Rule-Status", 1).add("Rule-Failure-Code", 5))
                .build();
        GxRequest r = parsed(noTotal);
        assertThat(r.policy().usageReports().get(0).used()).isEqualTo(new UsedUnits(12, 10, 2, 60));
        assertThat(r.policy().ruleReports().get(0).failed()).isTrue();
        assertThat(r.ruleFailureCodes()).containsEntry("video", 5);
    }

    @Test
    void aFramedIpAddressOfFiveOctetsIs5014WithTheAvp() {
        DiameterError e = invalid(pcef.ccr("s", "INITIAL_REQUEST", 0)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", Pcef.GOLD_IMSI))
                .add("Framed-IP-Address", new byte[] {10, 0, 0, 1, 9}).build());

        assertThat(e.resultCode()).isEqualTo(5014);
        assertThat(e.failedAvp().code()).isEqualTo(8);
        assertThat(e.failedAvp().dataLength()).isEqualTo(5);
    }

    @Test
    void bearerIdAndPresenceReportsAreReadForTheSessionContext() {
        GxRequest r = parsed(pcef.initial("s", Pcef.GOLD_IMSI, "10.0.0.1")
                .add("Bearer-Identifier", new byte[] {0x05})
                .addGrouped("Presence-Reporting-Area-Information", g -> g
                        .add("Presence-Reporting-Area-Identifier", new byte[] {0x12, 0x34, 0x56})
                        .add("Presence-Reporting-Area-Status", 1L))
                .addGrouped("Presence-Reporting-Area-Information", g -> g
                        .add("Presence-Reporting-Area-Identifier", new byte[] {0x01}))
                .addGrouped("Presence-Reporting-Area-Information", g -> g
                        .add("Presence-Reporting-Area-Status", 0L)) // names no area: skipped
                .build());

        assertThat(r.bearerId()).isEqualTo("0x05");
        assertThat(r.praReports()).containsExactly(new PresenceReportingArea(0x123456, PraStatus.OUT),
                new PresenceReportingArea(1, PraStatus.UNKNOWN));
    }

    @Test
    void aPresenceReportingAreaIdLongerThanThreeOctetsIs5004WithIt() {
        DiameterError e = invalid(pcef.initial("s", Pcef.GOLD_IMSI, "10.0.0.1")
                .addGrouped("Presence-Reporting-Area-Information", g -> g
                        .add("Presence-Reporting-Area-Identifier", new byte[] {1, 2, 3, 4})
                        .add("Presence-Reporting-Area-Status", 0L))
                .build());

        assertThat(e.resultCode()).isEqualTo(5004);
        assertThat(e.failedAvp().code()).isEqualTo(2821);
        assertThat(e.failedAvp().dataLength()).isEqualTo(4);
    }

    @Test
    void anImsiWithLettersIs5004WithTheSubscriptionId() {
        DiameterError e = invalid(pcef.ccr("s", "INITIAL_REQUEST", 0)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", "00101abc")).build());

        assertThat(e.resultCode()).isEqualTo(5004);
        assertThat(e.failedAvp().code()).isEqualTo(443);
    }

    @Test
    void aBadUdpPortAndAnEventRequestAre5004() {
        assertThat(invalid(pcef.initial("s", Pcef.GOLD_IMSI, "10.0.0.1").add("UDP-Source-Port", 70000L).build())
                .failedAvp().code()).isEqualTo(2806);
        assertThat(invalid(pcef.ccr("s", "EVENT_REQUEST", 0).build()).failedAvp().code()).isEqualTo(416);
    }

    @Test
    void theAnswerToABadCcrCarriesTheErrorAndPassesTheCodec() {
        try (GxHarness h = new GxHarness()) {
            DiameterMessage cca = h.call(h.pcef.initial("pgw1;31;bad", Pcef.GOLD_IMSI, "10.0.0.1")
                    .add("UDP-Source-Port", 70000L).build());
            assertThat(GxHarness.resultCode(cca)).isEqualTo(5004);
            assertThat(cca.avp("Failed-AVP").orElseThrow().children().get(0).asUnsigned32()).isEqualTo(70000);
            assertThat(cca.avp("Error-Message")).isPresent();
            assertThat(h.store.sessionCount()).isZero();
        }
    }

    private GxRequest parsed(DiameterMessage ccr) {
        GxParse p = parser.parse(ccr);
        assertThat(p).isInstanceOf(GxParse.Parsed.class);
        return ((GxParse.Parsed) p).request();
    }

    private DiameterError invalid(DiameterMessage ccr) {
        GxParse p = parser.parse(ccr);
        assertThat(p).isInstanceOf(GxParse.Invalid.class);
        return ((GxParse.Invalid) p).error();
    }
}
