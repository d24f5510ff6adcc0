package io.pcrfd.it.gx;

import io.pcrfd.it.peer.JdiameterStack;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.it.Await;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jdiameter.api.Answer;
import org.jdiameter.api.ApplicationId;
import org.jdiameter.api.AvpSet;
import org.jdiameter.api.DisconnectCause;
import org.jdiameter.api.Network;
import org.jdiameter.api.NetworkReqListener;
import org.jdiameter.api.PeerState;
import org.jdiameter.api.PeerTable;
import org.jdiameter.api.Request;
import org.jdiameter.api.Session;
import org.jdiameter.api.SessionFactory;
import org.jdiameter.api.Stack;
import org.jdiameter.server.impl.StackImpl;
import org.jdiameter.server.impl.helpers.XMLConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * jDiameter, an independent Diameter stack, as the PCEF of the running PCRF: it dials us,
 * exchanges CER/CEA, opens a Gx session with CCR-I (answered with the policy's default bearer
 * QoS and AMBR) and closes it with CCR-T, then leaves with DPR. A second run has it report
 * usage past the plan's threshold (throttled AMBR in the CCA-U) and answer the RARs the
 * operator's re-authorisation sends: RAA 2001 applies, RAA 5002 removes the session.
 */
@Timeout(90)
class JdiameterGxTest {
    private static final ApplicationId GX = ApplicationId.createByAuthAppId(10415, 16777238);
    private static final String REALM = "e2e.example";
    /** Our Origin-Host must be the name jDiameter dials. */
    private static final String PCRF_HOST = "localhost";

    @Test
    void jdiameterOpensAndClosesAGxSession(@TempDir Path dir) throws Exception {
        try (PcrfUnderTest pcrf = PcrfUnderTest.start(dir, Instant.parse("2026-11-18T12:00:00Z"), PCRF_HOST)) {
            Stack stack = jdiameter(pcrf.diameterPort(), null);
            try {
                SessionFactory sessions = stack.getSessionFactory();
                awaitConnected(pcrf, stack);
                Session session = sessions.getNewSession();

                Answer ccaI = JdiameterStack.send(session, ccr(session, 1, 0));
                assertThat(ccaI.getResultCode().getUnsigned32()).isEqualTo(2001);
                AvpSet bearer = ccaI.getAvps().getAvp(1049, 10415).getGrouped();
                assertThat(bearer.getAvp(1028, 10415).getInteger32()).as("QCI of the basic plan").isEqualTo(9);
                AvpSet ambr = ccaI.getAvps().getAvp(1016, 10415).getGrouped();
                assertThat(ambr.getAvp(1041, 10415).getUnsigned32()).as("APN-AMBR UL").isEqualTo(10_000_000L);
                assertThat(pcrf.get("/sessions/" + PcrfUnderTest.segment(session.getSessionId())).statusCode())
                        .isEqualTo(200);

                Answer ccaT = JdiameterStack.send(session, ccr(session, 3, 1));
                assertThat(ccaT.getResultCode().getUnsigned32()).isEqualTo(2001);
                assertThat(ccaT.getAvps().getAvp(416).getInteger32()).isEqualTo(3);
                assertThat(pcrf.get("/sessions/" + PcrfUnderTest.segment(session.getSessionId())).statusCode())
                        .isEqualTo(404);
            } finally {
                stack.stop(5, TimeUnit.SECONDS, DisconnectCause.REBOOTING);
                stack.destroy();
            }
            Await.await("jDiameter's DPR handled", Duration.ofSeconds(20), () -> pcrf.node.diameter()
                    .peer("127.0.0.1").map(p -> !p.state().isOpen()).orElse(true));
        }
    }

