package io.pcrfd.pcrf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.diameter.peer.ListenAddress;
import io.pcrfd.diameter.peer.LocalIdentity;
import io.pcrfd.diameter.peer.NodeOptions;
import io.pcrfd.diameter.peer.RequestContext;
import io.pcrfd.pcrf.cli.PcrfdMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 3004 DIAMETER_TOO_BUSY answers are refusals, counted and timed apart from errors: a server
 * that refuses every other session's CCR-I gives a clean run (exit 0) with the refusals
 * reported.
 */
@Timeout(60)
class BenchRefusalsTest {
    private static final Dictionary DICT = Dictionary.standard();

    /** A Gx server answering 2001, except 3004 (E bit, RFC 6733 §7.1.3) to every second CCR-I. */
    private static DiameterNode server(AtomicInteger initials) {
        Dispatcher d = new Dispatcher().register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL, (ctx, ccr) -> {
            boolean initial = ccr.avp("CC-Request-Type").orElseThrow().asInt() == 1;
            if (initial && initials.incrementAndGet() % 2 == 0) {
                return CompletableFuture.completedFuture(Dispatcher.errorAnswer(ctx, ccr,
                        new DiameterError(ResultCodes.DIAMETER_TOO_BUSY, null, "busy")));
            }
            return CompletableFuture.completedFuture(cca(ctx, ccr));
        });
        InetAddress lo = InetAddress.getLoopbackAddress();
        LocalIdentity me = LocalIdentity.of("pcrf.busy.test", "pcrfd.local", lo,
                List.of(ApplicationSupport.vendorAuth(10415, ApplicationIds.GX)));
        return DiameterNode.create(DICT, NodeOptions.of(me, List.of(ListenAddress.tcp(lo, 0)), List.of()), d).start();
    }

    private static DiameterMessage cca(RequestContext ctx, DiameterMessage ccr) {
        return ctx.answer(ccr).add("Auth-Application-Id", ApplicationIds.GX).resultCode(ResultCodes.DIAMETER_SUCCESS)
                .add(ccr.avp("CC-Request-Type").orElseThrow()).add(ccr.avp("CC-Request-Number").orElseThrow()).build();
    }

    @Test
    void refusedRequestsAreCountedApartFromErrorsAndAbandonTheirSession() {
        AtomicInteger initials = new AtomicInteger();
        try (DiameterNode srv = server(initials)) {
            int port = srv.localAddresses().get(0).getPort();
            BenchOptions o = new BenchOptions("127.0.0.1", port, 1, new LoadModel.ClosedLoop(2), Duration.ZERO,
                    Duration.ofSeconds(30), 10, BenchOptions.DEFAULT_ORIGIN_HOST, BenchOptions.DEFAULT_REALM,
                    BenchOptions.DEFAULT_DESTINATION_REALM, BenchOptions.DEFAULT_APN, Duration.ofSeconds(5), 1,
                    ProcessHandle.current().pid(), 0);
            BenchResult r = GxLoadDriver.run(o, l -> { });

            assertThat(initials).as("10 sessions started").hasValue(10);
            assertThat(r.refused()).isEqualTo(5);
            assertThat(r.refusedInWindow()).isEqualTo(5);
            assertThat(r.refusedLatency().getTotalCount()).isEqualTo(5);
            assertThat(r.requests()).as("the 5 admitted sessions, 4 requests each, all 2001").isEqualTo(20);
            assertThat(r.latency().getTotalCount()).isEqualTo(20);
            assertThat(r.sessions()).isEqualTo(5);
            assertThat(r.sent()).isEqualTo(25);
            assertThat(r.answered()).isEqualTo(25);
            assertThat(r.failures()).isEmpty();
            assertThat(r.errors()).isZero();
            assertThat(r.serverMemory().endRss()).as("read from /proc/PID/status").isPositive();
            assertThat(BenchReport.format(r))
                    .contains("refused      5 answered 3004 TOO_BUSY in the window")
                    .contains("errors       none (25 sent, 25 answered, every result 2001 or 3004)")
                    .containsPattern("server RSS   [0-9,]+ MiB at most during the run");
            com.fasterxml.jackson.databind.JsonNode json = BenchJsonReport.of(r);
            assertThat(json.at("/resultCodes").toString()).isEqualTo("{\"2001\":20,\"3004\":5}");
            assertThat(json.at("/refusals").asLong()).isEqualTo(5);
            assertThat(json.at("/totals/refusedInWindow").asLong()).isEqualTo(5);
            assertThat(json.at("/refusedLatencyMs/count").asLong()).isEqualTo(5);
            assertThat(json.at("/totals/errors").asLong()).isZero();
        }
    }

    @Test
    void theCommandExitsZeroWhenRequestsWereOnlyRefused() {
        try (DiameterNode srv = server(new AtomicInteger())) {
            int port = srv.localAddresses().get(0).getPort();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream old = System.out;
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int exit;
            try {
                exit = PcrfdMain.execute("bench", "--target", "127.0.0.1:" + port, "--connections", "2",
                        "--in-flight", "2", "--sessions", "8");
            } finally {
                System.setOut(old);
            }
            assertThat(exit).isEqualTo(BenchCommand.OK);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("refused      4 answered 3004 TOO_BUSY")
                    .doesNotContain("ERRORS");
        }
    }
}
