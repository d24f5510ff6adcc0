package io.pcrfd.diameter.peer;

import static io.pcrfd.diameter.peer.TestNodes.DICT;
import static io.pcrfd.diameter.peer.TestNodes.REALM;
import static io.pcrfd.diameter.peer.TestNodes.resultCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.overload.OverloadOptions;
import io.pcrfd.diameter.testing.TestPeer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Admission control over a real loopback socket: a node whose peer has two requests pending
 * (its handler holds them) answers the third with 3004 at once, its handler untouched; DWR
 * still gets DWA; once the two are answered the node takes requests again.
 */
@Timeout(30)
class OverloadOnTheWireTest {
    private static final String PCEF = "pcef.test.example";

    @Test
    void aBusyNodeRefusesAtOnceKeepsTheWatchdogAndRecovers() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<Runnable> held = new CopyOnWriteArrayList<>();
        Dispatcher d = new Dispatcher().register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL, (ctx, ccr) -> {
            calls.incrementAndGet();
            CompletableFuture<DiameterMessage> f = new CompletableFuture<>();
            held.add(() -> f.complete(TestNodes.cca(ctx, ccr)));
            return f;
        });
        NodeOptions o = TestNodes.server("pcrf.test.example")
                .withOverload(OverloadOptions.DEFAULTS.withMaxPending(2, 100));
        try (DiameterNode srv = TestNodes.start(o, d);
             TestPeer gw = TestPeer.client(DICT, PCEF, REALM, TestNodes.port(srv), ApplicationIds.GX)) {
            TestNodes.await("open", Duration.ofSeconds(10), () -> TestNodes.open(srv, PCEF));
            CompletableFuture<DiameterMessage> first = gw.request(ccr("s;1"));
            CompletableFuture<DiameterMessage> second = gw.request(ccr("s;2"));
            TestNodes.await("both handled", Duration.ofSeconds(10), () -> calls.get() == 2);

            DiameterMessage busy = gw.request(ccr("s;3")).get(5, TimeUnit.SECONDS);
            assertThat(resultCode(busy)).isEqualTo(ResultCodes.DIAMETER_TOO_BUSY);
            assertThat(busy.flags().error()).isTrue();
            assertThat(busy.avps()).extracting(Avp::name).startsWith("Session-Id", "Origin-Host", "Origin-Realm",
                    "Result-Code");
            assertThat(busy.sessionId()).contains("s;3");
            assertThat(calls).as("the handler never saw the refused request").hasValue(2);

            DiameterMessage dwa = gw.request(MessageBuilder.request(DICT, 0, "DWR").originHost(PCEF).originRealm(REALM)
                    .build()).get(5, TimeUnit.SECONDS);
            assertThat(resultCode(dwa)).as("the watchdog is never refused").isEqualTo(ResultCodes.DIAMETER_SUCCESS);

            held.forEach(Runnable::run);
            assertThat(resultCode(first.get(5, TimeUnit.SECONDS))).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            assertThat(resultCode(second.get(5, TimeUnit.SECONDS))).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            TestNodes.await("nothing pending", Duration.ofSeconds(5), () -> srv.overload().pending() == 0);

            CompletableFuture<DiameterMessage> fourth = gw.request(ccr("s;4"));
            TestNodes.await("taken again", Duration.ofSeconds(5), () -> calls.get() == 3);
            held.get(2).run();
            assertThat(resultCode(fourth.get(5, TimeUnit.SECONDS))).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            assertThat(srv.overload().refusedOnArrivalCount()).isEqualTo(1);
        }
    }

    private static DiameterMessage ccr(String session) {
        return MessageBuilder.request(DICT, ApplicationIds.GX, "CCR").add("Session-Id", session)
                .add("Auth-Application-Id", ApplicationIds.GX).originHost(PCEF).originRealm(REALM)
                .add("Destination-Realm", REALM).add("CC-Request-Type", "INITIAL_REQUEST").add("CC-Request-Number", 0)
                .build();
    }
}
