package io.pcrfd.diameter.peer;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.ssl.SslContext;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.netty.DiameterFrameDecoder;
import io.pcrfd.diameter.netty.DiameterMessageCodec;
import io.pcrfd.diameter.peer.tls.PemTls;

/**
 * The pipeline of every Diameter connection:
 *
 * <pre>
 * [SslHandler] ─ DiameterFrameDecoder ─ RequestAdmission ─ FlushConsolidationHandler ─ DiameterMessageCodec
 *              ─ [TlsPeerIdentity] ─ Connection
 * </pre>
 *
 * TLS starts with the connection (RFC 6733 §2.1, port 5658 style); {@link TlsPeerIdentity}
 * checks the certificate against the CER/CEA and leaves after it (when identities are verified).
 * {@link RequestAdmission} queues or refuses requests as frames, before they are decoded. Flushes
 * are consolidated so that answers written while handling a batch of requests leave in one
 * syscall; the flush handler sits after admission so that a batch is what admission hands on at
 * a time.
 */
final class PipelineFactory {
    /** Low 256 KiB, high 1 MiB of queued outbound octets per connection. */
    static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(256 * 1024, 1024 * 1024);
    private static final int FLUSHES_BEFORE_FLUSH = 64;

    private final NodeContext node;
    private final DiameterMessageCodec messageCodec;
    private SslContext serverTls;
    private SslContext clientTls;

    PipelineFactory(NodeContext node, DiameterCodec codec) {
        this.node = node;
        this.messageCodec = new DiameterMessageCodec(codec);
    }

    private synchronized SslContext serverTls() {
        if (serverTls == null) {
            serverTls = PemTls.serverContext(node.options().tls());
        }
        return serverTls;
    }

    private synchronized SslContext clientTls() {
        if (clientTls == null) {
            clientTls = PemTls.clientContext(node.options().tls());
        }
        return clientTls;
    }

    ChannelInitializer<Channel> responder(boolean tls) {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
                if (tls) {
                    ch.pipeline().addLast("tls", serverTls().newHandler(ch.alloc()));
                }
                common(ch.pipeline(), identityCheck(tls, null), new Connection(node, Connection.Role.RESPONDER, null));
            }
        };
    }

    ChannelInitializer<Channel> initiator(Peer peer, PeerConfig c) {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
                if (c.tls()) {
                    ch.pipeline().addLast("tls", clientTls().newHandler(ch.alloc(), c.address(), c.port()));
                }
                common(ch.pipeline(), identityCheck(c.tls(), c), new Connection(node, Connection.Role.INITIATOR, peer));
            }
        };
    }

    private TlsPeerIdentity identityCheck(boolean tls, PeerConfig dialled) {
        return tls && node.options().tls().verifyPeerIdentity() ? new TlsPeerIdentity(node, dialled) : null;
    }

    private void common(ChannelPipeline p, TlsPeerIdentity identity, Connection connection) {
        p.addLast("frames", new DiameterFrameDecoder(node.options().maxMessageSize()));
        p.addLast("admission", new RequestAdmission(node, connection, RequestAdmission.Loop.NETTY));
        p.addLast("flush", new FlushConsolidationHandler(FLUSHES_BEFORE_FLUSH, true));
        p.addLast("messages", messageCodec);
        if (identity != null) {
            p.addLast("identity", identity);
        }
        p.addLast("peer", connection);
    }
}
