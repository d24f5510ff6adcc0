package io.pcrfd.diameter.peer;

import static io.pcrfd.diameter.peer.TestNodes.DICT;
import static io.pcrfd.diameter.peer.TestNodes.REALM;
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
import io.pcrfd.diameter.peer.watchdog.WatchdogState;
import io.pcrfd.diameter.testing.TestPeer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the node tells a metrics observer, over real sockets: each dispatched request once, its
 * answer (the one on the wire) and a duration; a failed handler as a null answer, which the
 * wire shows as 5012. And the watchdog transitions it counts.
 */
@Timeout(30)
class DispatchObserverTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** Every call, in order: "received app/cmd" or "answered <result code or null> <nanos > 0>". */
    private static final class Recorder implements DispatchObserver {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public CommandObserver command(long applicationId, int commandCode) {
            return new CommandObserver() {
                @Override
                public void received() {
                    calls.add("received " + applicationId + "/" + commandCode);
                }

                @Override
                public void answered(DiameterMessage answer, long nanos) {
                    calls.add("answered " + (answer == null ? "null" : resultCode(answer)) + " " + (nanos > 0));
                }
            };
        }
    }

    @Test
    void everyDispatchedRequestIsSeenOnceWithTheAnswerThatWasSent() throws Exception {
        Recorder recorder = new Recorder();
        Dispatcher d = new Dispatcher().observe(recorder).register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL,
                (ctx, ccr) -> ccr.sessionId().orElseThrow().endsWith("fail")
                        ? CompletableFuture.failedFuture(new IllegalStateException("handler bug"))
                        : CompletableFuture.completedFuture(TestNodes.cca(ctx, ccr)));
        try (DiameterNode srv = TestNodes.start(TestNodes.server("pcrf.test.example"), d);
             DiameterNode cli = TestNodes.start(client("pcef.test.example", peer("pcrf.test.example",
                     TestNodes.port(srv))), new Dispatcher())) {
            await("open", WAIT, () -> open(cli, "pcrf.test.example"));
            assertThat(resultCode(cli.send(ccr(cli, null, "s;1;ok")).get(5, TimeUnit.SECONDS)))
                    .isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            assertThat(resultCode(cli.send(ccr(cli, null, "s;2;fail")).get(5, TimeUnit.SECONDS)))
                    .isEqualTo(ResultCodes.DIAMETER_UNABLE_TO_COMPLY);
            await("both answers observed", WAIT, () -> recorder.calls.size() == 4);
            String gx = "received " + ApplicationIds.GX + "/" + CommandCodes.CREDIT_CONTROL;
            assertThat(recorder.calls).containsExactly(gx, "answered 2001 true", gx, "answered null true");
        }
    }

    @Test
    void watchdogTransitionsAreCountedByTheStateEntered() {
        try (TestPeer srv = TestPeer.server(DICT, "pcrf.test.example", REALM, ApplicationIds.GX);
             DiameterNode cli = TestNodes.start(client("pcef.test.example", peer(srv.originHost(), srv.port())),
                     new Dispatcher())) {
            await("open", WAIT, () -> open(cli, srv.originHost()));
            assertThat(cli.counters().watchdogTransitions(WatchdogState.OKAY)).isEqualTo(1);
            srv.mute(true);
            // OKAY -(Tw)-> DWR -(Tw)-> SUSPECT -(Tw)-> DOWN (RFC 3539 §3.4)
            await("down", WAIT, () -> cli.counters().watchdogTransitions(WatchdogState.DOWN) == 1);
            assertThat(cli.counters().watchdogTransitions(WatchdogState.SUSPECT)).isEqualTo(1);
            assertThat(cli.counters().watchdogTransitions(WatchdogState.REOPEN)).isZero();
        }
    }
}
