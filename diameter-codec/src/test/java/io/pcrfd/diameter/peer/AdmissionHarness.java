package io.pcrfd.diameter.peer;

import static io.pcrfd.diameter.peer.TestNodes.DICT;
import static io.pcrfd.diameter.peer.TestNodes.REALM;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.netty.DiameterFrameDecoder;
import io.pcrfd.diameter.netty.DiameterMessageCodec;
import io.pcrfd.diameter.peer.capabilities.Capabilities;
import io.pcrfd.diameter.peer.overload.OverloadOptions;
import io.pcrfd.diameter.testing.PcapWriter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A server node's connections through {@link EmbeddedChannel}s with the production pipeline
 * order (frames, admission, flush, messages, connection) and a clock the test moves: bytes in,
 * bytes out, no sockets and no sleeping. Every octet in and out is kept for tshark.
 */
final class AdmissionHarness {
    static final DiameterCodec CODEC = new DiameterCodec(DICT);
    static final String SERVER = "pcrf.test.example";

    /** The handler parks each request instead of answering it. */
    static final long PARK = -1;

    final AtomicLong clock = new AtomicLong(1_000_000_000L);
    /** Drains admission left for after the next reads; {@link #settle} runs them. */
    private final List<Runnable> later = new ArrayList<>();
    private final RequestAdmission.Loop loop = new RequestAdmission.Loop() {
        @Override
        public long nanoTime() {
            return clock.get();
        }

        @Override
        public void afterNextReads(io.netty.channel.ChannelHandlerContext ctx, Runnable task) {
            later.add(task);
        }
    };
    final AtomicInteger handled = new AtomicInteger();
    /** Answers 2001 to the requests the handler parked, one each. */
    final List<Runnable> parked = new ArrayList<>();
    final List<PcapWriter.Segment> capture = new ArrayList<>();
    final NodeContext node;
    /** The octets {@link #settle} returned last, undecoded. */
    List<byte[]> lastOutbound = List.of();
    private int hbh = 0x100;

    /**
     * @param workNanos what the Gx CCR handler does besides counting: moves the clock by this
     *                  much (the loop's time it takes) and answers 2001; {@link #PARK} keeps
     *                  the request unanswered, its future in {@link #parked}
     */
    AdmissionHarness(OverloadOptions overload, long workNanos) {
        Dispatcher d = new Dispatcher().register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL, (ctx, r) -> {
            handled.incrementAndGet();
            if (workNanos == PARK) {
                CompletableFuture<DiameterMessage> f = new CompletableFuture<>();
                parked.add(() -> f.complete(TestNodes.cca(ctx, r)));
                return f;
            }
            clock.addAndGet(workNanos);
            return CompletableFuture.completedFuture(TestNodes.cca(ctx, r));
        });
        node = new NodeContext(DICT, TestNodes.server(SERVER).withOverload(overload), Timing.forTests(), d, null);
    }

    /** A new connection from {@code client}, through CER/CEA. */
    EmbeddedChannel connect(String client) {
        EmbeddedChannel ch = new EmbeddedChannel();
        Connection conn = new Connection(node, Connection.Role.RESPONDER, null);
        ch.pipeline().addLast(new DiameterFrameDecoder(), new RequestAdmission(node, conn, loop),
                new FlushConsolidationHandler(64, true), new DiameterMessageCodec(CODEC), conn);
        LocalIdentity id = LocalIdentity.of(client, REALM, TestNodes.LOOPBACK,
                List.of(ApplicationSupport.vendorAuth(10415, ApplicationIds.GX)));
        List<DiameterMessage> cea = exchange(ch, new Capabilities(DICT, id).cer(HopByHopId.of(hbh++), EndToEndId.of(1)));
        assertThat(cea).hasSize(1);
        assertThat(conn.isOpen()).isTrue();
        return ch;
    }

    /**
     * Writes {@code in} as one read (one buffer, as one batch off a socket), runs the loop's
     * tasks until none is left, and returns what came out, decoded and checked valid.
     */
    List<DiameterMessage> exchange(EmbeddedChannel ch, DiameterMessage... in) {
        deliver(ch, in);
        return settle(ch);
    }

    /**
     * {@code in} as one read and its read-complete, without running admission's later drains:
     * what a socket read does before the loop gets to its scheduled tasks. (EmbeddedChannel
     * runs its own task queue on every flush, so admission's drains are kept apart.)
     */
    void deliver(EmbeddedChannel ch, DiameterMessage... in) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (DiameterMessage m : in) {
            all.writeBytes(DiameterCodec.encode(m));
        }
        capture.add(new PcapWriter.Segment(all.toByteArray(), true));
        ch.pipeline().fireChannelRead(Unpooled.wrappedBuffer(all.toByteArray()));
        ch.pipeline().fireChannelReadComplete();
    }

    /** Runs the loop's tasks and admission's later drains until none is left; returns the output. */
    List<DiameterMessage> settle(EmbeddedChannel ch) {
        ch.runPendingTasks();
        while (!later.isEmpty()) {
            List<Runnable> now = List.copyOf(later);
            later.clear();
            now.forEach(Runnable::run);
            ch.runPendingTasks();
        }
        List<DiameterMessage> out = new ArrayList<>();
        lastOutbound = outbound(ch);
        for (byte[] octets : lastOutbound) {
            var r = CODEC.decode(octets);
            assertThat(r.errors()).as("our own output is valid").isEmpty();
            out.add(r.message());
        }
        return out;
    }

    /** Sends {@code request}, answers every parked request, and returns everything that came out. */
    List<DiameterMessage> answered(EmbeddedChannel ch, DiameterMessage request) {
        deliver(ch, request);
        parked.forEach(Runnable::run);
        parked.clear();
        return settle(ch);
    }

    /** Raw octets of each message written since the last call. */
    private List<byte[]> outbound(EmbeddedChannel ch) {
        List<byte[]> out = new ArrayList<>();
        for (ByteBuf b; (b = ch.readOutbound()) != null; ) {
            while (b.isReadable()) {
                byte[] octets = new byte[b.getMedium(b.readerIndex() + 1)];
                b.readBytes(octets);
                capture.add(new PcapWriter.Segment(octets, false));
                out.add(octets);
            }
            b.release();
        }
        return out;
    }

    /** A Gx CCR of this type from {@code client}, optionally announcing DOIC and carrying a Proxy-Info. */
    DiameterMessage ccr(String client, String session, String type, boolean doic, boolean proxyInfo) {
        MessageBuilder b = MessageBuilder.request(DICT, ApplicationIds.GX, "CCR").hopByHop(HopByHopId.of(hbh++))
                .endToEnd(EndToEndId.of(0x9000 + hbh)).add("Session-Id", session)
                .add("Auth-Application-Id", ApplicationIds.GX).originHost(client).originRealm(REALM)
                .add("Destination-Realm", REALM).add("CC-Request-Type", type).add("CC-Request-Number", 0);
        if (doic) {
            b.addGrouped("OC-Supported-Features", g -> g.add("OC-Feature-Vector", 1L));
        }
        if (proxyInfo) {
            b.addGrouped("Proxy-Info", g -> g.add("Proxy-Host", "dra.test.example").add("Proxy-State", "st8"));
        }
        return b.build();
    }

    DiameterMessage ccr(String client, String session, String type) {
        return ccr(client, session, type, false, false);
    }

    DiameterMessage dwr(String client) {
        return MessageBuilder.request(DICT, 0, "DWR").hopByHop(HopByHopId.of(hbh++)).endToEnd(EndToEndId.of(hbh))
                .originHost(client).originRealm(REALM).build();
    }
}
