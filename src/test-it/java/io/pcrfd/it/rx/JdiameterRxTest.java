package io.pcrfd.it.rx;

import io.pcrfd.it.peer.JdiameterStack;
import static io.pcrfd.it.rx.RxAf.resultCode;
import static io.pcrfd.it.rx.RxPcrf.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.it.Await;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jdiameter.api.Answer;
import org.jdiameter.api.ApplicationId;
import org.jdiameter.api.AvpSet;
import org.jdiameter.api.DisconnectCause;
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
 * jDiameter, an independent Diameter stack, as the AF (a P-CSCF) of the running PCRF over Rx
 * (TS 29.214 §4.4), through its generic session API: it dials the PCRF advertising Rx, sends an
 * AAR with one audio Media-Component-Description for the UE address of a live Gx session (held by
 * a test PCEF), gets AAA 2001 once the PCEF's RAA installed the derived rule, then ends the AF
 * session with STR, answered STA 2001, which removes the rule by Gx RAR.
 */
@Timeout(90)
class JdiameterRxTest {
    private static final ApplicationId RX = ApplicationId.createByAuthAppId(10415, 16777236);
    private static final long TGPP = 10415;
    /** The PCRF's realm; jDiameter routes by it. */
    private static final String REALM = "rx.example";
    /** Our Origin-Host must be the name jDiameter dials. */
    private static final String PCRF_HOST = "localhost";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String UE = "10.70.8.1";

    @Test
    void jdiameterAsTheAfAuthorisesAudioForALiveGxSessionAndEndsIt(@TempDir Path dir) throws Exception {
        try (RxPcrf pcrf = RxPcrf.start(dir, RxPcrf.CONFIG.replace("originHost: pcrf.rx.example",
                "originHost: " + PCRF_HOST)); TestPeer pgw = pcrf.pcef()) {
            assertThat(resultCode(call(pgw, RxAf.ccrI("pgw;jd", RxAf.GOLD_IMSI, UE, "ims")))).isEqualTo(2001);
            Stack stack = jdiameter(pcrf.diameterPort());
            try {
                awaitConnected(pcrf, stack);
                Session af = stack.getSessionFactory().getNewSession();
                String rule = "rx:" + af.getSessionId() + ":1";

                Answer aaa = JdiameterStack.send(af, aar(af));
                assertAnswer(aaa, af, 265);
                assertThat(aaa.getAvps().getAvp(258).getUnsigned32()).as("AAA's Auth-Application-Id (TS 29.214 §5.6.2)")
                        .isEqualTo(16777236L);
                DiameterMessage install = pgw.awaitReceived(m -> m.commandCode() == 258
                        && m.avp("Charging-Rule-Install").isPresent(), WAIT);
                Avp def = install.avp("Charging-Rule-Install").orElseThrow().child("Charging-Rule-Definition")
                        .orElseThrow();
                assertThat(RxAf.text(def.child("Charging-Rule-Name").orElseThrow())).isEqualTo(rule);
                Avp qos = def.child("QoS-Information").orElseThrow();
                assertThat(qos.child("QoS-Class-Identifier").orElseThrow().asInt()).as("audio: QCI 1").isEqualTo(1);
                assertThat(qos.child("Max-Requested-Bandwidth-UL").orElseThrow().asUnsigned32()).isEqualTo(38_000);
                assertThat(def.children("Flow-Information")).isNotEmpty();

                Answer sta = JdiameterStack.send(af, str(af));
                assertAnswer(sta, af, 275);
                assertThat(sta.getAvps().getAvp(258)).as("STA's grammar has no Auth-Application-Id (§5.6.6)").isNull();
                DiameterMessage remove = pgw.awaitReceived(m -> m.commandCode() == 258
                        && m.avp("Charging-Rule-Remove").isPresent(), WAIT);
                assertThat(remove.avp("Charging-Rule-Remove").orElseThrow().children("Charging-Rule-Name"))
                        .extracting(RxAf::text).containsExactly(rule);
            } finally {
                stack.stop(5, TimeUnit.SECONDS, DisconnectCause.REBOOTING);
                stack.destroy();
            }
        }
    }

