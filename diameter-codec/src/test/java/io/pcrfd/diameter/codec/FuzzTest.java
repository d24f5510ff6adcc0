package io.pcrfd.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.netty.DiameterFrameDecoder;
import io.pcrfd.diameter.netty.DiameterMessageCodec;
import java.net.InetAddress;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random damage never makes the decoder throw, loop or lose a message it can still find; a
 * message it calls valid re-encodes to a message it calls valid again with the same AVPs.
 */
class FuzzTest {
    private static final Dictionary DICT = Dictionary.standard();
    private static final byte[] CER = cer();

    private final DiameterCodec codec = new DiameterCodec(DICT);

    private static byte[] cer() {
        try {
            return DiameterCodec.encode(MessageBuilder.request(DICT, ApplicationIds.COMMON, "CER")
                    .originHost("pcrf.example").originRealm("example")
                    .add("Host-IP-Address", InetAddress.getByName("2001:db8::7"))
                    .add("Vendor-Id", 10415).add("Product-Name", "pcrfd")
                    .addGrouped("Vendor-Specific-Application-Id", g -> g.add("Vendor-Id", 10415)
                            .add("Auth-Application-Id", ApplicationIds.GX))
                    .addGrouped("Proxy-Info", g -> g.add("Proxy-Host", "relay").add("Proxy-State", new byte[] {7})
                            .addRaw(99, 5, new byte[] {1, 2, 3}))
                    .build());
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 2000)
    void damagedMessagesDecodeWithoutThrowing(@ForAll @Size(min = 1, max = 8) List<@IntRange(max = 10_000) Integer> hits,
                                              @ForAll @IntRange(min = 0, max = 255) int value) {
        byte[] b = CER.clone();
        for (int hit : hits) {
            b[hit % b.length] ^= (byte) (value == 0 ? 1 : value);
        }
        DecodeResult r = codec.decode(b);
        assertThat(r.message()).isNotNull();
        if (r.isValid()) {
            DiameterMessage again = codec.decode(DiameterCodec.encode(r.message())).message();
            assertThat(codec.decode(DiameterCodec.encode(r.message())).errors()).isEmpty();
            assertThat(again.avps()).isEqualTo(r.message().avps());
        }
    }

    /** RFC 6733 §6.2 copies Proxy-Info into answers, but never one that did not decode cleanly. */
    @Property(tries = 1000)
    void anErrorAnswerNeverEchoesAProxyInfoThatDoesNotDecode(
            @ForAll @Size(min = 1, max = 4) List<@IntRange(max = 10_000) Integer> hits,
            @ForAll @IntRange(min = 1, max = 255) int value) {
        byte[] b = CER.clone();
        for (int hit : hits) {
            b[hit % b.length] ^= (byte) value;
        }
        DecodeResult r = codec.decode(b);
        if (r.message() == null || r.isValid()) {
            return;
        }
        DiameterMessage answer = MessageBuilder.answer(DICT, r.message()).originHost("pcrf.example")
                .originRealm("example").errorAnswer(r.firstError().orElseThrow()).build();
        DecodeResult back = codec.decode(DiameterCodec.encode(answer));
        assertThat(back.message().avps("Proxy-Info")).noneMatch(io.pcrfd.diameter.message.Avp::isFaulty);
    }

    @Property(tries = 500)
    void truncatedAndExtendedMessagesDecodeWithoutThrowing(@ForAll @IntRange(max = 300) int length) {
        byte[] b = java.util.Arrays.copyOf(CER, length);
        assertThatCode(() -> codec.decode(b)).doesNotThrowAnyException();
        assertThat(codec.decode(b).isValid()).isEqualTo(length == CER.length);
    }

    @Property(tries = 300)
    void aStreamCutAnywhereYieldsEveryMessage(@ForAll @Size(max = 6) List<@IntRange(min = 1, max = 400) Integer> cuts) {
        EmbeddedChannel ch = new EmbeddedChannel(new DiameterFrameDecoder(), new DiameterMessageCodec(codec));
        byte[] stream = new byte[CER.length * 3];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(CER, 0, stream, i * CER.length, CER.length);
        }
        int pos = 0;
        for (int cut : cuts) {
            int n = Math.min(cut, stream.length - pos);
            ch.writeInbound(Unpooled.wrappedBuffer(stream, pos, n));
            pos += n;
        }
        ch.writeInbound(Unpooled.wrappedBuffer(stream, pos, stream.length - pos));
        for (int i = 0; i < 3; i++) {
            DecodeResult r = ch.readInbound();
            assertThat(r.errors()).isEmpty();
        }
        assertThat(ch.finish()).isFalse();
    }
}
