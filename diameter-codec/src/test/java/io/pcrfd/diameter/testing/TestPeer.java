package io.pcrfd.diameter.testing;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.netty.DiameterFrameDecoder;
import io.pcrfd.diameter.netty.DiameterMessageCodec;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A scriptable Diameter peer for tests, like {@code httptest.Server}: a server on 127.0.0.1
 * and a free port, or a client that dials. It answers CER (2001, applications in both the
 * bare and the vendor-specific form), DWR and DPR by itself, hands other requests to a
 * function you give (default: a bare 2001 answer), records every message it receives, and
 * can be muted to play a peer that stopped answering (half-open connection, failover).
 *
 * <pre>{@code
 * try (TestPeer gw = TestPeer.server(Dictionary.standard(), "pcef.example", "example", ApplicationIds.GX)) {
 *     gw.onRequest(rar -> gw.answer(rar, 2001));
 *     ... point the node at gw.port() ...
 *     DiameterMessage rar = gw.awaitReceived(m -> m.commandCode() == 258, Duration.ofSeconds(5));
 * }
 * }</pre>
 */
public final class TestPeer implements AutoCloseable {
    private final Dictionary dictionary;
    private final String originHost;
    private final String realm;
    private final long[] applications;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final BlockingQueue<DiameterMessage> received = new LinkedBlockingQueue<>();
    private final Map<Integer, CompletableFuture<DiameterMessage>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger hopByHop = new AtomicInteger(1);
    private final AtomicInteger endToEnd = new AtomicInteger((int) (System.nanoTime() & 0xFFFFF));
    /** Each TestPeer is a fresh "process": its own, higher Origin-State-Id (RFC 6733 §8.16). */
    private static final java.util.concurrent.atomic.AtomicLong STATE_IDS =
            new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis() / 1000);
    private final long originStateId = STATE_IDS.incrementAndGet();
    private volatile Function<DiameterMessage, DiameterMessage> handler;
    private volatile boolean muted;
    private volatile Channel connection;
    private Channel server;

    private TestPeer(Dictionary dictionary, String originHost, String realm, long[] applications) {
        this.dictionary = dictionary;
        this.originHost = originHost;
        this.realm = realm;
        this.applications = applications.clone();
        this.handler = m -> answer(m, ResultCodes.DIAMETER_SUCCESS);
    }

    /** A peer listening on 127.0.0.1 and a free port, serving {@code applications}. */
    public static TestPeer server(Dictionary dictionary, String originHost, String realm, long... applications) {
        TestPeer p = new TestPeer(dictionary, originHost, realm, applications);
        p.server = new ServerBootstrap().group(p.group).channel(NioServerSocketChannel.class)
                .childHandler(p.initializer()).bind(InetAddress.getLoopbackAddress(), 0).syncUninterruptibly().channel();
        return p;
    }

    /** A peer that dials {@code port} on 127.0.0.1 and sends its CER; see {@link #awaitReceived}. */
    public static TestPeer client(Dictionary dictionary, String originHost, String realm, int port,
                                  long... applications) {
        TestPeer p = new TestPeer(dictionary, originHost, realm, applications);
        p.connection = new Bootstrap().group(p.group).channel(NioSocketChannel.class).handler(p.initializer())
                .connect(InetAddress.getLoopbackAddress(), port).syncUninterruptibly().channel();
        p.send(p.cer());
        return p;
    }

    /**
     * A client whose requests are answered by {@code handler} from the first one on: a peer may
     * send a request the moment it has sent its CEA, before {@link #onRequest} could be called.
     */
    public static TestPeer client(Dictionary dictionary, String originHost, String realm, int port,
                                  Function<DiameterMessage, DiameterMessage> handler, long... applications) {
        TestPeer p = new TestPeer(dictionary, originHost, realm, applications);
        p.handler = handler;
        p.connection = new Bootstrap().group(p.group).channel(NioSocketChannel.class).handler(p.initializer())
                .connect(InetAddress.getLoopbackAddress(), port).syncUninterruptibly().channel();
        p.send(p.cer());
        return p;
    }

    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    public String originHost() {
        return originHost;
    }

    /** What to answer to requests other than CER, DWR and DPR; null answers nothing. */
    public TestPeer onRequest(Function<DiameterMessage, DiameterMessage> h) {
        this.handler = h;
        return this;
    }

    /** While muted the peer reads but answers nothing, not even DWR: a silent, half-open peer. */
    public void mute(boolean on) {
        this.muted = on;
    }

    /** Our CER: identity, Origin-State-Id, Supported-Vendor-Id 10415, each application bare and in a VSAI. */
    public DiameterMessage cer() {
        MessageBuilder b = MessageBuilder.request(dictionary, ApplicationIds.COMMON, "CER")
                .hopByHop(HopByHopId.of(hopByHop.getAndIncrement())).endToEnd(EndToEndId.of(endToEnd.getAndIncrement()));
        return identity(b).build();
    }

    private MessageBuilder identity(MessageBuilder b) {
        b.originHost(originHost).originRealm(realm).add("Host-IP-Address", InetAddress.getLoopbackAddress())
                .add("Vendor-Id", 0L).add("Product-Name", "TestPeer").add("Origin-State-Id", originStateId)
                .add("Supported-Vendor-Id", 10415L);
        for (long app : applications) {
            b.add("Auth-Application-Id", app);
        }
        for (long app : applications) {
            b.addGrouped("Vendor-Specific-Application-Id", g -> g.add("Vendor-Id", 10415L).add("Auth-Application-Id", app));
        }
        return b;
    }

    /** An answer to {@code request} with our identity and {@code resultCode}. */
    public DiameterMessage answer(DiameterMessage request, long resultCode) {
        return MessageBuilder.answer(dictionary, request).resultCode(resultCode)
                .originHost(originHost).originRealm(realm).build();
    }

    /** Writes any message as it is (ids untouched). */
    public void send(DiameterMessage m) {
        Channel c = connection;
        if (c == null) {
            throw new IllegalStateException("no connection");
        }
        c.writeAndFlush(m).syncUninterruptibly();
    }

    /** Sends a request with fresh ids and returns its answer. */
    public CompletableFuture<DiameterMessage> request(DiameterMessage m) {
        int hbh = hopByHop.getAndIncrement();
        CompletableFuture<DiameterMessage> f = new CompletableFuture<>();
        pending.put(hbh, f);
        send(m.withHopByHop(HopByHopId.of(hbh)).withEndToEnd(EndToEndId.of(endToEnd.getAndIncrement())));
        return f;
    }

    /** The first received message matching {@code p} (consumed), waiting up to {@code max}. */
    public DiameterMessage awaitReceived(Predicate<DiameterMessage> p, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        try {
            while (true) {
                DiameterMessage m = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (m == null) {
                    throw new AssertionError("no matching message within " + max);
                }
                if (p.test(m)) {
                    return m;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Every message received and not yet consumed. */
    public List<DiameterMessage> received() {
        return List.copyOf(received);
    }

    /** True while a connection is open. */
    public boolean connected() {
        Channel c = connection;
        return c != null && c.isActive();
    }

    /** Closes the current connection (the listener stays). */
    public void disconnect() {
        Channel c = connection;
        if (c != null) {
            c.close().syncUninterruptibly();
        }
    }

    /** Kills the current connection as a crashed process would: a TCP RST (SO_LINGER 0), no DPR. */
    public void abort() {
        Channel c = connection;
        if (c != null) {
            c.config().setOption(ChannelOption.SO_LINGER, 0);
            c.close().syncUninterruptibly();
        }
    }

    @Override
    public void close() {
        disconnect();
        if (server != null) {
            server.close().syncUninterruptibly();
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private ChannelInitializer<Channel> initializer() {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
                connection = ch;
                ch.pipeline().addLast(new DiameterFrameDecoder(), new DiameterMessageCodec(new DiameterCodec(dictionary)),
                        new Inbound());
            }
        };
    }

    private final class Inbound extends SimpleChannelInboundHandler<DecodeResult> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, DecodeResult r) {
            DiameterMessage m = r.message();
            received.add(m);
            if (muted) {
                return;
            }
            if (!m.isRequest()) {
                CompletableFuture<DiameterMessage> f = pending.remove(m.hopByHop().value());
                if (f != null) {
                    f.complete(m);
                }
                return;
            }
            DiameterMessage a = reply(m);
            if (a != null) {
                ctx.writeAndFlush(a);
            }
            if (m.applicationId() == 0 && m.commandCode() == 282) {
                ctx.close();
            }
        }

        private DiameterMessage reply(DiameterMessage m) {
            if (m.applicationId() != ApplicationIds.COMMON) {
                return handler.apply(m);
            }
            return switch (m.commandCode()) {
                case 257 -> identity(MessageBuilder.answer(dictionary, m).resultCode(ResultCodes.DIAMETER_SUCCESS))
                        .build();
                case 280, 282 -> answer(m, ResultCodes.DIAMETER_SUCCESS);
                default -> handler.apply(m);
            };
        }
    }
}
