package io.pcrfd.pcrf.bench;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.netty.DiameterFrameDecoder;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Cold start ({@code --cold-start}): the driver is a fresh JVM too, and its own first
 * connection (connect, CER written, CEA read, the open loop's first tick, the first CCR-I
 * encoded and written, its CCA read) would run interpreted and load classes while it measures
 * the server: on 2 cores that put about 11 ms between the TCP handshake and the CER on the wire
 * and 6 ms between the last CEA and the first CCR-I. So before it tries the server, the driver
 * runs its whole path for {@link #TIME} against a stub on 127.0.0.1 that answers every request
 * 2001 at once (CEA, CCA, DPA), with the run's own connections, rate and templates, and throws
 * the figures away; what the server's first answers then measure is the server.
 */
final class DriverWarmup {
    static final Duration TIME = Duration.ofMillis(500);
    private static final String STUB_HOST = "stub.pcrfd.invalid";
    private static final String STUB_REALM = "pcrfd.invalid";

    private DriverWarmup() {
    }

    /**
     * Runs {@code target}'s connections, rate and templates against a stub for {@link #TIME};
     * returns the stub run's figures, which the driver throws away.
     */
    static BenchResult run(BenchOptions target) {
        Dictionary dict = Dictionary.standard();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("bench-stub", true),
                Epoll.isAvailable() ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        try {
            Channel server = new ServerBootstrap().group(group)
                    .channel(Epoll.isAvailable() ? EpollServerSocketChannel.class : NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<Channel>() {
                        @Override
                        protected void initChannel(Channel ch) {
                            ch.pipeline().addLast(new DiameterFrameDecoder(), new Stub(new DiameterCodec(dict), dict));
                        }
                    }).bind("127.0.0.1", 0).syncUninterruptibly().channel();
            int port = ((InetSocketAddress) server.localAddress()).getPort();
            BenchResult r = GxLoadDriver.run(new BenchOptions("127.0.0.1", port, target.connections(), target.load(), Duration.ZERO,
                    TIME, 0, target.originHost(), target.realm(), target.destinationRealm(), target.apn(),
                    target.requestTimeout(), target.threads(), 0, target.subscribers(), target.flush(), false,
                    target.updates()),
                    line -> { });
            server.close().syncUninterruptibly();
            return r;
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    /** Answers every request 2001 with the request's ids, then flushes once per read batch. */
    private static final class Stub extends ChannelInboundHandlerAdapter {
        private final DiameterCodec codec;
        private final Dictionary dict;

        Stub(DiameterCodec codec, Dictionary dict) {
            this.codec = codec;
            this.dict = dict;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf frame = (ByteBuf) msg;
            try {
                DiameterMessage request = codec.decode(frame.duplicate()).message();
                if (request != null && request.isRequest()) {
                    ctx.write(Unpooled.wrappedBuffer(DiameterCodec.encode(MessageBuilder.answer(dict, request)
                            .originHost(STUB_HOST).originRealm(STUB_REALM)
                            .resultCode(ResultCodes.DIAMETER_SUCCESS).build())));
                }
            } finally {
                frame.release();
            }
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            ctx.flush();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
