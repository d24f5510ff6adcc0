package io.pcrfd.diameter.peer;

import static io.pcrfd.diameter.peer.TestNodes.DICT;
import static io.pcrfd.diameter.peer.TestNodes.REALM;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.overload.OverloadOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * When answers leave, seen from a raw socket (RFC 6733 §2.1 TCP): the answers to requests that
 * arrived in one segment are written together, in one write at the end of that read (so they
 * arrive in one segment, one flush per read batch instead of one per answer); an answer that a handler completes later, on another thread, leaves
 * as soon as it is complete, without waiting for the peer to send anything more; handlers that
 * return an already completed future or a completed {@code CompletionStage} are answered alike.
 */
@Timeout(30)
class AnswerFlushTest {
    private static final String CLIENT = "pcef.test.example";
    private static final String ASYNC = ";async;";
    private static final long ASYNC_DELAY_MILLIS = 100;
    private static final int BATCH = 16;

    private final DiameterCodec codec = new DiameterCodec(DICT);
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong completedAt = new AtomicLong();

    @AfterEach
    void stop() {
        later.shutdownNow();
    }

    @Test
    void answersToRequestsOfOneSegmentArriveTogether() throws Exception {
        // Admission control hands requests on in slices of at most 1 ms of handling, each ending
        // with a flush (RequestAdmission); a cold JVM takes longer than that for 16 requests, so
        // this is checked on the read batch itself, without admission.
        try (DiameterNode srv = server(OverloadOptions.DISABLED); Socket s = connect(srv)) {
            ByteArrayOutputStream segment = new ByteArrayOutputStream();
            for (int i = 0; i < BATCH; i++) {
                segment.write(DiameterCodec.encode(ccr(i, CLIENT + ";sync;" + i)));
            }
            s.getOutputStream().write(segment.toByteArray());
            // one write of the server is one read here (loopback, well under the MSS)
            List<DiameterMessage> first = messagesOf(readOnce(s.getInputStream()));
            assertThat(first).as("answers in the first read").hasSize(BATCH);
            for (int i = 0; i < BATCH; i++) {
                assertThat(first.get(i).hopByHop()).isEqualTo(HopByHopId.of(1000 + i));
                assertThat(TestNodes.resultCode(first.get(i))).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            }
        }
    }

    @Test
    void anAnswerCompletedLaterOnAnotherThreadLeavesWithoutAnotherRead() throws Exception {
        try (DiameterNode srv = server(OverloadOptions.DEFAULTS); Socket s = connect(srv)) {
            ByteArrayOutputStream segment = new ByteArrayOutputStream();
            segment.write(DiameterCodec.encode(ccr(1, CLIENT + ASYNC + 1)));
            segment.write(DiameterCodec.encode(ccr(2, CLIENT + ";sync;" + 2)));
            long sent = System.nanoTime();
            s.getOutputStream().write(segment.toByteArray());
            DiameterMessage syncAnswer = messagesOf(readOnce(s.getInputStream())).get(0);
            assertThat(syncAnswer.hopByHop()).as("the synchronous answer does not wait for the other")
                    .isEqualTo(HopByHopId.of(1002));
            assertThat(System.nanoTime() - sent).isLessThan(TimeUnit.MILLISECONDS.toNanos(ASYNC_DELAY_MILLIS));
            // nothing more is sent: the late answer must leave on its own
            DiameterMessage late = messagesOf(readOnce(s.getInputStream())).get(0);
            long arrived = System.nanoTime();
            assertThat(late.hopByHop()).isEqualTo(HopByHopId.of(1001));
            assertThat(TestNodes.resultCode(late)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            assertThat(arrived - completedAt.get()).as("from completion to the wire")
                    .isBetween(0L, TimeUnit.MILLISECONDS.toNanos(500));
        }
    }

    @Test
    void aHandlerReturningACompletedStageIsAnswered() throws Exception {
        Dispatcher d = new Dispatcher().register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL,
                (ctx, ccr) -> CompletableFuture.completedStage(TestNodes.cca(ctx, ccr)));
        try (DiameterNode srv = DiameterNode.create(DICT, TestNodes.server("pcrf.test.example"), d).start();
             Socket s = connect(srv)) {
            s.getOutputStream().write(DiameterCodec.encode(ccr(7, CLIENT + ";stage;7")));
            DiameterMessage a = messagesOf(readOnce(s.getInputStream())).get(0);
            assertThat(a.hopByHop()).isEqualTo(HopByHopId.of(1007));
            assertThat(TestNodes.resultCode(a)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        }
    }

    /** Standard timers (no watchdog traffic within a test); CCRs whose Session-Id says so are answered late. */
    private DiameterNode server(OverloadOptions overload) {
        Dispatcher d = new Dispatcher().register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL, (ctx, ccr) -> {
            DiameterMessage cca = TestNodes.cca(ctx, ccr);
            if (!ccr.sessionId().orElseThrow().contains(ASYNC)) {
                return CompletableFuture.completedFuture(cca);
            }
            CompletableFuture<DiameterMessage> f = new CompletableFuture<>();
            later.schedule(() -> {
                completedAt.set(System.nanoTime());
                f.complete(cca);
            }, ASYNC_DELAY_MILLIS, TimeUnit.MILLISECONDS);
            return f;
        });
        return DiameterNode.create(DICT, TestNodes.server("pcrf.test.example").withOverload(overload), d).start();
    }

