package io.pcrfd.diameter.peer;

import static io.pcrfd.diameter.peer.TestNodes.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a log line written while a request or an answer is handled can say about it. */
@Timeout(30)
class RequestLogContextTest {
    @Test
    void aHandlerAndAnAnswersContinuationSeeThePeerTheSessionAndTheHopByHopId() throws Exception {
        AtomicReference<String> inHandler = new AtomicReference<>();
        AtomicReference<String> hbhSeen = new AtomicReference<>();
        CompletableFuture<Void> release = new CompletableFuture<>();
        Dispatcher d = new Dispatcher().register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL, (ctx, ccr) -> {
            inHandler.set(RequestLogContext.describe());
            hbhSeen.set(ccr.hopByHop().toString());
            // held until the client has chained on its future, so the answer completes it on the loop
            return release.thenApply(x -> TestNodes.cca(ctx, ccr));
        });
        try (DiameterNode srv = TestNodes.start(TestNodes.server("pcrf.test.example"), d);
             DiameterNode cli = TestNodes.start(TestNodes.client("pcef.test.example",
                     TestNodes.peer("pcrf.test.example", TestNodes.port(srv))), new Dispatcher())) {
            await("connected", Duration.ofSeconds(10), () -> TestNodes.open(cli, "pcrf.test.example"));
            AtomicReference<String> onAnswer = new AtomicReference<>();

            CompletableFuture<DiameterMessage> answered = cli.send(TestNodes.ccr(cli, null, "pcef.test.example;7;1"))
                    .thenApply(a -> {
                        onAnswer.set(RequestLogContext.describe());
                        return a;
                    });
            release.complete(null);
            DiameterMessage cca = answered.get(10, TimeUnit.SECONDS);

            assertThat(inHandler.get()).matches("peer=pcef\\.test\\.example session=pcef\\.test\\.example;7;1 "
                    + "hbh=0x[0-9a-f]{8}").endsWith(hbhSeen.get());
            assertThat(onAnswer.get()).isEqualTo("peer=pcrf.test.example session=pcef.test.example;7;1 "
                    + cca.hopByHop());
            assertThat(RequestLogContext.describe()).as("nothing outside a message").isEmpty();
        }
    }

    /** A Session-Id holding a line break (refused 5004, echoed in the answer) cannot start a log line. */
    @Test
    void wireValuesInTheContextAreEscaped() throws Exception {
        try (DiameterNode srv = TestNodes.start(TestNodes.server("pcrf.test.example"), new Dispatcher()
                .register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL,
                        (ctx, ccr) -> CompletableFuture.completedFuture(TestNodes.cca(ctx, ccr))));
             DiameterNode cli = TestNodes.start(TestNodes.client("pcef.test.example",
                     TestNodes.peer("pcrf.test.example", TestNodes.port(srv))), new Dispatcher())) {
            await("connected", Duration.ofSeconds(10), () -> TestNodes.open(cli, "pcrf.test.example"));

            AtomicReference<String> onAnswer = new AtomicReference<>();
            DiameterMessage answer = cli.send(TestNodes.ccr(cli, null, "pcef;7;1\nFORGED\r\u0085x")).thenApply(a -> {
                onAnswer.set(RequestLogContext.describe());
                return a;
            }).get(10, TimeUnit.SECONDS);

            assertThat(answer.sessionId()).contains("pcef;7;1\nFORGED\r\u0085x");
            assertThat(onAnswer.get()).isEqualTo("peer=pcrf.test.example session=pcef;7;1\\nFORGED\\r\\u0085x "
                    + answer.hopByHop());
        }
    }
}
