package io.pcrfd.it.establishment;

import static io.pcrfd.it.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.establishment.TriggerResult.Outcome;
import io.pcrfd.pcrf.establishment.TriggerResult;
import io.pcrfd.store.model.AccessInfo;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.LinkedInterface;
import io.pcrfd.store.model.TriggerState;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jdiameter.api.Answer;
import org.jdiameter.api.ApplicationId;
import org.jdiameter.api.Avp;
import org.jdiameter.api.AvpSet;
import org.jdiameter.api.DisconnectCause;
import org.jdiameter.api.EventListener;
import org.jdiameter.api.Network;
import org.jdiameter.api.Request;
import org.jdiameter.api.SessionFactory;
import org.jdiameter.api.Stack;
import org.jdiameter.server.impl.StackImpl;
import org.jdiameter.server.impl.helpers.XMLConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * jDiameter, a stack we did not write, plays a third-party BPCF over S9a: it receives our TER,
 * answers TEA 2001, then opens its session with a CCR-I towards the PCRF named in PCRF-Address
 * carrying the identification it read from the TER; pcrfd matches it by content and answers
 * with QoS-Rule-Install.
 */
@Timeout(60)
class JdiameterBpcfTest {
    private static final long S9A = 16777319L;
    private static final long TGPP = 10415;
    private static final String IMSI = "001010000000001";

    private static String pcrfYaml() {
        return """
                diameter:
                  originHost: localhost
                  originRealm: test.example
                  listen:
                    - address: 127.0.0.1
                      port: 3868
                  peers:
                    - host: 127.0.0.1
                      realm: test.example
                      connect: false
                establishment:
                  peers:
                    - host: 127.0.0.1
                      encoding: ter
                  mappings:
                    - prefix: 198.51.100.0/24
                      peer: 127.0.0.1
                """;
    }

    @Test
    void jdiameterBpcfAnswersOurTerAndOpensItsS9aSession() throws Exception {
        List<Request> ters = new CopyOnWriteArrayList<>();
        CompletableFuture<Answer> cca = new CompletableFuture<>();
        try (EstablishmentNode pcrf = new EstablishmentNode(pcrfYaml(), EstablishmentEndToEndTest.policy("video", 2,
                8_000_000L))) {
            Stack jd = jdiameterBpcf(pcrf.port());
            try {
                SessionFactory sessions = jd.getSessionFactory();
                jd.unwrap(Network.class).addNetworkReqListener(ter -> {
                    ters.add(ter);
                    // Answer first, then open the session on another thread, as a BPCF does.
                    CompletableFuture.runAsync(() -> openS9a(sessions, ter, cca));
                    return ter.createAnswer(2001);
                }, ApplicationId.createByAuthAppId(TGPP, S9A), ApplicationId.createByAuthAppId(S9A));
                pcrf.awaitPeer("127.0.0.1");
                // Our side is open once we have read the CEA; jDiameter routes nothing, answers
                // included, until its own side of the connection is OKAY.
                org.jdiameter.api.PeerTable peers = jd.unwrap(org.jdiameter.api.PeerTable.class);
                await("jDiameter sees us OKAY", Duration.ofSeconds(10), () -> peers.getPeerTable().stream()
                        .anyMatch(p -> p.getState(org.jdiameter.api.PeerState.class) == org.jdiameter.api.PeerState.OKAY));
                IpCanSession gx = IpCanSession.builder("epdg;1").imsi(IMSI).apn("internet").gatewayHost("epdg.example")
                        .access(new AccessInfo("198.51.100.7", null, 4500, null)).startedAt(pcrf.clock.instant())
                        .updatedAt(pcrf.clock.instant()).expiresAt(pcrf.clock.instant().plusSeconds(3600)).build();
                pcrf.store.sessions().create(gx).toCompletableFuture().join();

                TriggerResult r = pcrf.module.trigger().onGxSessionEstablished(gx).toCompletableFuture().join();

                assertThat(r.outcome()).as(r.detail()).isEqualTo(Outcome.ACCEPTED);
                Request ter = ters.get(0);
                assertThat(ter.getCommandCode()).isEqualTo(8388656);
                assertThat(ter.getApplicationId()).isEqualTo(S9A);
                assertThat(ter.isRequest()).isTrue();
                assertThat(ter.isProxiable()).isTrue();
                assertThat(ter.getAvps().getAvp(2207, TGPP).getDiameterIdentity()).isEqualTo("localhost");
                assertThat(ter.getAvps().getAvp(2806, TGPP).getUnsigned32()).isEqualTo(4500);
                assertThat(ter.getAvps().getAvp(277).getInteger32()).isEqualTo(1); // NO_STATE_MAINTAINED

                Answer answer = cca.get(10, TimeUnit.SECONDS);
                assertThat(answer.getResultCode().getUnsigned32()).isEqualTo(2001);
                AvpSet install = answer.getAvps().getAvp(1051, TGPP).getGrouped();
                AvpSet definition = install.getAvp(1053, TGPP).getGrouped();
                assertThat(new String(definition.getAvp(1054, TGPP).getOctetString(), StandardCharsets.UTF_8))
                        .isEqualTo("video");
                await("the S9a link", Duration.ofSeconds(10), () -> !pcrf.store.sessions().get("epdg;1")
                        .toCompletableFuture().join().orElseThrow().linkedSessions().isEmpty());
                assertThat(pcrf.store.sessions().get("epdg;1").toCompletableFuture().join().orElseThrow()
                        .linkedSessions()).singleElement()
                        .satisfies(l -> assertThat(l.iface()).isEqualTo(LinkedInterface.S9A));
                assertThat(pcrf.store.triggers().get(r.triggerId()).toCompletableFuture().join().orElseThrow().state())
                        .isEqualTo(TriggerState.MATCHED);
            } finally {
                jd.stop(5, TimeUnit.SECONDS, DisconnectCause.REBOOTING);
                jd.destroy();
            }
        }
    }