    private Socket connect(DiameterNode srv) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), TestNodes.port(srv));
        s.setSoTimeout(5_000);
        s.setTcpNoDelay(true);
        s.getOutputStream().write(DiameterCodec.encode(cer()));
        DiameterMessage cea = messagesOf(readOnce(s.getInputStream())).get(0);
        assertThat(cea.commandCode()).isEqualTo(CommandCodes.CAPABILITIES_EXCHANGE);
        assertThat(TestNodes.resultCode(cea)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        return s;
    }

    /** What one read returns (blocking until something arrives). */
    private static ByteBuffer readOnce(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        int n = in.read(buf);
        assertThat(n).as("octets read").isPositive();
        return ByteBuffer.wrap(buf, 0, n);
    }

    /** The whole messages in {@code octets}; a message cut at the end fails the test. */
    private List<DiameterMessage> messagesOf(ByteBuffer octets) {
        List<DiameterMessage> out = new ArrayList<>();
        while (octets.hasRemaining()) {
            assertThat(octets.remaining()).as("a whole header").isGreaterThanOrEqualTo(DiameterMessage.HEADER_LENGTH);
            int length = octets.getInt(octets.position()) & 0xFF_FFFF;
            assertThat(octets.remaining()).as("a whole message").isGreaterThanOrEqualTo(length);
            byte[] wire = new byte[length];
            octets.get(wire);
            DecodeResult r = codec.decode(wire);
            assertThat(r.errors()).isEmpty();
            out.add(r.message());
        }
        return out;
    }

    private static DiameterMessage cer() {
        return MessageBuilder.request(DICT, ApplicationIds.COMMON, "CER").hopByHop(HopByHopId.of(1))
                .endToEnd(EndToEndId.of(1)).originHost(CLIENT).originRealm(REALM)
                .add("Host-IP-Address", InetAddress.getLoopbackAddress()).add("Vendor-Id", 0L)
                .add("Product-Name", "raw").add("Auth-Application-Id", ApplicationIds.GX).build();
    }

    private static DiameterMessage ccr(int i, String session) {
        return MessageBuilder.request(DICT, ApplicationIds.GX, "CCR").hopByHop(HopByHopId.of(1000 + i))
                .endToEnd(EndToEndId.of(0x20000 + i)).add("Session-Id", session)
                .add("Auth-Application-Id", ApplicationIds.GX).originHost(CLIENT).originRealm(REALM)
                .add("Destination-Realm", REALM).add("CC-Request-Type", "INITIAL_REQUEST")
                .add("CC-Request-Number", 0).build();
    }
}