    /** 2001 from the PCRF, in the AF's session, as an Rx answer of {@code command}. */
    private static void assertAnswer(Answer a, Session af, int command) throws Exception {
        assertThat(a.getCommandCode()).isEqualTo(command);
        assertThat(a.getResultCode().getUnsigned32()).isEqualTo(2001);
        assertThat(a.getSessionId()).isEqualTo(af.getSessionId());
        assertThat(a.getAvps().getAvp(264).getDiameterIdentity()).as("Origin-Host").isEqualTo(PCRF_HOST);
        assertThat(a.getAvps().getAvp(296).getDiameterIdentity()).as("Origin-Realm").isEqualTo(REALM);
    }

    /** AAR: the UE address and APN of the Gx session, one audio component with one flow pair. */
    private static Request aar(Session s) throws Exception {
        Request r = s.createRequest(265, RX, REALM, PCRF_HOST);
        AvpSet avps = r.getAvps();
        avps.addAvp(258, 16777236L, true, false, true);
        avps.addAvp(8, InetAddress.getByName(UE).getAddress(), true, false);
        avps.addAvp(30, "ims", true, false, false);
        AvpSet mcd = avps.addGroupedAvp(517, TGPP, true, false);
        mcd.addAvp(518, 1L, TGPP, true, false, true); // Media-Component-Number
        AvpSet sub = mcd.addGroupedAvp(519, TGPP, true, false); // Media-Sub-Component
        sub.addAvp(509, 1L, TGPP, true, false, true); // Flow-Number
        for (String flow : RxAf.VOICE_FLOWS) {
            sub.addAvp(507, flow.getBytes(StandardCharsets.US_ASCII), TGPP, true, false); // Flow-Description
        }
        mcd.addAvp(520, 0, TGPP, true, false); // Media-Type AUDIO
        mcd.addAvp(516, 38_000L, TGPP, true, false, true); // Max-Requested-Bandwidth-UL
        mcd.addAvp(515, 41_000L, TGPP, true, false, true); // Max-Requested-Bandwidth-DL
        return r;
    }

    private static Request str(Session s) throws Exception {
        Request r = s.createRequest(275, RX, REALM, PCRF_HOST);
        r.getAvps().addAvp(258, 16777236L, true, false, true);
        r.getAvps().addAvp(295, 1, true, false); // Termination-Cause DIAMETER_LOGOUT
        return r;
    }


    private static void awaitConnected(RxPcrf pcrf, Stack stack) throws Exception {
        Await.await("jDiameter's CER accepted", Duration.ofSeconds(30), () -> pcrf.node.diameter()
                .peer("127.0.0.1").map(p -> p.state().isOpen()).orElse(false));
        PeerTable peers = stack.unwrap(PeerTable.class);
        Await.await("jDiameter sees us OKAY", Duration.ofSeconds(30), () -> peers.getPeerTable().stream()
                .anyMatch(p -> p.getState(PeerState.class) == PeerState.OKAY));
    }

    /** A started jDiameter stack on 127.0.0.1 advertising Rx, dialling the PCRF. */
    private static Stack jdiameter(int pcrfPort) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String xml;
        try (InputStream in = JdiameterRxTest.class.getResourceAsStream("/jdiameter/jdiameter-template.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        xml = xml.replace("<AuthApplId value=\"16777238\" />", "<AuthApplId value=\"16777236\" />")
                .replace("${localHost}", "127.0.0.1").replace("${localPort}", Integer.toString(port))
                .replace("${realm}", REALM)
                .replace("${peers}", "<Peer name=\"aaa://" + PCRF_HOST + ":" + pcrfPort
                        + "\" attempt_connect=\"true\" rating=\"1\" />")
                .replace("${realmPeers}", PCRF_HOST).replace("${iacMillis}", "30000");
        Stack stack = new StackImpl();
        stack.init(new XMLConfiguration(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        stack.start();
        return stack;
    }
}
