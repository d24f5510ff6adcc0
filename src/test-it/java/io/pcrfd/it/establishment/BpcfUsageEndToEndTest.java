package io.pcrfd.it.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcrfd.bpcf.BpcfNode;
import io.pcrfd.bpcf.Octets;
import io.pcrfd.bpcf.QosRuleView;
import io.pcrfd.bpcf.UsageResult;
import io.pcrfd.bpcf.UsageTarget;
import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.spec.Ts29214;
import io.pcrfd.diameter.testing.DissectedMessage;
import io.pcrfd.diameter.testing.DissectedMessage.DissectedAvp;
import io.pcrfd.diameter.testing.PcapWriter;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.diameter.testing.Tshark;
import io.pcrfd.it.Await;
import io.pcrfd.it.gx.RecordingProxy;
import io.pcrfd.pcrf.config.ConfigLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped BPCF runtime's usage monitoring on S9a over TCP (bpcf-agent's package
 * documentation), against a scripted PCRF ({@link TestPeer}) through a recording relay: the CCA-I
 * grants 5000 octets on mk1; usage sent at once, then held until the grant is reached; a RAR asking
 * for mk1's report answered RAA 2001 and followed by the CCR-U; a RAR throttling the rule; the
 * CCR-T carrying the final usage. Every BPCF message is read back from the relayed bytes and
 * decoded strictly (its grammar, no M-bit AVP it does not name), the usage AVPs checked byte for
 * byte (code, flags, vendor, value), and the capture dissected by Wireshark where tshark is installed.
 */
@Timeout(60)
class BpcfUsageEndToEndTest {
    private static final String PCRF = "pcrf.test.example";
    private static final String UE_IP = "198.51.100.7";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long S9A = 16777319L;
    private static final io.pcrfd.diameter.dictionary.Dictionary DICTIONARY =
            io.pcrfd.pcrf.establishment.ProjectAvps.dictionary(io.pcrfd.pcrf.config.ProjectAvpsConfig.defaults());

    private static String yaml(int pcrfPort) {
        return """
                role: bpcf
                diameter:
                  originHost: bpcf.test.example
                  originRealm: test.example
                  listen: [{address: 127.0.0.1, port: 3869}]
                  peers:
                    - {host: pcrf.test.example, address: 127.0.0.1, port: %d, realm: test.example, connect: true}
                rest: {enabled: false}
                store: {snapshot: {enabled: false}}
                establishment: {enabled: false}
                bpcf:
                  pcrfPeer: pcrf.test.example
                  lines:
                    - {id: line-1, prefix: 198.51.100.0/25, uplink: 20Mbps, downlink: 100Mbps}
                """.formatted(pcrfPort);
    }

    /** The scripted PCRF's CCA: 2001; the CCA-I installs "internet" (50 Mbit/s down) and grants mk1 5000 octets. */
    private static DiameterMessage cca(DiameterMessage ccr) {
        MessageBuilder b = MessageBuilder.answer(DICTIONARY, ccr).originHost(PCRF).originRealm("test.example")
                .add(Rfc4006.CC_REQUEST_TYPE, ccr.avp(Rfc4006.CC_REQUEST_TYPE).orElseThrow().asInt())
                .add(Rfc4006.CC_REQUEST_NUMBER, ccr.avp(Rfc4006.CC_REQUEST_NUMBER).orElseThrow().asUnsigned32())
                .add("Auth-Application-Id", S9A).resultCode(2001);
        if (ccr.avp(Rfc4006.CC_REQUEST_TYPE).orElseThrow().asInt() == 1) {
            install(b, 50_000_000L);
            b.add(Ts29212.USAGE_MONITORING_INFORMATION, u -> u.add(Ts29212.MONITORING_KEY, "mk1")
                    .add(Rfc4006.GRANTED_SERVICE_UNIT, g -> g.add(Rfc4006.CC_TOTAL_OCTETS, 5_000L))
                    .add(Ts29212.USAGE_MONITORING_LEVEL, Ts29212.UsageMonitoringLevel.SESSION_LEVEL));
        }
        return b.build();
    }

    private static void install(MessageBuilder b, long mbrDl) {
        b.add(Ts29212.QOS_RULE_INSTALL, i -> i.add(Ts29212.QOS_RULE_DEFINITION, d -> d
                .add(Ts29212.QOS_RULE_NAME, "internet").add(Ts29212.QOS_INFORMATION, q -> q
                        .add(Ts29212.QOS_CLASS_IDENTIFIER, 9).add(Ts29214.MAX_REQUESTED_BANDWIDTH_UL, mbrDl / 10)
                        .add(Ts29214.MAX_REQUESTED_BANDWIDTH_DL, mbrDl))));
    }

