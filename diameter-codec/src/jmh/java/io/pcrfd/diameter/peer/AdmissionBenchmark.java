package io.pcrfd.diameter.peer;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.overload.OverloadOptions;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What admission control adds per request when the node is not overloaded: a batch of 16
 * CCR frames (one socket read) through {@link RequestAdmission} to a sink, with admission on
 * and off (off passes every frame on at once, as the pipeline did before admission existed);
 * and the DOIC check of each answer ({@link DoicAnswers}) for a request without
 * OC-Supported-Features. Costs are per request.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AdmissionBenchmark {
    private static final int BATCH = 16;

    @Param({"true", "false"})
    public boolean admission;

    private EmbeddedChannel channel;
    private ByteBuf frame;
    private DoicAnswers doic;
    private DiameterMessage ccr;
    private DiameterMessage cca;

    @Setup(Level.Trial)
    public void setUp() {
        Dictionary d = Dictionary.standard();
        LocalIdentity me = LocalIdentity.of("pcrf.bench.example", "bench.example", InetAddress.getLoopbackAddress(),
                List.of(ApplicationSupport.vendorAuth(10415, ApplicationIds.GX)));
        NodeOptions o = NodeOptions.of(me, List.of(), List.of())
                .withOverload(OverloadOptions.DEFAULTS.withEnabled(admission));
        NodeContext node = new NodeContext(d, o, Timing.forTests(), new Dispatcher(), null);
        Connection conn = new Connection(node, Connection.Role.INITIATOR, null); // no CER timer
        channel = new EmbeddedChannel(new RequestAdmission(node, conn, RequestAdmission.Loop.NETTY), new Sink(), conn);
        conn.markOpen();
        ccr = MessageBuilder.request(d, ApplicationIds.GX, "CCR").hopByHop(HopByHopId.of(1)).endToEnd(EndToEndId.of(2))
                .add("Session-Id", "pgw.epc.example;1700000000;42").add("Auth-Application-Id", ApplicationIds.GX)
                .add("Origin-Host", "pgw.epc.example").add("Origin-Realm", "epc.example")
                .add("Destination-Realm", "bench.example").add("CC-Request-Type", "UPDATE_REQUEST")
                .add("CC-Request-Number", 1).add("Origin-State-Id", 1_700_000_000L)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", "001010123456789"))
                .add("IP-CAN-Type", "3GPP-EPS").add("RAT-Type", "EUTRAN").add("Called-Station-Id", "internet")
                .add("3GPP-SGSN-MCC-MNC", "00101").add("Framed-IP-Address", new byte[] {10, 45, 0, 7})
                .build();
        frame = Unpooled.directBuffer().writeBytes(DiameterCodec.encode(ccr));
        cca = MessageBuilder.answer(d, ccr).add("Origin-Host", "pcrf.bench.example").add("Origin-Realm", "bench.example")
                .add("Auth-Application-Id", ApplicationIds.GX).add("Result-Code", ResultCodes.DIAMETER_SUCCESS)
                .add("CC-Request-Type", "UPDATE_REQUEST").add("CC-Request-Number", 1).build();
        doic = new DoicAnswers(node.overload());
    }

    /** One read of 16 requests and its read-complete; admission queues them and drains them. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void readBatch() {
        for (int i = 0; i < BATCH; i++) {
            channel.pipeline().fireChannelRead(frame.retainedDuplicate());
        }
        channel.pipeline().fireChannelReadComplete();
    }

    /** The DOIC check of an answer whose request did not announce RFC 7683 (the common case). */
    @Benchmark
    public DiameterMessage doicCheck() {
        return doic.addTo(ccr, cca);
    }

    /** Stands for the message decoder: takes each frame and releases it. */
    private static final class Sink extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ((ByteBuf) msg).release();
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            // the batch ends here
        }
    }
}