    /** The jDiameter BPCF's CCR-I, built from what the TER carried. */
    private static void openS9a(SessionFactory sessions, Request ter, CompletableFuture<Answer> cca) {
        try {
            AvpSet t = ter.getAvps();
            var session = sessions.getNewSession();
            Request ccr = session.createRequest(272, ApplicationId.createByAuthAppId(TGPP, S9A),
                    t.getAvp(296).getDiameterIdentity(), t.getAvp(2207, TGPP).getDiameterIdentity());
            AvpSet a = ccr.getAvps();
            a.addAvp(258, S9A, true, false, true);
            a.addAvp(416, 1, true, false);
            a.addAvp(415, 0L, true, false, true);
            AvpSet sub = a.addGroupedAvp(443, true, false);
            Avp id = t.getAvp(443).getGrouped().getAvp(444);
            sub.addAvp(450, 1, true, false);
            sub.addAvp(444, id.getUTF8String(), true, false, false);
            a.addAvp(30, t.getAvp(30).getUTF8String(), true, false, false);
            a.addAvp(2805, t.getAvp(2805, TGPP).getAddress(), TGPP, false, false);
            session.send(ccr, new EventListener<Request, Answer>() {
                @Override
                public void receivedSuccessMessage(Request request, Answer answer) {
                    cca.complete(answer);
                }

                @Override
                public void timeoutExpired(Request request) {
                    cca.completeExceptionally(new AssertionError("jDiameter BPCF: no CCA"));
                }
            });
        } catch (Exception e) { // AvpDataException, InternalException, ...: the test fails with it
            cca.completeExceptionally(e);
        }
    }

    private static Stack jdiameterBpcf(int pcrfPort) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String xml;
        try (InputStream in = JdiameterBpcfTest.class.getResourceAsStream("/jdiameter/jdiameter-template.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        xml = xml.replace("16777238", Long.toString(S9A)).replace("${localHost}", "127.0.0.1")
                .replace("${localPort}", Integer.toString(port)).replace("${realm}", "test.example")
                .replace("${peers}", "<Peer name=\"aaa://localhost:" + pcrfPort
                        + "\" attempt_connect=\"true\" rating=\"1\" />")
                .replace("${realmPeers}", "localhost").replace("${iacMillis}", "30000");
        Stack stack = new StackImpl();
        stack.init(new XMLConfiguration(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        stack.start();
        return stack;
    }
}
