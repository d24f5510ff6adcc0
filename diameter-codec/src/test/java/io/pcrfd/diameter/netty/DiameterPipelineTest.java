package io.pcrfd.diameter.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.codec.DiameterFramingException;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import org.junit.jupiter.api.Test;

/** Frame decoder and message codec in a pipeline, driven through {@link EmbeddedChannel}. */
class DiameterPipelineTest {
    private final Dictionary dict = Dictionary.standard();
    private final DiameterCodec codec = new DiameterCodec(dict);

    private EmbeddedChannel channel(int max) {
        return new EmbeddedChannel(new DiameterFrameDecoder(max), new DiameterMessageCodec(codec));
    }

    private byte[] dwr(int hopByHop) {
        return DiameterCodec.encode(MessageBuilder.request(dict, ApplicationIds.COMMON, "DWR")
                .hopByHop(HopByHopId.of(hopByHop)).endToEnd(EndToEndId.of(hopByHop))
                .originHost("pcrf.example").originRealm("example")
                .build());
    }

    private int readHopByHop(EmbeddedChannel ch) {
        DecodeResult r = ch.readInbound();
        assertThat(r.errors()).isEmpty();
        return r.message().hopByHop().value();
    }

    @Test
    void oneMessageSplitIntoSingleOctets() {
        EmbeddedChannel ch = channel(DiameterFrameDecoder.DEFAULT_MAX_MESSAGE_LENGTH);
        byte[] wire = dwr(5);
        for (int i = 0; i < wire.length; i++) {
            ch.writeInbound(Unpooled.wrappedBuffer(wire, i, 1));
            if (i < wire.length - 1) {
                assertThat(ch.<Object>readInbound()).isNull();
            }
        }
        assertThat(readHopByHop(ch)).isEqualTo(5);
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void threeMessagesCoalescedAndSplitAcrossWrites() {
        EmbeddedChannel ch = channel(DiameterFrameDecoder.DEFAULT_MAX_MESSAGE_LENGTH);
        ByteBuf all = Unpooled.buffer();
        all.writeBytes(dwr(1)).writeBytes(dwr(2)).writeBytes(dwr(3));
        int cut = 70;                                                  // inside the second message
        ch.writeInbound(all.retainedSlice(0, cut));
        ch.writeInbound(all.retainedSlice(cut, all.readableBytes() - cut));
        all.release();
        assertThat(readHopByHop(ch)).isEqualTo(1);
        assertThat(readHopByHop(ch)).isEqualTo(2);
        assertThat(readHopByHop(ch)).isEqualTo(3);
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void outboundMessageBecomesItsOctets() {
        EmbeddedChannel ch = channel(DiameterFrameDecoder.DEFAULT_MAX_MESSAGE_LENGTH);
        DiameterMessage dwr = codec.decode(dwr(9)).message();
        ch.writeOutbound(dwr);
        ByteBuf out = ch.readOutbound();
        byte[] b = new byte[out.readableBytes()];
        out.readBytes(b);
        out.release();
        assertThat(b).isEqualTo(dwr(9));
    }

    @Test
    void badVersionRaisesAFramingErrorWithTheHeaderThenDiscards() {
        EmbeddedChannel ch = channel(DiameterFrameDecoder.DEFAULT_MAX_MESSAGE_LENGTH);
        byte[] wire = dwr(0x01020304);
        wire[0] = 2;
        assertThatThrownBy(() -> ch.writeInbound(Unpooled.wrappedBuffer(wire)))
                .isInstanceOfSatisfying(DiameterFramingException.class, e -> {
                    assertThat(e.resultCode()).isEqualTo(ResultCodes.DIAMETER_UNSUPPORTED_VERSION);
                    assertThat(e.headerBytes()).hasSize(20);
                    assertThat(e.header().hopByHop().value()).isEqualTo(0x01020304);
                    assertThat(e.header().commandCode()).isEqualTo(280);
                });
        ch.writeInbound(Unpooled.wrappedBuffer(dwr(1)));               // the stream has lost its place
        assertThat(ch.<Object>readInbound()).isNull();
        ch.finishAndReleaseAll();
    }

    @Test
    void lengthNotAMultipleOfFourOrBelowTheHeaderOrAboveTheMaximumIs5015() {
        for (int length : new int[] {66, 16, 0, 1024}) {
            EmbeddedChannel ch = channel(512);
            byte[] wire = dwr(1);
            wire[1] = (byte) (length >>> 16);
            wire[2] = (byte) (length >>> 8);
            wire[3] = (byte) length;
            assertThatThrownBy(() -> ch.writeInbound(Unpooled.wrappedBuffer(wire)))
                    .isInstanceOfSatisfying(DiameterFramingException.class,
                            e -> assertThat(e.resultCode()).isEqualTo(ResultCodes.DIAMETER_INVALID_MESSAGE_LENGTH));
            ch.finishAndReleaseAll();
        }
    }

    @Test
    void framingErrorOnAnAnswerOffersNoHeaderToAnswer() {
        EmbeddedChannel ch = channel(DiameterFrameDecoder.DEFAULT_MAX_MESSAGE_LENGTH);
        byte[] wire = dwr(1);
        wire[4] = 0;                                                   // an answer
        wire[3] = 65;
        assertThatThrownBy(() -> ch.writeInbound(Unpooled.wrappedBuffer(wire)))
                .isInstanceOfSatisfying(DiameterFramingException.class, e -> assertThat(e.header()).isNull());
        ch.finishAndReleaseAll();
    }

    @Test
    void oneCodecInstanceServesSeveralChannels() {
        DiameterMessageCodec shared = new DiameterMessageCodec(codec);
        EmbeddedChannel a = new EmbeddedChannel(new DiameterFrameDecoder(), shared);
        EmbeddedChannel b = new EmbeddedChannel(new DiameterFrameDecoder(), shared);
        a.writeInbound(Unpooled.wrappedBuffer(dwr(1)));
        b.writeInbound(Unpooled.wrappedBuffer(dwr(2)));
        assertThat(readHopByHop(a)).isEqualTo(1);
        assertThat(readHopByHop(b)).isEqualTo(2);
        assertThat(a.finish()).isFalse();
        assertThat(b.finish()).isFalse();
    }

    @Test
    void aMessageTooLongToEncodeFailsTheWriteAndLeaksNothing() {
        EmbeddedChannel ch = channel(DiameterFrameDecoder.DEFAULT_MAX_MESSAGE_LENGTH);
        MessageBuilder big = MessageBuilder.request(dict, ApplicationIds.COMMON, "DWR");
        for (int i = 0; i < 17; i++) {
            big.add("Class", new byte[1 << 20]);
        }
        var future = ch.writeOneOutbound(big.build());
        ch.flushOutbound();
        assertThat(future.cause()).isInstanceOf(io.netty.handler.codec.EncoderException.class)
                .hasRootCauseMessage("DWR is 17825948 octets, above the 24-bit Message Length");
        assertThat(ch.<Object>readOutbound()).isNull();
        ch.finishAndReleaseAll();
    }

    @Test
    void decodedMessagesHoldNoPooledBuffer() {
        EmbeddedChannel ch = channel(DiameterFrameDecoder.DEFAULT_MAX_MESSAGE_LENGTH);
        ByteBuf in = Unpooled.copiedBuffer(dwr(4));
        ch.writeInbound(in);
        DecodeResult r = ch.readInbound();
        assertThat(in.refCnt()).isZero();                              // frame released by the codec
        assertThat(r.message().avp("Origin-Host").orElseThrow().asUtf8String()).isEqualTo("pcrf.example");
    }
}
