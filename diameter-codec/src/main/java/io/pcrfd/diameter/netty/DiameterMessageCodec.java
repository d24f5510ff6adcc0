package io.pcrfd.diameter.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.EncoderException;
import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.DiameterMessage;

/**
 * Inbound: a frame from {@link DiameterFrameDecoder} becomes a {@link DecodeResult} (the frame
 * is copied and released, so nothing downstream holds a pooled buffer). Outbound: a
 * {@link DiameterMessage} becomes one buffer. Other messages pass through untouched.
 *
 * <p>Sharable: it keeps no per-channel state (which is why it is a plain duplex handler and not
 * a Netty {@code MessageToMessageCodec}, whose decoder remembers per-channel read state), so
 * one instance serves every connection.
 */
@ChannelHandler.Sharable
public final class DiameterMessageCodec extends ChannelDuplexHandler {
    private final DiameterCodec codec;

    public DiameterMessageCodec(DiameterCodec codec) {
        this.codec = codec;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf frame)) {
            ctx.fireChannelRead(msg);
            return;
        }
        DecodeResult result;
        try {
            result = codec.decode(frame);
        } finally {
            frame.release();
        }
        ctx.fireChannelRead(result);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (!(msg instanceof DiameterMessage m)) {
            ctx.write(msg, promise);
            return;
        }
        ByteBuf buf;
        try {
            buf = DiameterCodec.encode(m, ctx.alloc());
        } catch (RuntimeException e) {
            promise.setFailure(new EncoderException("cannot encode " + m.name(), e));
            return;
        }
        ctx.write(buf, promise);
    }
}
