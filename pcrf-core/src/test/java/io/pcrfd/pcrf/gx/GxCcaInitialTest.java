package io.pcrfd.pcrf.gx;

import static io.pcrfd.pcrf.gx.GxHarness.triggers;
import static io.pcrfd.pcrf.gx.GxHarness.u32;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.store.model.IpCanSession;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CCR-I as a PCEF sends it → CCA-I decoded from its bytes, AVP by AVP. */
class GxCcaInitialTest {
    private final GxHarness h = new GxHarness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void goldSubscriberGetsRulesQosAmbrGrantsAndTheCommonFeatures() {
        DiameterMessage ccr = h.pcef.initial("pgw1;1;gold", Pcef.GOLD_IMSI, "10.0.0.1").build();
        DiameterMessage cca = h.call(ccr);

        assertThat(cca.isRequest()).isFalse();
        assertThat(cca.commandCode()).isEqualTo(272);
        assertThat(cca.applicationId()).isEqualTo(16777238L);
        assertThat(cca.hopByHop()).isEqualTo(ccr.hopByHop());
        assertThat(cca.endToEnd()).isEqualTo(ccr.endToEnd());
        assertThat(cca.sessionId()).contains("pgw1;1;gold");
        assertThat(cca.avp("Result-Code").orElseThrow().asUnsigned32()).isEqualTo(2001);
        assertThat(cca.avp("CC-Request-Type").orElseThrow().asInt()).isEqualTo(1);
        assertThat(cca.avp("CC-Request-Number").orElseThrow().asUnsigned32()).isZero();
        assertThat(cca.avp("Origin-Host").orElseThrow().asUtf8String()).isEqualTo("pcrf.pcrfd.local");

        // Rel-8, Rel-9 and Rel-10 are ours; ADC (6) and NetLoc (10) were offered but are not
        Avp features = cca.avp("Supported-Features").orElseThrow();
        assertThat(u32(features, "Vendor-Id")).isEqualTo(10415);
        assertThat(u32(features, "Feature-List-ID")).isEqualTo(1);
        assertThat(u32(features, "Feature-List")).isEqualTo(0b1011);

        Avp install = cca.avp("Charging-Rule-Install").orElseThrow();
        assertThat(install.children("Charging-Rule-Name")).extracting(GxCcaInitialTest::text)
                .containsExactly("internet");
        assertThat(install.children("Charging-Rule-Base-Name")).extracting(Avp::asUtf8String)
                .containsExactly("gold-services");
        Avp video = install.child("Charging-Rule-Definition").orElseThrow();
        assertThat(text(video.child("Charging-Rule-Name").orElseThrow())).isEqualTo("video");
        assertThat(u32(video, "Rating-Group")).isEqualTo(100);
        assertThat(u32(video, "Precedence")).isEqualTo(100);
        assertThat(u32(video, "Online")).isZero();
        assertThat(u32(video, "Offline")).isEqualTo(1);
        assertThat(u32(video, "Metering-Method")).isEqualTo(1);
        assertThat(u32(video, "Flow-Status")).isEqualTo(2);
        assertThat(text(video.child("Monitoring-Key").orElseThrow())).isEqualTo("mk-video");
        List<Avp> flows = video.children("Flow-Information");
        assertThat(flows).hasSize(2);
        assertThat(flows.get(0).child("Flow-Description").orElseThrow().asUtf8String())
                .isEqualTo("permit out 17 from 203.0.113.0/24 5000-5100 to any");
        assertThat(u32(flows.get(0), "Flow-Direction")).isEqualTo(1);
        assertThat(u32(flows.get(1), "Flow-Direction")).isEqualTo(2);
        Avp ruleQos = video.child("QoS-Information").orElseThrow();
        assertThat(u32(ruleQos, "QoS-Class-Identifier")).isEqualTo(2);
        assertThat(u32(ruleQos, "Max-Requested-Bandwidth-UL")).isEqualTo(1_000_000);
        assertThat(u32(ruleQos, "Max-Requested-Bandwidth-DL")).isEqualTo(8_000_000);
        assertThat(u32(ruleQos, "Guaranteed-Bitrate-UL")).isEqualTo(512_000);
        assertThat(u32(ruleQos, "Guaranteed-Bitrate-DL")).isEqualTo(4_000_000);
        Avp ruleArp = ruleQos.child("Allocation-Retention-Priority").orElseThrow();
        assertThat(u32(ruleArp, "Priority-Level")).isEqualTo(4);
        assertThat(u32(ruleArp, "Pre-emption-Capability")).isEqualTo(1);
        assertThat(u32(ruleArp, "Pre-emption-Vulnerability")).isZero();

        Avp bearer = cca.avp("Default-EPS-Bearer-QoS").orElseThrow();
        assertThat(u32(bearer, "QoS-Class-Identifier")).isEqualTo(8);
        Avp arp = bearer.child("Allocation-Retention-Priority").orElseThrow();
        assertThat(u32(arp, "Priority-Level")).isEqualTo(5);
        assertThat(u32(arp, "Pre-emption-Capability")).isZero();
        assertThat(u32(arp, "Pre-emption-Vulnerability")).isEqualTo(1);

        Avp ambr = cca.avp("QoS-Information").orElseThrow();
        assertThat(u32(ambr, "APN-Aggregate-Max-Bitrate-UL")).isEqualTo(50_000_000);
        assertThat(u32(ambr, "APN-Aggregate-Max-Bitrate-DL")).isEqualTo(300_000_000);

        Avp grant = cca.avp("Usage-Monitoring-Information").orElseThrow();
        assertThat(text(grant.child("Monitoring-Key").orElseThrow())).isEqualTo("mk1");
        assertThat(grant.child("Granted-Service-Unit").orElseThrow().child("CC-Total-Octets").orElseThrow()
                .asLong()).isEqualTo(1_000_000_000L);
        assertThat(u32(grant, "Usage-Monitoring-Level")).isZero();
        // usage monitoring implies the USAGE_REPORT trigger (TS 29.212 §4.5.16)
        assertThat(triggers(cca)).containsExactly(33L);
        assertThat(cca.avp("Revalidation-Time")).isEmpty();
        assertThat(cca.avp("Experimental-Result")).isEmpty();
    }

