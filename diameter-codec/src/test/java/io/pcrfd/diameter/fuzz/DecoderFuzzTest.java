package io.pcrfd.diameter.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.codec.DiameterFramingException;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.netty.DiameterFrameDecoder;
import io.pcrfd.diameter.netty.DiameterMessageCodec;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.diameter.peer.LocalIdentity;
import io.pcrfd.diameter.peer.RequestContext;
import io.pcrfd.diameter.testing.FuzzFrames;
import io.pcrfd.diameter.testing.WireChecks;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes the frame decoder, the message decoder and grammar validation with any octets (see
 * the package documentation for the properties). The seed corpus is {@link DecoderSeeds}: one
 * valid message of each command the dictionary knows, committed under
 * {@code DecoderFuzzTestInputs/decode}.
 */
class DecoderFuzzTest {
    static final Dictionary DICT = Dictionary.standard();
    private static final DiameterCodec CODEC = new DiameterCodec(DICT);
    private static final int DWR_HOP_BY_HOP = 0x0d0d0d0d;
    private static final byte[] DWR = DiameterCodec.encode(MessageBuilder.request(DICT, ApplicationIds.COMMON, "DWR")
            .hopByHop(HopByHopId.of(DWR_HOP_BY_HOP)).endToEnd(EndToEndId.of(DWR_HOP_BY_HOP))
            .originHost("peer.example").originRealm("example").build());
    private static final RequestContext CONTEXT = new RequestContext("peer.example", "example", DICT,
            LocalIdentity.of("pcrf.example", "example", InetAddress.getLoopbackAddress(),
                    List.of(ApplicationSupport.auth(ApplicationIds.GX))));

    @FuzzTest(maxDuration = "10s")
    void decode(byte[] input) {
        DecodeResult r = CODEC.decode(input);
        checkValue(input, r);
        checkFramedThenValid(input);
        checkRawStream(input);
    }

    /** A value, never an exception; valid messages survive a round trip; error answers encode. */
    private static void checkValue(byte[] input, DecodeResult r) {
        assertThat(r).isNotNull();
        assertThat(r.message() == null).isEqualTo(input.length < DiameterMessage.HEADER_LENGTH);
        if (r.message() == null) {
            assertThat(r.errors()).extracting(DiameterError::resultCode)
                    .containsExactly(ResultCodes.DIAMETER_INVALID_MESSAGE_LENGTH);
            return;
        }
        if (r.isValid()) {
            DecodeResult again = CODEC.decode(DiameterCodec.encode(r.message()));
            assertThat(again.errors()).isEmpty();
            assertThat(again.message().avps()).isEqualTo(r.message().avps());
        } else if (r.message().isRequest() && r.message().version() == DiameterMessage.VERSION
                && r.message().applicationId() != ApplicationIds.COMMON) {
            // The dispatcher's error answer; the peer layer answers base requests itself.
            DiameterMessage answer = Dispatcher.errorAnswer(CONTEXT, r.message(), r.firstError().orElseThrow());
            long code = WireChecks.checkAnswer(CODEC, r.message(), answer);
            assertThat(code).isEqualTo(r.firstError().orElseThrow().resultCode());
        }
    }

    /**
     * The input made into a well-formed frame (version 1, Message Length = its padded size),
     * then a valid DWR in the same stream: two results, the second the DWR, whatever the first
     * held. The stream is cut at a point the input chooses.
     */
    private static void checkFramedThenValid(byte[] input) {
        byte[] frame = FuzzFrames.frame(input);
        byte[] stream = Arrays.copyOf(frame, frame.length + DWR.length);
        System.arraycopy(DWR, 0, stream, frame.length, DWR.length);
        int cut = input.length == 0 ? 0 : (input[input.length - 1] & 0xFF) % stream.length;
        EmbeddedChannel ch = pipeline();
        ch.writeInbound(Unpooled.wrappedBuffer(stream, 0, cut));
        ch.writeInbound(Unpooled.wrappedBuffer(stream, cut, stream.length - cut));
        DecodeResult first = ch.readInbound();
        DecodeResult second = ch.readInbound();
        assertThat(first.errors()).isEqualTo(CODEC.decode(frame).errors());
        assertThat(second.errors()).isEmpty();
        assertThat(second.message().hopByHop().value()).isEqualTo(DWR_HOP_BY_HOP);
        assertThat(ch.<Object>readInbound()).isNull();
        assertThat(ch.finish()).isFalse();
    }

    /**
     * The raw input, then a DWR: a header that breaks framing raises one framing exception (5011
     * or 5015) and nothing after it comes out; otherwise each whole frame comes out as a result.
     */
    private static void checkRawStream(byte[] input) {
        EmbeddedChannel ch = pipeline();
        Object failure = null;
        try {
            ch.writeInbound(Unpooled.wrappedBuffer(input), Unpooled.wrappedBuffer(DWR));
        } catch (DiameterFramingException e) {
            failure = e;
            assertThat(e.resultCode()).isIn(ResultCodes.DIAMETER_UNSUPPORTED_VERSION,
                    ResultCodes.DIAMETER_INVALID_MESSAGE_LENGTH);
            ch.writeInbound(Unpooled.wrappedBuffer(DWR));
        }
        byte[] stream = concat(input, DWR);
        assertThat(failure != null).isEqualTo(RawFraming.breaks(stream));
        for (int i = RawFraming.wholeFrames(stream); i > 0; i--) {
            assertThat(ch.<Object>readInbound()).isInstanceOf(DecodeResult.class);
        }
        assertThat(ch.<Object>readInbound()).isNull();
        ch.finishAndReleaseAll();
    }

    private static EmbeddedChannel pipeline() {
        return new EmbeddedChannel(new DiameterFrameDecoder(), new DiameterMessageCodec(CODEC));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
