package io.pcrfd.diameter.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.pcrfd.diameter.codec.DiameterFramingException;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import java.util.List;

/**
 * Splits a TCP byte stream into Diameter messages on the 24-bit Message Length (RFC 6733 §3)
 * and emits each as a {@link ByteBuf} slice (released by the next handler).
 *
 * <p>When the header cannot be right (version not 1, length below 20 or not a multiple of 4,
 * length above {@code maxMessageLength}) the stream has lost its place: the decoder throws one
 * {@link DiameterFramingException} carrying the header octets, so the peer layer can answer
 * 5011/5015, and then discards everything that follows until the channel is closed.
 */
public final class DiameterFrameDecoder extends ByteToMessageDecoder {
    /** 1 MiB: far above any policy message, small enough to bound memory per connection. */
    public static final int DEFAULT_MAX_MESSAGE_LENGTH = 1 << 20;

    private final int maxMessageLength;
    private boolean failed;

    public DiameterFrameDecoder() {
        this(DEFAULT_MAX_MESSAGE_LENGTH);
    }

    public DiameterFrameDecoder(int maxMessageLength) {
        if (maxMessageLength < DiameterMessage.HEADER_LENGTH) {
            throw new IllegalArgumentException("maxMessageLength " + maxMessageLength + " is below the header length");
        }
        this.maxMessageLength = maxMessageLength;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        // Judge only whole headers, so a framing error can carry the ids the error answer needs.
        while (in.readableBytes() >= DiameterMessage.HEADER_LENGTH) {
            int word = in.getInt(in.readerIndex());
            int version = word >>> 24;
            int length = word & 0xFF_FFFF;
            if (version != DiameterMessage.VERSION) {
                throw fail(in, ResultCodes.DIAMETER_UNSUPPORTED_VERSION, "Diameter version " + version);
            }
            if (length < DiameterMessage.HEADER_LENGTH || (length & 3) != 0 || length > maxMessageLength) {
                throw fail(in, ResultCodes.DIAMETER_INVALID_MESSAGE_LENGTH, "Message Length " + length
                        + (length > maxMessageLength ? " above the maximum " + maxMessageLength : ""));
            }
            if (in.readableBytes() < length) {
                return;
            }
            out.add(in.readRetainedSlice(length));
        }
    }

    private DiameterFramingException fail(ByteBuf in, long resultCode, String message) {
        failed = true;
        int n = Math.min(in.readableBytes(), DiameterMessage.HEADER_LENGTH);
        byte[] header = new byte[n];
        in.getBytes(in.readerIndex(), header);
        in.skipBytes(in.readableBytes());
        return new DiameterFramingException(resultCode, header, message);
    }
}
