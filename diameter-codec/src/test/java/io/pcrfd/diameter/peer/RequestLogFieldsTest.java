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

/** The fields a structured (JSON) log line gets while a request is handled, one by one. */
@Timeout(30)
class RequestLogFieldsTest {
    @Test
    void aHandlerSeesThePeerTheSessionIdAndTheHopByHopIdAsFields() throws Exception {
        AtomicReference<RequestLogContext.Fields> seen = new AtomicReference<>();
        AtomicReference<Integer> hbh = new AtomicReference<>();
        Dispatcher d = new Dispatcher().register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL, (ctx, ccr) -> {
            seen.set(RequestLogContext.fields());
            hbh.set(ccr.hopByHop().value());
            return CompletableFuture.completedFuture(TestNodes.cca(ctx, ccr));
        });
        try (DiameterNode srv = TestNodes.start(TestNodes.server("pcrf.test.example"), d);
             DiameterNode cli = TestNodes.start(TestNodes.client("pcef.test.example",
                     TestNodes.peer("pcrf.test.example", TestNodes.port(srv))), new Dispatcher())) {
            await("connected", Duration.ofSeconds(10), () -> TestNodes.open(cli, "pcrf.test.example"));
            DiameterMessage cca = cli.send(TestNodes.ccr(cli, null, "pcef.test.example;7;\"quoted\"")).get(10,
                    TimeUnit.SECONDS);
            assertThat(TestNodes.resultCode(cca)).isEqualTo(2001);
        }
        assertThat(seen.get()).isEqualTo(new RequestLogContext.Fields("pcef.test.example",
                "pcef.test.example;7;\"quoted\"", hbh.get()));
        assertThat(seen.get().hopByHopHex()).isEqualTo(String.format("0x%08x", hbh.get()));
        assertThat(RequestLogContext.fields()).as("nothing outside a message").isNull();
    }
}
