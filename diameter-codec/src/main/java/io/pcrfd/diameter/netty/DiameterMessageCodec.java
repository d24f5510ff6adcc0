package io.pcrfd.diameter.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageCodec;
import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.DiameterMessage;
import java.util.List;

/**
 * Inbound: a frame from {@link DiameterFrameDecoder} becomes a {@link DecodeResult} (the frame
 * is copied and released, so nothing downstream holds a pooled buffer). Outbound: a
 * {@link DiameterMessage} becomes one buffer. Not sharable (Netty's message decoder keeps
 * per-channel read state): create one per channel around a shared {@link DiameterCodec}.
 */
public final class DiameterMessageCodec extends MessageToMessageCodec<ByteBuf, DiameterMessage> {
    private final DiameterCodec codec;

    public DiameterMessageCodec(DiameterCodec codec) {
        this.codec = codec;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf frame, List<Object> out) {
        out.add(codec.decode(frame));
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, DiameterMessage msg, List<Object> out) {
        ByteBuf buf = ctx.alloc().buffer(msg.encodedLength());
        try {
            DiameterCodec.encode(msg, buf);
        } catch (RuntimeException e) {
            buf.release();
            throw e;
        }
        out.add(buf);
    }
}
