package io.pcrfd.it.peer;

import static io.pcrfd.it.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.diameter.peer.ListenAddress;
import io.pcrfd.diameter.peer.LocalIdentity;
import io.pcrfd.diameter.peer.NodeEvent;
import io.pcrfd.diameter.peer.NodeOptions;
import io.pcrfd.diameter.peer.PeerConfig;
import io.pcrfd.diameter.peer.fsm.PeerState;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdiameter.api.Answer;
import org.jdiameter.api.EventListener;
import org.jdiameter.api.Message;
import org.jdiameter.api.Request;
import org.jdiameter.api.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Our peer layer against jDiameter, an independent stack: its client to our server (CER/CEA,
 * DWR/DWA, a Gx CCR/CCA, DPR on stop) and our client to its server (CER/CEA, a CCR answered
 * by jDiameter). jDiameter leaves the P bit unset on requests and matches applications by
 * vendor too; our CER/CEA carries Gx bare and in a VSAI so it finds it.
 */
@Timeout(90)
class JdiameterInteropTest {
    private static final Dictionary DICT = Dictionary.standard();
    private static final String REALM = "test.example";
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    /** Our Origin-Host: a name jDiameter can resolve when it dials us. */
    private static final String US = "localhost";

    private static LocalIdentity us() {
        return LocalIdentity.of(US, REALM, LOOPBACK, List.of(ApplicationSupport.vendorAuth(10415, ApplicationIds.GX)));
    }

    @Test
    void jdiameterClientTalksToOurServer() throws Exception {
        AtomicInteger ccrs = new AtomicInteger();
        Dispatcher d = new Dispatcher().register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL, (ctx, ccr) -> {
            ccrs.incrementAndGet();
            return CompletableFuture.completedFuture(ctx.answer(ccr).add("Auth-Application-Id", ApplicationIds.GX)
                    .resultCode(ResultCodes.DIAMETER_SUCCESS).add(ccr.avp("CC-Request-Type").orElseThrow())
                    .add(ccr.avp("CC-Request-Number").orElseThrow()).build());
        });
        NodeOptions o = NodeOptions.of(us(), List.of(ListenAddress.tcp(LOOPBACK, 0)), List.of());
        List<NodeEvent> events = new CopyOnWriteArrayList<>();
        try (DiameterNode node = DiameterNode.create(DICT, o, d).start()) {
            node.subscribe(events::add);
            int port = node.localAddresses().get(0).getPort();
            try (JdiameterStack jd = JdiameterStack.dialling(REALM, US, port, 1000)) {
                await("jDiameter connected", Duration.ofSeconds(20), () -> open(node, JdiameterStack.HOST) && jd.hasOpenPeer());
                assertThat(node.peer(JdiameterStack.HOST).orElseThrow().state()).isEqualTo(PeerState.R_OPEN);

                Answer cca = sendCcr(jd);
                assertThat(cca.getResultCode().getUnsigned32()).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
                assertThat(ccrs).hasValue(1);

                // jDiameter's watchdog (IacTimeOut 1 s): DWRs arrive and get DWAs; the link stays open.
                await("two DWR/DWA", Duration.ofSeconds(20), () -> node.counters().watchdogRequests() >= 2);
                assertThat(open(node, JdiameterStack.HOST)).isTrue();
            }
            // Closing jDiameter sends DPR: we answer DPA and the peer goes down.
            await("DPR handled", Duration.ofSeconds(20), () -> node.peer(JdiameterStack.HOST).orElseThrow().state() == PeerState.CLOSED);
            assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOf(NodeEvent.PeerDown.class));
        }
    }

    private static Answer sendCcr(JdiameterStack jd) throws Exception {
        Session s = jd.sessions().getNewSession();
        Request r = s.createRequest(CommandCodes.CREDIT_CONTROL, JdiameterStack.GX, REALM, US);
        r.getAvps().addAvp(258, ApplicationIds.GX, true, false, true);
        r.getAvps().addAvp(416, 1, true, false);
        r.getAvps().addAvp(415, 0L, true, false, true);
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        s.send(r, new EventListener<Request, Answer>() {
            @Override
            public void receivedSuccessMessage(Request request, Answer a) {
                answer.complete(a);
            }

            @Override
            public void timeoutExpired(Request request) {
                answer.completeExceptionally(new AssertionError("jDiameter: no answer"));
            }
        });
        return answer.get(10, TimeUnit.SECONDS);
    }

    @Test
    void ourClientTalksToAJdiameterServer() throws Exception {
        AtomicInteger received = new AtomicInteger();
        org.jdiameter.api.NetworkReqListener answer = request -> {
            received.incrementAndGet();
            return request.createAnswer(ResultCodes.DIAMETER_SUCCESS);
        };
        String jdHost = "127.0.0.2";
        String client = "127.0.0.3";
        LocalIdentity identity = LocalIdentity.of(client, REALM, LOOPBACK,
                List.of(ApplicationSupport.vendorAuth(10415, ApplicationIds.GX)));
        try (JdiameterStack jd = JdiameterStack.listening(REALM, client, answer, jdHost);
             DiameterNode node = DiameterNode.create(DICT, NodeOptions.of(identity, List.of(),
                     List.of(PeerConfig.connect(jdHost, REALM, jdHost, jd.port()))), new Dispatcher()).start()) {
            await("CER/CEA with jDiameter", Duration.ofSeconds(10), () -> open(node, jdHost));
            assertThat(node.peer(jdHost).orElseThrow().state()).isEqualTo(PeerState.I_OPEN);
            DiameterMessage ccr = node.request(ApplicationIds.GX, "CCR")
                    .add("Session-Id", client + ";1;1").add("Auth-Application-Id", ApplicationIds.GX)
                    .originHost(client).originRealm(REALM).add("Destination-Realm", REALM)
                    .add("CC-Request-Type", "INITIAL_REQUEST").add("CC-Request-Number", 0).build();
            DiameterMessage cca = node.send(ccr).get(10, TimeUnit.SECONDS);
            assertThat(cca.avp("Result-Code").map(Avp::asUnsigned32)).contains(ResultCodes.DIAMETER_SUCCESS);
            assertThat(cca.hopByHop()).isNotNull();
            assertThat(received).hasValue(1);
        }
    }

    private static boolean open(DiameterNode node, String host) {
        return node.peer(host).map(p -> p.state().isOpen()).orElse(false);
    }

}
