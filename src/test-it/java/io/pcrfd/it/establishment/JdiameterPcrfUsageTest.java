package io.pcrfd.it.establishment;

import static io.pcrfd.it.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.bpcf.BpcfNode;
import io.pcrfd.bpcf.MonitoringKeyView;
import io.pcrfd.bpcf.Octets;
import io.pcrfd.bpcf.UsageResult;
import io.pcrfd.bpcf.UsageTarget;
import io.pcrfd.pcrf.config.ConfigLoader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdiameter.api.Answer;
import org.jdiameter.api.ApplicationId;
import org.jdiameter.api.Avp;
import org.jdiameter.api.AvpSet;
import org.jdiameter.api.DisconnectCause;
import org.jdiameter.api.Network;
import org.jdiameter.api.PeerState;
import org.jdiameter.api.PeerTable;
import org.jdiameter.api.Request;
import org.jdiameter.api.Stack;
import org.jdiameter.server.impl.StackImpl;
import org.jdiameter.server.impl.helpers.XMLConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * jDiameter, a stack we did not write, plays the PCRF for the shipped BPCF over S9a: its CCA-I
 * grants 5000 octets on mk1 in Usage-Monitoring-Information, which the BPCF keeps; the BPCF's
 * usage CCR-U is read by jDiameter as Usage-Monitoring-Information { Monitoring-Key,
 * Used-Service-Unit { CC-Total-Octets, CC-Input-Octets, CC-Output-Octets } } with the flags of
 * TS 29.212 and RFC 4006. jDiameter dials the BPCF (the direction its stack handles reliably).
 */
@Timeout(60)
class JdiameterPcrfUsageTest {
    private static final long S9A = 16777319L;
    private static final long TGPP = 10415;
    private static final String UE_IP = "198.51.100.7";

    private static final String YAML = """
            role: bpcf
            diameter:
              originHost: localhost
              originRealm: test.example
              listen: [{address: 127.0.0.1, port: 3869}]
              peers:
                - {host: 127.0.0.1, realm: test.example, connect: false}
            rest: {enabled: false}
            store: {snapshot: {enabled: false}}
            establishment: {enabled: false}
            bpcf:
              pcrfPeer: 127.0.0.1
              lines:
                - {id: line-1, prefix: 198.51.100.0/25, uplink: 20Mbps, downlink: 100Mbps}
            """;

    @Test
    void jdiameterGrantsUsageAndReadsTheBpcfsUsageReport() throws Exception {
        CompletableFuture<Request> ccrU = new CompletableFuture<>();
        BpcfNode bpcf = BpcfNode.start(ConfigLoader.load(YAML, null, Map.of()), Clock.systemUTC(), true);
        Stack jd = null;
        try {
            jd = jdiameterPcrf(bpcf.diameterAddresses().get(0).getPort());
            jd.unwrap(Network.class).addNetworkReqListener(req -> answer(req, ccrU),
                    ApplicationId.createByAuthAppId(TGPP, S9A), ApplicationId.createByAuthAppId(S9A));
            Stack stack = jd;
            await("jDiameter and the BPCF both open", Duration.ofSeconds(10), () -> open(stack)
                    && bpcf.diameter().peer("127.0.0.1").map(p -> p.state().name().endsWith("OPEN")).orElse(false));

            assertThat(bpcf.bpcf().attach(UE_IP, "001010000000001", "internet").toCompletableFuture()
                    .get(10, TimeUnit.SECONDS).resultCode()).isEqualTo(2001);
            assertThat(bpcf.bpcf().list().iterator().next().usage()).containsExactly(new MonitoringKeyView("mk1",
                    new Octets(5_000, null, null), "SESSION_LEVEL", Octets.ZERO, 0));
            UsageResult r = bpcf.bpcf().reportUsage(new UsageTarget(UsageTarget.Kind.LOCAL_IP, UE_IP), "mk1",
                    Octets.of(null, 1_000L, 2_000L), false).toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertThat(r.resultCode()).isEqualTo(2001);

            AvpSet avps = ccrU.get(10, TimeUnit.SECONDS).getAvps();
            Avp umi = avps.getAvp(1067, TGPP);
            assertThat(umi.isVendorId()).isTrue();
            assertThat(umi.isMandatory()).as("M clear: admitted by S9a's *[AVP]").isFalse();
            AvpSet in = umi.getGrouped();
            assertThat(new String(in.getAvp(1066, TGPP).getOctetString(), StandardCharsets.UTF_8)).isEqualTo("mk1");
            Avp usu = in.getAvp(446);
            assertThat(usu.isMandatory()).isTrue();
            assertThat(usu.getGrouped().getAvp(421).getUnsigned64()).isEqualTo(3_000L);
            assertThat(usu.getGrouped().getAvp(412).getUnsigned64()).isEqualTo(1_000L);
            assertThat(usu.getGrouped().getAvp(414).getUnsigned64()).isEqualTo(2_000L);
            assertThat(in.getAvp(1068, TGPP).getInteger32()).as("the grant's level, echoed").isZero();
        } finally {
            if (jd != null) {
                jd.stop(5, TimeUnit.SECONDS, DisconnectCause.REBOOTING);
                jd.destroy();
            }
            bpcf.shutdown(Duration.ofSeconds(1));
        }
    }

    /** jDiameter's CCA: 2001; the CCA-I grants mk1 5000 octets at SESSION_LEVEL; a CCR-U is kept. */
    private static Answer answer(Request ccr, CompletableFuture<Request> ccrU) {
        try {
            int type = ccr.getAvps().getAvp(416).getInteger32();
            Answer a = ccr.createAnswer(2001);
            AvpSet avps = a.getAvps();
            avps.addAvp(258, S9A, true, false, true);
            avps.addAvp(416, type, true, false);
            avps.addAvp(415, ccr.getAvps().getAvp(415).getUnsigned32(), true, false, true);
            if (type == 1) {
                AvpSet umi = avps.addGroupedAvp(1067, TGPP, false, false);
                umi.addAvp(1066, "mk1".getBytes(StandardCharsets.UTF_8), TGPP, false, false);
                umi.addGroupedAvp(431, true, false).addAvp(421, 5_000L, true, false);
                umi.addAvp(1068, 0, TGPP, false, false);
            } else if (type == 2) {
                ccrU.complete(ccr);
            }
            return a;
        } catch (Exception e) { // AvpDataException: the test fails on the missing CCR-U
            ccrU.completeExceptionally(e);
            return ccr.createAnswer(5012);
        }
    }

    private static boolean open(Stack jd) {
        try {
            return jd.unwrap(PeerTable.class).getPeerTable().stream()
                    .anyMatch(p -> p.getState(PeerState.class) == PeerState.OKAY);
        } catch (org.jdiameter.api.InternalException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stack jdiameterPcrf(int bpcfPort) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String xml;
        try (InputStream in = JdiameterPcrfUsageTest.class.getResourceAsStream("/jdiameter/jdiameter-template.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        xml = xml.replace("16777238", Long.toString(S9A)).replace("${localHost}", "127.0.0.1")
                .replace("${localPort}", Integer.toString(port)).replace("${realm}", "test.example")
                .replace("${peers}", "<Peer name=\"aaa://localhost:" + bpcfPort + "\" attempt_connect=\"true\" rating=\"1\" />")
                .replace("${realmPeers}", "localhost").replace("${iacMillis}", "30000");
        Stack stack = new StackImpl();
        stack.init(new XMLConfiguration(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        stack.start();
        return stack;
    }
}
