package io.pcrfd.it.gx;

import static io.pcrfd.it.gx.GxPcef.resultCode;
import static io.pcrfd.it.gx.PcrfUnderTest.call;
import static io.pcrfd.it.gx.SyEndToEndTest.ambrDl;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jdiameter.api.Answer;
import org.jdiameter.api.ApplicationId;
import org.jdiameter.api.AvpSet;
import org.jdiameter.api.DisconnectCause;
import org.jdiameter.api.Network;
import org.jdiameter.api.Request;
import org.jdiameter.api.Stack;
import org.jdiameter.server.impl.StackImpl;
import org.jdiameter.server.impl.helpers.XMLConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * jDiameter, an independent Diameter stack, in the OCS's seat on Sy (TS 29.219) through its
 * generic session API: the PCRF dials it, sends the SLR of a Gx session's counter, takes the
 * status jDiameter reports (exhausted: the CCA carries the throttled APN-AMBR), and ends the Sy
 * session with an STR when the Gx session ends.
 */
@Timeout(90)
class JdiameterSyServerTest {
    private static final ApplicationId SY = ApplicationId.createByAuthAppId(10415, 16777302);
    /** jDiameter's Origin-Host is the host of its URI. */
    private static final String OCS_HOST = "127.0.0.1";
    private static final String IMSI = "001019000000001";

    @Test
    void theSlrIsAnsweredByJdiameterAndTheSessionEndsWithAnStr(@TempDir Path dir) throws Exception {
        int port = freePort();
        List<Request> requests = new CopyOnWriteArrayList<>();
        Stack stack = jdiameter(port);
        stack.unwrap(Network.class).addNetworkReqListener(r -> {
            requests.add(r);
            return answer(r);
        }, SY, ApplicationId.createByAuthAppId(16777302)); // an SLR carries Auth-Application-Id alone (TS 29.219 §5.6.2)
        stack.start();
        String yaml = FamilyOcsEndToEndTest.pcrfYaml(port).replace("ocs.e2e.example", OCS_HOST)
                .replace("realm: " + OCS_HOST, "realm: e2e.example");
        GxPcef pcef = new GxPcef("pgw.jd.e2e.example", 1);
        try (SyPcrf pcrf = SyPcrf.start(dir, Instant.parse("2026-11-18T12:00:00Z"), yaml);
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), pcrf.port())) {
            Await.await("the PCRF's connection to jDiameter", Duration.ofSeconds(30), () -> pcrf.node.diameter()
                    .peer(OCS_HOST).map(s -> s.state().isOpen() && "OKAY".equals(s.watchdog().name())).orElse(false));
            DiameterMessage cca = call(pgw, pcef.initial("gx;jd", IMSI, "10.72.0.1"));
            assertThat(resultCode(cca)).isEqualTo(2001);
            assertThat(ambrDl(cca)).as("jDiameter reported data-cap exhausted").isEqualTo(1_000_000L);
            Request slr = requests.get(0);
            assertThat(slr.getCommandCode()).isEqualTo(8388635);
            assertThat(slr.getAvps().getAvp(2904, 10415).getInteger32()).as("SL-Request-Type INITIAL").isZero();
            assertThat(slr.getAvps().getAvp(2901, 10415).getUTF8String()).isEqualTo("data-cap");
            assertThat(slr.getAvps().getAvp(443).getGrouped().getAvp(444).getUTF8String()).isEqualTo(IMSI);
            assertThat(slr.getAvps().getAvp(283).getDiameterIdentity()).as("Destination-Realm").isEqualTo("e2e.example");

            assertThat(resultCode(call(pgw, pcef.terminate("gx;jd", 1)))).isEqualTo(2001);
            Await.await("jDiameter receives the STR", Duration.ofSeconds(5), () -> requests.size() == 2);
            Request str = requests.get(1);
            assertThat(str.getCommandCode()).isEqualTo(275);
            assertThat(str.getSessionId()).isEqualTo(slr.getSessionId());
            assertThat(str.getAvps().getAvp(295).getInteger32()).as("Termination-Cause LOGOUT").isEqualTo(1);
            assertThat(pcrf.counter("sy.strSent")).isEqualTo(1);
        } finally {
            stack.stop(5, TimeUnit.SECONDS, DisconnectCause.REBOOTING);
            stack.destroy();
        }
    }

    /** SLA with data-cap exhausted (TS 29.219 §5.6.3), STA 2001; both with Auth-Application-Id. */
    private static Answer answer(Request r) {
        Answer a = r.createAnswer(2001);
        try {
            a.getAvps().removeAvp(258);
            a.getAvps().addAvp(258, 16777302L, true, false, true);
            if (r.getCommandCode() == 8388635) {
                AvpSet report = a.getAvps().addGroupedAvp(2903, 10415, true, false);
                report.addAvp(2901, "data-cap", 10415, true, false, false);
                report.addAvp(2902, "exhausted", 10415, true, false, false);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return a;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /**
     * A jDiameter stack on 127.0.0.1:{@code port} advertising Sy, accepting the PCRF's CER (not
     * started). The template's accept loop ({@code io.pcrfd.it.peer.JdiameterNetworkGuard}) listens
     * and reads connections from when {@code start()} returns, so the PCRF can dial it at once.
     */
    private static Stack jdiameter(int port) throws Exception {
        String sy = "<ApplicationID><VendorId value=\"10415\" /><AuthApplId value=\"16777302\" /><AcctApplId value=\"0\" />"
                + "</ApplicationID>";
        String xml;
        try (InputStream in = JdiameterSyServerTest.class.getResourceAsStream("/jdiameter/jdiameter-template.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        xml = xml.replaceFirst("(?s)<Applications>.*?</Applications>", "<Applications>" + sy + "</Applications>")
                .replaceFirst("(?s)(<Realm name=\"\\$\\{realm}\".*?>).*?</Realm>", "$1" + sy + "</Realm>")
                .replace("${localHost}", OCS_HOST).replace("${localPort}", Integer.toString(port))
                .replace("${realm}", "e2e.example").replace("${peers}", "<Peer name=\"aaa://localhost:3868\" attempt_connect=\"false\" rating=\"1\" />")
                .replace("${realmPeers}", "localhost")
                .replace("${iacMillis}", "30000");
        Stack stack = new StackImpl();
        stack.init(new XMLConfiguration(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        return stack;
    }
}
