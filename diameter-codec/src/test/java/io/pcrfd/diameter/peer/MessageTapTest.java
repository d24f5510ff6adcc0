package io.pcrfd.diameter.peer;

import static io.pcrfd.diameter.peer.TestNodes.await;
import static io.pcrfd.diameter.peer.TestNodes.ccr;
import static io.pcrfd.diameter.peer.TestNodes.client;
import static io.pcrfd.diameter.peer.TestNodes.open;
import static io.pcrfd.diameter.peer.TestNodes.peer;
import static io.pcrfd.diameter.peer.TestNodes.resultCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a dispatcher's tap sees over real sockets: each request with the peer it came from and
 * the answer that went on the wire (the handler's, or the dispatcher's own error answer), with
 * the observer still told; nothing once the tap is removed.
 */
@Timeout(30)
class MessageTapTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static final class Recorder implements MessageTap {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public void request(String peerHost, DiameterMessage request) {
            seen.add("request " + peerHost + " " + request.sessionId().orElse("-") + " hbh=" + request.hopByHop().value());
        }

        @Override
        public void answer(String peerHost, DiameterMessage answer) {
            seen.add("answer " + peerHost + " " + answer.sessionId().orElse("-") + " " + resultCode(answer)
                    + " hbh=" + answer.hopByHop().value());
        }
    }

    @Test
    void theTapSeesEachRequestAndTheAnswerSentAndTheObserverIsStillTold() throws Exception {
        Recorder tap = new Recorder();
        List<String> observed = new CopyOnWriteArrayList<>();
        Dispatcher d = new Dispatcher().tap(tap).observe((app, cmd) -> new DispatchObserver.CommandObserver() {
            @Override
            public void received() {
                observed.add("received");
            }

            @Override
            public void answered(DiameterMessage answer, long nanos) {
                observed.add("answered");
            }
        }).register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL,
                (ctx, ccr) -> CompletableFuture.completedFuture(TestNodes.cca(ctx, ccr)));
        try (DiameterNode srv = TestNodes.start(TestNodes.server("pcrf.test.example"), d);
             DiameterNode cli = TestNodes.start(client("pcef.test.example", peer("pcrf.test.example",
                     TestNodes.port(srv))), new Dispatcher())) {
            await("open", WAIT, () -> open(cli, "pcrf.test.example"));
            DiameterMessage ccr = ccr(cli, null, "s;1;tap");
            assertThat(resultCode(cli.send(ccr).get(5, TimeUnit.SECONDS))).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            await("the answer tapped", WAIT, () -> tap.seen.size() == 2);
            assertThat(tap.seen).hasSize(2);
            assertThat(tap.seen.get(0)).startsWith("request pcef.test.example s;1;tap hbh=");
            assertThat(tap.seen.get(1)).startsWith("answer pcef.test.example s;1;tap 2001 hbh=")
                    .endsWith(tap.seen.get(0).substring(tap.seen.get(0).indexOf("hbh=")));
            assertThat(observed).containsExactly("received", "answered");

            d.tap(null);
            assertThat(resultCode(cli.send(ccr(cli, null, "s;2;untapped")).get(5, TimeUnit.SECONDS)))
                    .isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            await("observed", WAIT, () -> observed.size() == 4);
            assertThat(tap.seen).hasSize(2);
        }
    }

    @Test
    void theDispatchersOwnErrorAnswerIsTappedToo() throws Exception {
        Recorder tap = new Recorder();
        Dispatcher d = new Dispatcher().tap(tap); // no handler for CCR: 3001 COMMAND_UNSUPPORTED
        try (DiameterNode srv = TestNodes.start(TestNodes.server("pcrf.test.example"), d);
             DiameterNode cli = TestNodes.start(client("pcef.test.example", peer("pcrf.test.example",
                     TestNodes.port(srv))), new Dispatcher())) {
            await("open", WAIT, () -> open(cli, "pcrf.test.example"));
            assertThat(resultCode(cli.send(ccr(cli, null, "s;3;none")).get(5, TimeUnit.SECONDS)))
                    .isEqualTo(ResultCodes.DIAMETER_COMMAND_UNSUPPORTED);
            await("the error answer tapped", WAIT, () -> tap.seen.size() == 2);
            assertThat(tap.seen.get(1)).startsWith("answer pcef.test.example s;3;none 3001");
        }
    }
}
