package io.pcrfd.diameter.peer;

import static io.pcrfd.diameter.peer.TestNodes.DICT;
import static io.pcrfd.diameter.peer.TestNodes.REALM;
import static io.pcrfd.diameter.peer.TestNodes.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.peer.capabilities.Capabilities;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A peer that sends requests but never reads the answers: the server's outbound buffer
 * reaches the high water mark, the server stops reading, and memory stays bounded instead of
 * queueing answers without end.
 */
@Timeout(60)
class BackpressureTest {
    private static final int REQUESTS = 200_000;

    @Test
    void aSlowReaderPausesReadingInsteadOfGrowingTheBuffer() throws Exception {
        try (DiameterNode srv = TestNodes.start(TestNodes.server("pcrf.test.example"),
                TestNodes.gxServer(new AtomicInteger()));
             Socket s = new Socket()) {
            s.setReceiveBufferSize(4096);
            s.connect(new InetSocketAddress(TestNodes.LOOPBACK, TestNodes.port(srv)), 5000);
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(DiameterCodec.encode(new Capabilities(DICT, TestNodes.identity("slow.test.example"))
                    .cer(HopByHopId.of(1), EndToEndId.of(1))));
            readOne(new DataInputStream(s.getInputStream()));
            await("open", Duration.ofSeconds(10), () -> TestNodes.open(srv, "slow.test.example"));
            Connection conn = srv.context().peers().get("slow.test.example").active();

            AtomicInteger written = new AtomicInteger();
            Thread writer = Thread.ofPlatform().daemon().start(() -> writeRequests(out, written));
            // Admission control may pause reading on its own for a moment (a queue of requests):
            // what this test is about is the outbound buffer reaching its high water mark.
            await("outbound above the high water mark", Duration.ofSeconds(30), () -> !conn.channel().isWritable());
            await("server pauses reading", Duration.ofSeconds(10), () -> !conn.channel().config().isAutoRead());
            long queued = conn.pendingOutboundBytes();
            // The high water mark (1 MiB) was reached: the channel turned unwritable above. Since
            // then the kernel's send buffer may have taken part of it, so only the bound is
            // asserted: at most one read batch of answers beyond the mark.
            assertThat(queued).isPositive().isLessThan(3L << 20);
            assertThat(written.get()).as("the writer is held back by TCP").isLessThan(REQUESTS);
            s.close();
            writer.join(10_000);
            await("server closes", Duration.ofSeconds(10), () -> !TestNodes.open(srv, "slow.test.example"));
        }
    }

    private static void writeRequests(OutputStream out, AtomicInteger written) {
        try {
            for (int i = 0; i < REQUESTS; i++) {
                out.write(DiameterCodec.encode(ccr(i)));
                written.incrementAndGet();
            }
        } catch (IOException e) {
            // Expected: the test closes the socket while this thread is blocked in write; the
            // count written so far is what the test looks at.
            return;
        }
    }

    private static DiameterMessage ccr(int i) {
        return MessageBuilder.request(DICT, ApplicationIds.GX, "CCR").hopByHop(HopByHopId.of(i))
                .endToEnd(EndToEndId.of(0x100000 + i)).add("Session-Id", "slow.test.example;1;" + i)
                .add("Auth-Application-Id", ApplicationIds.GX).originHost("slow.test.example").originRealm(REALM)
                .add("Destination-Realm", REALM).add("CC-Request-Type", "INITIAL_REQUEST").add("CC-Request-Number", 0)
                .build();
    }

    private static void readOne(DataInputStream in) throws IOException {
        int word = in.readInt();
        in.readFully(new byte[(word & 0xFFFFFF) - 4]);
    }
}
