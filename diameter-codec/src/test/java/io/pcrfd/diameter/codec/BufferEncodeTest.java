package io.pcrfd.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import org.junit.jupiter.api.Test;

/**
 * Encoding into a Netty buffer appends exactly the octets of the array encoding (RFC 6733 §3,
 * §4.1: header, AVPs, zero padding), after what the buffer already holds, whether the buffer
 * is on the heap (written in place) or direct (written through a reused per-thread array, so
 * no octet of an earlier, longer message may leak into the padding), and for a message larger
 * than that array.
 */
class BufferEncodeTest {
    private static final byte[] BEFORE = {1, 2, 3};
    private final Dictionary dict = Dictionary.standard();

    private DiameterMessage ccr(String sessionId, int padding) {
        MessageBuilder b = MessageBuilder.request(dict, ApplicationIds.GX, "CCR")
                .hopByHop(HopByHopId.of(7)).endToEnd(EndToEndId.of(9))
                .add("Session-Id", sessionId).add("Auth-Application-Id", ApplicationIds.GX)
                .add("Origin-Host", "pgw.epc.example").add("Origin-Realm", "epc.example")
                .add("Destination-Realm", "pcrfd.example").add("CC-Request-Type", "INITIAL_REQUEST")
                .add("CC-Request-Number", 0);
        for (int i = 0; i < padding; i++) {
            b.add("Called-Station-Id", "apn" + i + "x"); // odd lengths: every AVP padded
        }
        return b.build();
    }

    @Test
    void heapAndDirectBuffersGetTheArrayEncodingAfterTheirContent() {
        DiameterMessage big = ccr("pgw;1;" + "y".repeat(200), 40);
        DiameterMessage small = ccr("pgw;2;z", 3);
        for (ByteBuf buf : new ByteBuf[] {Unpooled.buffer(16), Unpooled.directBuffer(16),
            Unpooled.wrappedBuffer(new byte[4096], 5, 3000).clear()}) {
            for (DiameterMessage m : new DiameterMessage[] {big, small, big, small}) {
                buf.clear().writeBytes(BEFORE);
                DiameterCodec.encode(m, buf);
                assertThat(ByteBufUtil.getBytes(buf)).as("%s", buf)
                        .startsWith(BEFORE).endsWith(DiameterCodec.encode(m))
                        .hasSize(BEFORE.length + m.encodedLength());
            }
            buf.release();
        }
    }

    @Test
    void aMessageLargerThanTheScratchArrayIsEncodedWhole() {
        DiameterMessage huge = ccr("pgw;3;x", 2_000);
        assertThat(huge.encodedLength()).isGreaterThan(16 * 1024);
        ByteBuf direct = Unpooled.directBuffer();
        DiameterCodec.encode(huge, direct);
        assertThat(ByteBufUtil.getBytes(direct)).isEqualTo(DiameterCodec.encode(huge));
        direct.release();
    }

    /** A buffer from an allocator holds exactly the message's octets: its length is measured once, for both. */
    @Test
    void aBufferFromAnAllocatorHoldsExactlyTheOctets() {
        for (ByteBufAllocator alloc : new ByteBufAllocator[] {UnpooledByteBufAllocator.DEFAULT,
            PooledByteBufAllocator.DEFAULT}) {
            for (DiameterMessage m : new DiameterMessage[] {ccr("pgw;4;" + "y".repeat(200), 40), ccr("pgw;5", 1),
                ccr("pgw;6;x", 2_000)}) {
                ByteBuf buf = DiameterCodec.encode(m, alloc);
                assertThat(ByteBufUtil.getBytes(buf)).isEqualTo(DiameterCodec.encode(m));
                assertThat(buf.readerIndex()).isZero();
                assertThat(buf.readableBytes()).isEqualTo(m.encodedLength());
                buf.release();
            }
        }
    }
}
