package io.pcrfd.it.ocs;

import io.pcrfd.it.peer.JdiameterStack;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.it.Await;
import io.pcrfd.it.gx.MutableClock;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jdiameter.api.Answer;
import org.jdiameter.api.ApplicationId;
import org.jdiameter.api.AvpSet;
import org.jdiameter.api.DisconnectCause;
import org.jdiameter.api.Network;
import org.jdiameter.api.PeerState;
import org.jdiameter.api.PeerTable;
import org.jdiameter.api.Request;
import org.jdiameter.api.Session;
import org.jdiameter.api.Stack;
import org.jdiameter.server.impl.StackImpl;
import org.jdiameter.server.impl.helpers.XMLConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * jDiameter, an independent Diameter stack, as the OCS's Sy and Gy client through its generic
 * session API (its CCA application would add nothing the wire needs): it dials the OCS, subscribes
 * with an SLR, answers the SNR that an operator's status change sends, opens and updates a Gy
 * session whose interval spans two containers, and ends both sessions.
 */
@Timeout(90)
class JdiameterOcsTest {
    private static final ApplicationId SY = ApplicationId.createByAuthAppId(10415, 16777302);
    private static final ApplicationId GY = ApplicationId.createByAuthAppId(4);
    private static final String REALM = "e2e.example";
    /** Our Origin-Host must be the name jDiameter dials. */
    private static final String OCS_HOST = "localhost";

    @Test
    void jdiameterTalksSyAndGyToTheOcs(@TempDir Path dir) throws Exception {
        BlockingQueue<Request> snrs = new LinkedBlockingQueue<>();
        try (OcsUnderTest ocs = OcsUnderTest.start(dir, new MutableClock(Instant.parse("2026-11-18T12:00:00Z")),
                OcsUnderTest.YAML.replace("ocs.e2e.example", OCS_HOST))) {
            Stack stack = jdiameter(ocs.diameterPort());
            stack.unwrap(Network.class).addNetworkReqListener(r -> {
                snrs.add(r);
                return r.createAnswer(2001);
            }, SY, ApplicationId.createByAuthAppId(16777302));
            stack.start();
            try {
                awaitConnected(ocs, stack);
                Session sy = stack.getSessionFactory().getNewSession();
                Answer sla = JdiameterStack.send(sy, slr(sy));
                assertThat(sla.getResultCode().getUnsigned32()).isEqualTo(2001);
                AvpSet report = sla.getAvps().getAvp(2903, 10415).getGrouped();
                assertThat(report.getAvp(2901, 10415).getUTF8String()).isEqualTo("data-volume");
                assertThat(report.getAvp(2902, 10415).getUTF8String()).isEqualTo("normal");

                assertThat(ocs.post("/accounts/" + OcsUnderTest.SUBSCRIBER + "/counters/data-volume/status?status=blocked")
                        .statusCode()).isEqualTo(200);
                Request snr = snrs.poll(10, TimeUnit.SECONDS);
                assertThat(snr).as("jDiameter received the SNR").isNotNull();
                assertThat(snr.getCommandCode()).isEqualTo(8388636);
                assertThat(snr.getSessionId()).isEqualTo(sy.getSessionId());
                assertThat(snr.getAvps().getAvp(2903, 10415).getGrouped().getAvp(2902, 10415).getUTF8String())
                        .isEqualTo("blocked");

                Session gy = stack.getSessionFactory().getNewSession();
                Answer ccaI = JdiameterStack.send(gy, ccr(gy, 1, 0, -1));
                assertThat(ccaI.getResultCode().getUnsigned32()).isEqualTo(2001);
                AvpSet mscc = ccaI.getAvps().getAvp(456).getGrouped();
                assertThat(mscc.getAvp(431).getGrouped().getAvp(421).getUnsigned64()).isEqualTo(10_000_000L);
                Answer ccaU = JdiameterStack.send(gy, ccr(gy, 2, 1, 10_000_000L));
                assertThat(ccaU.getAvps().getAvp(456).getGrouped().getAvp(430)).as("final units").isNotNull();
                assertThat(JdiameterStack.send(gy, ccr(gy, 3, 2, 0)).getResultCode().getUnsigned32()).isEqualTo(2001);
                assertThat(JdiameterStack.send(sy, str(sy)).getResultCode().getUnsigned32()).isEqualTo(2001);
                assertThat(ocs.node().admin().sySessions()).isEmpty();
                assertThat(ocs.node().admin().gySessions()).isEmpty();
            } finally {
                stack.stop(5, TimeUnit.SECONDS, DisconnectCause.REBOOTING);
                stack.destroy();
            }
        }
    }