    private static MessageBuilder rar(String sessionId) {
        return MessageBuilder.request(DICTIONARY, S9A, "RAR").add("Session-Id", sessionId)
                .add("Auth-Application-Id", S9A).originHost(PCRF).originRealm("test.example")
                .add("Destination-Realm", "test.example").add("Destination-Host", "bpcf.test.example")
                .add("Re-Auth-Request-Type", "AUTHORIZE_ONLY");
    }

    @Test
    void usageGrantsReportRequestThrottleAndFinalUsageOnTheWire(@TempDir Path dir) throws Exception {
        List<PcapWriter.Segment> wire;
        String s9a;
        try (TestPeer pcrf = TestPeer.server(DICTIONARY, PCRF, "test.example", S9A);
             RecordingProxy relay = new RecordingProxy(pcrf.port())) {
            pcrf.onRequest(BpcfUsageEndToEndTest::cca);
            BpcfNode bpcf = BpcfNode.start(ConfigLoader.load(yaml(relay.port()), null, Map.of()), Clock.systemUTC(), true);
            try {
                Await.await("the PCRF open", WAIT, () -> bpcf.diameter().peer(PCRF)
                        .map(p -> p.state().name().endsWith("OPEN")).orElse(false));
                s9a = bpcf.bpcf().attach(UE_IP, "001010000000001", "internet").toCompletableFuture()
                        .get(10, TimeUnit.SECONDS).sessionId();
                UsageTarget ue = new UsageTarget(UsageTarget.Kind.LOCAL_IP, UE_IP);

                assertThat(usage(bpcf, ue, Octets.of(null, 1_000L, 2_000L), false).resultCode()).isEqualTo(2001);
                assertThat(usage(bpcf, ue, Octets.of(4_000L, null, null), true).sent()).isFalse();
                assertThat(usage(bpcf, ue, Octets.of(1_500L, null, null), true).reported())
                        .isEqualTo(new Octets(5_500, null, null)); // 5500 >= the grant of 5000
                assertThat(usage(bpcf, ue, Octets.of(700L, null, null), true).sent()).isFalse();

                DiameterMessage raa = pcrf.request(rar(s9a).add(Ts29212.USAGE_MONITORING_INFORMATION, u -> u
                        .add(Ts29212.MONITORING_KEY, "mk1").add(Ts29212.USAGE_MONITORING_REPORT,
                                Ts29212.UsageMonitoringReport.USAGE_MONITORING_REPORT_REQUIRED)).build())
                        .get(10, TimeUnit.SECONDS);
                assertThat(raa.avp("Result-Code").orElseThrow().asUnsigned32()).isEqualTo(2001);
                Await.await("the requested report answered", WAIT, () -> bpcf.bpcf().list().iterator().next()
                        .usage().get(0).reported() == 9_200);

                MessageBuilder throttle = rar(s9a);
                install(throttle, 2_000_000L);
                DiameterMessage throttled = pcrf.request(throttle.build()).get(10, TimeUnit.SECONDS);
                assertThat(throttled.avp("Result-Code").orElseThrow().asUnsigned32()).isEqualTo(2001);
                assertThat(bpcf.bpcf().list().iterator().next().rules()).containsExactly(
                        new QosRuleView("internet", 9, 200_000L, 2_000_000L, null, null));

                assertThat(usage(bpcf, ue, Octets.of(null, 100L, 200L), true).sent()).isFalse();
                assertThat(bpcf.bpcf().detach(UE_IP).toCompletableFuture().get(10, TimeUnit.SECONDS)).isEqualTo(2001L);
            } finally {
                bpcf.shutdown(Duration.ofSeconds(1));
            }
            wire = relay.awaitSegments(20);
        }

        DiameterCodec codec = new DiameterCodec(DICTIONARY);
        List<DiameterMessage> fromBpcf = new ArrayList<>();
        List<String> ladder = new ArrayList<>();
        for (PcapWriter.Segment s : wire) {
            DecodeResult r = codec.decodeStrict(s.payload());
            if (s.fromClient()) {
                assertThat(r.errors()).as("what the BPCF wrote: %s", r.message().name()).isEmpty();
                fromBpcf.add(r.message());
            }
            ladder.add((s.fromClient() ? "> " : "< ") + r.message().name()
                    + r.message().avp("CC-Request-Type").map(a -> "-" + a.enumName().charAt(0)).orElse(""));
        }
        assertThat(ladder).containsSubsequence("> CCR-I", "< CCA-I", "> CCR-U", "< CCA-U", "> CCR-U", "< CCA-U",
                "< RAR", "> RAA", "> CCR-U", "< CCA-U", "< RAR", "> RAA", "> CCR-T", "< CCA-T");
        List<DiameterMessage> ccrs = fromBpcf.stream().filter(m -> "CCR".equals(m.name())).toList();
        assertThat(ccrs.stream().map(BpcfUsageEndToEndTest::umis)).containsExactly(List.of(),
                List.of("mk1 total=3000 in=1000 out=2000 level=0"), List.of("mk1 total=5500 level=0"),
                List.of("mk1 total=700 level=0"), List.of("mk1 total=300 in=100 out=200 level=0"));
        assertThat(ccrs).allSatisfy(m -> assertThat(m.sessionId()).contains(s9a));
        assertExactBytes(ccrs.get(1));

        assumeTrue(Tshark.available(), "tshark is not installed: Wireshark validation skipped (CI installs it)");
        List<DissectedMessage> seen = Tshark.dissect(dir.resolve("bpcf-usage.pcap"), wire);
        DissectedMessage ccrU = seen.stream().filter(m -> m.request() && m.commandCode() == 272).toList().get(1);
        DissectedAvp umi = ccrU.avps().stream().filter(a -> a.code() == 1067).findFirst().orElseThrow();
        assertThat(umi.name()).isEqualTo("Usage-Monitoring-Information");
        assertThat(umi.vendorId()).isEqualTo(10415);
        assertThat(umi.children().stream().map(DissectedAvp::name)).containsExactly("Monitoring-Key",
                "Used-Service-Unit", "Usage-Monitoring-Level");
        assertThat(umi.children().get(1).children().stream().map(DissectedAvp::name))
                .containsExactly("CC-Total-Octets", "CC-Input-Octets", "CC-Output-Octets");
        assertThat(umi.children().get(1).children().get(0).showName()).contains("3000");
        assertThat(seen).allSatisfy(m -> assertThat(m.experts()).as("frame %d", m.frame()).isEmpty());
        List<String> unnamed = new ArrayList<>();
        seen.forEach(m -> m.forEachAvp(a -> {
            if (!a.named()) {
                unnamed.add(m.commandCode() + ": " + a.showName());
            }
        }));
        assertThat(unnamed).isEmpty();
    }

