package io.pcrfd.pcrf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.embedded.EmbeddedChannel;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.netty.DiameterFrameDecoder;
import io.pcrfd.diameter.spec.Rfc6733;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code --flush}: how the driver packs its requests into writes, seen at the channel: per-read
 * (the default) flushes the requests that one batch of answers started together, per-request
 * flushes every request on its own (with TCP_NODELAY, one request per segment).
 */
class BenchFlushTest {
    private static final Dictionary DICT = Dictionary.standard();
    private static final int IN_FLIGHT = 8;

    @Test
    void perReadFlushesTheRequestsOfOneBatchTogether() {
        assertThat(flushes(FlushMode.PER_READ)).containsExactly(1, IN_FLIGHT, IN_FLIGHT);
    }

    @Test
    void perRequestFlushesEveryRequestOnItsOwn() {
        List<Integer> ones = new ArrayList<>();
        for (int i = 0; i < 2 * IN_FLIGHT; i++) {
            ones.add(1);
        }
        List<Integer> expected = new ArrayList<>(List.of(1)); // the CER
        expected.addAll(ones);
        assertThat(flushes(FlushMode.PER_REQUEST)).containsExactlyElementsOf(expected);
    }

    @Test
    void theModeIsReadFromTheCommandLineAndABadOneIsOneLine() {
        assertThat(FlushMode.parse("per-request")).isEqualTo(FlushMode.PER_REQUEST);
        assertThat(FlushMode.parse("per-read")).isEqualTo(FlushMode.PER_READ);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FlushMode.parse("often"))
                .hasMessage("--flush must be per-read or per-request, not often");
    }

    /**
     * The messages per flush: the CER, then the closed loop's first {@value #IN_FLIGHT} requests,
     * then the requests started by one read of {@value #IN_FLIGHT} answers.
     */
    private static List<Integer> flushes(FlushMode mode) {
        BenchOptions o = new BenchOptions("127.0.0.1", 3868, 1, new LoadModel.ClosedLoop(IN_FLIGHT), Duration.ZERO,
                Duration.ofSeconds(30), 100, BenchOptions.DEFAULT_ORIGIN_HOST, BenchOptions.DEFAULT_REALM,
                BenchOptions.DEFAULT_DESTINATION_REALM, BenchOptions.DEFAULT_APN, Duration.ofSeconds(5), 1, 0, 0)
                .withFlush(mode);
        BenchConnection c = new BenchConnection(ConnectionPlan.of(o, 0), GxRequestTemplates.build(DICT, o, 0, 1),
                new BaseProtocol(DICT, o.originHostOf(0), o.realm()));
        FlushCounter counter = new FlushCounter();
        EmbeddedChannel ch = new EmbeddedChannel(counter, new DiameterFrameDecoder(), c) {
            @Override
            protected SocketAddress localAddress0() {
                return new InetSocketAddress(InetAddress.getLoopbackAddress(), 40000); // the CER's Host-IP-Address
            }
        };
        // the channel's clock stands still: the driver's timeout sweep (which flushes) must not run in
        // the middle of a batch because the machine was slow between two writes
        ch.freezeTime();
        ch.writeInbound(answerTo(sent(ch).get(0)));
        assertThat(c.ready()).isCompleted();
        c.start(System.nanoTime(), Window.EVERYTHING);
        List<DiameterMessage> requests = sent(ch);
        assertThat(requests).hasSize(IN_FLIGHT);
        ByteArrayOutputStream oneRead = new ByteArrayOutputStream();
        for (DiameterMessage r : requests) {
            oneRead.writeBytes(bytes(answerTo(r)));
        }
        ch.writeInbound(Unpooled.wrappedBuffer(oneRead.toByteArray()));
        assertThat(sent(ch)).as("the next step of every session").hasSize(IN_FLIGHT);
        ch.finishAndReleaseAll();
        return counter.perFlush;
    }

    private static List<DiameterMessage> sent(EmbeddedChannel ch) {
        List<DiameterMessage> out = new ArrayList<>();
        for (ByteBuf b; (b = ch.readOutbound()) != null; ) {
            out.add(new DiameterCodec(DICT).decode(bytes(b)).message());
        }
        return out;
    }

    private static ByteBuf answerTo(DiameterMessage request) {
        DiameterMessage a = MessageBuilder.answer(DICT, request).resultCode(ResultCodes.DIAMETER_SUCCESS)
                .originHost("pcrf.pcrfd.local").originRealm("pcrfd.local")
                .add(Rfc6733.AUTH_APPLICATION_ID, request.applicationId() == 0 ? 0 : ApplicationIds.GX).build();
        return Unpooled.wrappedBuffer(DiameterCodec.encode(a));
    }

    private static byte[] bytes(ByteBuf b) {
        byte[] out = new byte[b.readableBytes()];
        b.readBytes(out);
        b.release();
        return out;
    }

    /** Counts the messages written between flushes (flushes with nothing written are not counted). */
    private static final class FlushCounter extends ChannelOutboundHandlerAdapter {
        final List<Integer> perFlush = new ArrayList<>();
        private int written;

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            written++;
            ctx.write(msg, promise);
        }

        @Override
        public void flush(ChannelHandlerContext ctx) {
            if (written > 0) {
                perFlush.add(written);
                written = 0;
            }
            ctx.flush();
        }
    }
}