    private static Request slr(Session s) throws Exception {
        Request r = s.createRequest(8388635, SY, REALM, OCS_HOST);
        AvpSet avps = r.getAvps();
        avps.addAvp(258, 16777302L, true, false, true);
        avps.addAvp(2904, 0, 10415, true, false);
        AvpSet sub = avps.addGroupedAvp(443, true, false);
        sub.addAvp(450, 1, true, false);
        sub.addAvp(444, OcsUnderTest.SUBSCRIBER, true, false, false);
        avps.addAvp(2901, "data-volume", 10415, true, false, false);
        return r;
    }

    private static Request str(Session s) throws Exception {
        Request r = s.createRequest(275, SY, REALM, OCS_HOST);
        r.getAvps().addAvp(258, 16777302L, true, false, true);
        r.getAvps().addAvp(295, 1, true, false);
        return r;
    }

    /** A Gy CCR of {@code type}, one MSCC for rating group 1 asking for units (not in TERMINATION), reporting {@code used}. */
    private static Request ccr(Session s, int type, long number, long used) throws Exception {
        Request r = s.createRequest(272, GY, REALM, OCS_HOST);
        AvpSet avps = r.getAvps(); // jDiameter adds Auth-Application-Id 4 itself for a vendor-0 application
        avps.addAvp(461, "32251@3gpp.org", true, false, false);
        avps.addAvp(416, type, true, false);
        avps.addAvp(415, number, true, false, true);
        AvpSet sub = avps.addGroupedAvp(443, true, false);
        sub.addAvp(450, 1, true, false);
        sub.addAvp(444, OcsUnderTest.SUBSCRIBER, true, false, false);
        AvpSet mscc = avps.addGroupedAvp(456, true, false);
        if (type != 3) {
            mscc.addGroupedAvp(437, true, false);
        }
        if (used >= 0) {
            mscc.addGroupedAvp(446, true, false).addAvp(421, used, true, false);
        }
        mscc.addAvp(432, 1L, true, false, true);
        return r;
    }


    private static void awaitConnected(OcsUnderTest ocs, Stack stack) throws Exception {
        Await.await("jDiameter's CER accepted", Duration.ofSeconds(30), () -> ocs.node().diameter()
                .peer("127.0.0.1").map(p -> p.state().isOpen()).orElse(false));
        PeerTable peers = stack.unwrap(PeerTable.class);
        Await.await("jDiameter sees us OKAY", Duration.ofSeconds(30), () -> peers.getPeerTable().stream()
                .anyMatch(p -> p.getState(PeerState.class) == PeerState.OKAY));
    }

    /** A jDiameter stack on 127.0.0.1 advertising Sy and credit control, dialling the OCS (not started). */
    private static Stack jdiameter(int ocsPort) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String sy = "<ApplicationID><VendorId value=\"10415\" /><AuthApplId value=\"16777302\" /><AcctApplId value=\"0\" />"
                + "</ApplicationID>";
        String gy = "<ApplicationID><VendorId value=\"0\" /><AuthApplId value=\"4\" /><AcctApplId value=\"0\" />"
                + "</ApplicationID>";
        String xml;
        try (InputStream in = JdiameterOcsTest.class.getResourceAsStream("/jdiameter/jdiameter-template.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        xml = xml.replaceFirst("(?s)<Applications>.*?</Applications>", "<Applications>" + sy + gy + "</Applications>")
                .replaceFirst("(?s)<Realm name=\"\\$\\{realm}\"(.*?)>.*?</Realm>",
                        "<Realm name=\"\\${realm}\"$1>" + sy + "</Realm><Realm name=\"\\${realm}\"$1>" + gy + "</Realm>")
                .replace("${localHost}", "127.0.0.1").replace("${localPort}", Integer.toString(port))
                .replace("${realm}", REALM)
                .replace("${peers}", "<Peer name=\"aaa://" + OCS_HOST + ":" + ocsPort
                        + "\" attempt_connect=\"true\" rating=\"1\" />")
                .replace("${realmPeers}", OCS_HOST).replace("${iacMillis}", "30000");
        Stack stack = new StackImpl();
        stack.init(new XMLConfiguration(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        return stack;
    }
}