    @Test
    void revalidationIsSentWithItsTriggerAndGrantIsCappedAtTheThreshold() {
        DiameterMessage cca = h.call(h.pcef.initial("pgw1;1;basic", Pcef.BASIC_IMSI, "10.0.0.2").build());

        assertThat(GxHarness.resultCode(cca)).isEqualTo(2001);
        assertThat(cca.avp("Revalidation-Time").orElseThrow().asTime())
                .isEqualTo(GxHarness.WEDNESDAY_NOON.plus(Duration.ofHours(1)));
        assertThat(triggers(cca)).containsExactly(2L, 17L, 33L);
        assertThat(cca.avp("Charging-Rule-Install")).isEmpty();
        Avp gsu = cca.avp("Usage-Monitoring-Information").orElseThrow().child("Granted-Service-Unit").orElseThrow();
        assertThat(gsu.child("CC-Total-Octets").orElseThrow().asLong()).isEqualTo(400_000_000L);
    }

    @Test
    void storesTheSessionContextWithEveryTable1Field() {
        h.call(h.pcef.initial("pgw1;1;gold", Pcef.GOLD_IMSI, "10.0.0.1")
                .add("UE-Local-IP-Address", Pcef.ip("192.0.2.7"))
                .add("UDP-Source-Port", 4500L)
                .add("Logical-Access-ID", "line-42".getBytes(StandardCharsets.UTF_8))
                .build());

        IpCanSession s = GxHarness.join(h.store.sessions().get("pgw1;1;gold")).orElseThrow();
        assertThat(s.imsi()).isEqualTo(Pcef.GOLD_IMSI);
        assertThat(s.msisdn()).isEqualTo("15550001234");
        assertThat(s.apn()).isEqualTo("internet");
        assertThat(s.ueIpv4()).isEqualTo("10.0.0.1");
        assertThat(s.ratType()).isEqualTo("EUTRAN");
        assertThat(s.ipCanType()).isEqualTo("3GPP-EPS");
        assertThat(s.sgsnMccMnc()).isEqualTo("00101");
        assertThat(s.gatewayHost()).isEqualTo(Pcef.HOST);
        assertThat(s.gatewayOriginStateId()).isEqualTo(7);
        assertThat(s.pccRules()).containsExactly("internet", "gold-services", "video");
        assertThat(s.pccRulesChangedAt()).isEqualTo(GxHarness.WEDNESDAY_NOON);
        assertThat(s.qos().qci()).isEqualTo(8);
        assertThat(s.qos().apnAmbrDl()).isEqualTo(300_000_000L);
        assertThat(s.access().ueLocalIp()).isEqualTo("192.0.2.7");
        assertThat(s.access().udpSourcePort()).isEqualTo(4500);
        assertThat(s.access().logicalAccessId()).isEqualTo("line-42");
        assertThat(GxHarness.join(h.store.contexts().find("internet",
                io.pcrfd.store.model.SubscriberId.imsi(Pcef.GOLD_IMSI)))).hasSize(1);
    }

    private static String text(Avp a) {
        return new String(a.asOctetString(), StandardCharsets.UTF_8);
    }
}