    private static UsageResult usage(BpcfNode bpcf, UsageTarget t, Octets o, boolean whenGranted) throws Exception {
        return bpcf.bpcf().reportUsage(t, "mk1", o, whenGranted).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static List<String> umis(DiameterMessage m) {
        return m.avps("Usage-Monitoring-Information").stream().map(u -> {
            Avp used = u.child("Used-Service-Unit").orElseThrow();
            return u.child("Monitoring-Key").orElseThrow().asUtf8String()
                    + " total=" + used.child("CC-Total-Octets").orElseThrow().asUnsigned64()
                    + used.child("CC-Input-Octets").map(a -> " in=" + a.asUnsigned64()).orElse("")
                    + used.child("CC-Output-Octets").map(a -> " out=" + a.asUnsigned64()).orElse("")
                    + u.child("Usage-Monitoring-Level").map(a -> " level=" + a.asInt()).orElse("");
        }).toList();
    }

    /**
     * The first usage CCR-U's Usage-Monitoring-Information, byte for byte as RFC 6733 §4.1 lays an
     * AVP out: code, flags (V 0x80, M 0x40), length, vendor id; values; padding to 4 octets.
     */
    private static void assertExactBytes(DiameterMessage ccrU) {
        Avp umi = ccrU.avp("Usage-Monitoring-Information").orElseThrow();
        byte[] raw = new byte[umi.paddedLength()];
        umi.writeTo(raw, 0);
        String expected = "0000042b" + "80" + "000064" + "000028af"       // UMI 1067, V, length 100, 10415
                + "0000042a" + "80" + "00000f" + "000028af" + "6d6b3100"   // Monitoring-Key 1066, V, 15, "mk1" + pad
                + "000001be" + "40" + "000038"                            // Used-Service-Unit 446, M, length 56
                + "000001a5" + "40" + "000010" + "0000000000000bb8"       //   CC-Total-Octets 421 = 3000
                + "0000019c" + "40" + "000010" + "00000000000003e8"       //   CC-Input-Octets 412 = 1000
                + "0000019e" + "40" + "000010" + "00000000000007d0"       //   CC-Output-Octets 414 = 2000
                + "0000042c" + "80" + "000010" + "000028af" + "00000000"; // Usage-Monitoring-Level 1068, V = 0
        assertThat(java.util.HexFormat.of().formatHex(raw)).isEqualTo(expected);
    }
}