    @Test
    void jdiameterReportsUsageAndAnswersTheRarsOfAReauthorisation(@TempDir Path dir) throws Exception {
        BlockingQueue<Request> rars = new LinkedBlockingQueue<>();
        AtomicLong raaResult = new AtomicLong(2001);
        NetworkReqListener pcef = request -> {
            rars.add(request);
            return request.createAnswer(raaResult.get());
        };
        try (PcrfUnderTest pcrf = PcrfUnderTest.start(dir, Instant.parse("2026-11-18T12:00:00Z"), PCRF_HOST)) {
            Stack stack = jdiameter(pcrf.diameterPort(), pcef);
            try {
                awaitConnected(pcrf, stack);
                Session session = stack.getSessionFactory().getNewSession();
                String path = "/sessions/" + PcrfUnderTest.segment(session.getSessionId());
                assertThat(JdiameterStack.send(session, ccr(session, 1, 0)).getResultCode().getUnsigned32()).isEqualTo(2001);

                Answer below = JdiameterStack.send(session, usage(session, 1, 400_000_000L));
                Answer crossing = JdiameterStack.send(session, usage(session, 2, 700_000_000L));

                assertThat(below.getResultCode().getUnsigned32()).isEqualTo(2001);
                assertThat(below.getAvps().getAvp(1016, 10415)).as("under 1 GB: no new QoS").isNull();
                assertThat(crossing.getResultCode().getUnsigned32()).isEqualTo(2001);
                AvpSet throttled = crossing.getAvps().getAvp(1016, 10415).getGrouped();
                assertThat(throttled.getAvp(1041, 10415).getUnsigned32()).as("APN-AMBR UL").isEqualTo(256_000L);
                assertThat(throttled.getAvp(1040, 10415).getUnsigned32()).as("APN-AMBR DL").isEqualTo(1_000_000L);

                HttpResponse<String> applied = pcrf.post(path + "/reauthorize");
                Request rar = rars.poll(10, TimeUnit.SECONDS);
                assertThat(applied.statusCode()).isEqualTo(202);
                assertThat(applied.body()).contains("\"outcome\":\"APPLIED\"");
                assertThat(rar).as("jDiameter received the RAR").isNotNull();
                assertThat(rar.getCommandCode()).isEqualTo(258);
                assertThat(rar.getApplicationId()).isEqualTo(16777238L);
                assertThat(rar.getSessionId()).isEqualTo(session.getSessionId());
                assertThat(rar.getAvps().getAvp(285).getInteger32()).as("Re-Auth-Request-Type").isZero();

                raaResult.set(5002);
                HttpResponse<String> removed = pcrf.post(path + "/reauthorize");
                assertThat(rars.poll(10, TimeUnit.SECONDS)).isNotNull();
                assertThat(removed.body()).contains("\"outcome\":\"SESSION_REMOVED\"");
                assertThat(pcrf.get(path).statusCode()).as("RAA 5002 removed the session").isEqualTo(404);
            } finally {
                stack.stop(5, TimeUnit.SECONDS, DisconnectCause.REBOOTING);
                stack.destroy();
            }
        }
    }

    private static void awaitConnected(PcrfUnderTest pcrf, Stack stack) throws Exception {
        Await.await("jDiameter's CER accepted", Duration.ofSeconds(30), () -> pcrf.node.diameter()
                .peer("127.0.0.1").map(p -> p.state().isOpen()).orElse(false));
        // Our side is open once the CEA is written; jDiameter routes nothing until it has read it.
        PeerTable peers = stack.unwrap(PeerTable.class);
        Await.await("jDiameter sees us OKAY", Duration.ofSeconds(30), () -> peers.getPeerTable().stream()
                .anyMatch(p -> p.getState(PeerState.class) == PeerState.OKAY));
    }

    /** A CCR-U reporting {@code total} octets used on Monitoring-Key mk1 (Event-Trigger 33). */
    private static Request usage(Session session, long number, long total) throws Exception {
        Request r = session.createRequest(272, GX, REALM, PCRF_HOST);
        AvpSet avps = r.getAvps();
        avps.addAvp(258, 16777238L, true, false, true);
        avps.addAvp(416, 2, true, false);
        avps.addAvp(415, number, true, false, true);
        avps.addAvp(1006, 33, 10415, true, false);
        AvpSet umi = avps.addGroupedAvp(1067, 10415, true, false);
        umi.addAvp(1066, "mk1".getBytes(StandardCharsets.US_ASCII), 10415, true, false);
        umi.addGroupedAvp(446, true, false).addAvp(421, total, true, false); // Unsigned64: 8 octets
        return r;
    }

    /** A Gx CCR as a PCEF sends it: type 1 INITIAL or 3 TERMINATION. */
    private static Request ccr(Session session, int type, long number) throws Exception {
        Request r = session.createRequest(272, GX, REALM, PCRF_HOST);
        AvpSet avps = r.getAvps();
        avps.addAvp(258, 16777238L, true, false, true);
        avps.addAvp(416, type, true, false);
        avps.addAvp(415, number, true, false, true);
        if (type == 1) {
            AvpSet sub = avps.addGroupedAvp(443, true, false);
            sub.addAvp(450, 1, true, false);
            sub.addAvp(444, GxPcef.BASIC_IMSI, true, false, false);
            avps.addAvp(8, new byte[] {10, 60, 0, 1}, true, false);
            avps.addAvp(30, "internet", true, false, false);
        } else {
            avps.addAvp(295, 1, true, false);
        }
        return r;
    }


    /** A jDiameter stack on 127.0.0.1 that dials the PCRF (the shared interop template). */
    private static Stack jdiameter(int pcrfPort, NetworkReqListener listener) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String xml;
        try (InputStream in = JdiameterGxTest.class.getResourceAsStream("/jdiameter/jdiameter-template.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${localHost}", "127.0.0.1")
                    .replace("${localPort}", Integer.toString(port)).replace("${realm}", REALM)
                    .replace("${peers}", "<Peer name=\"aaa://" + PCRF_HOST + ":" + pcrfPort
                            + "\" attempt_connect=\"true\" rating=\"1\" />")
                    .replace("${realmPeers}", PCRF_HOST).replace("${iacMillis}", "30000");
        }
        Stack stack = new StackImpl();
        stack.init(new XMLConfiguration(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        if (listener != null) {
            // Requests the PCRF sends (RAR) reach this listener; jDiameter matches the vendor form and the bare id.
            stack.unwrap(Network.class).addNetworkReqListener(listener, GX,
                    ApplicationId.createByAuthAppId(16777238));
        }
        stack.start();
        return stack;
    }
}
