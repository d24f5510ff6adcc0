package io.pcrfd.diameter.peer;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.tls.CertificateNames;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks that a TLS peer's certificate names the identity it claims (RFC 6733 §13.1), on the
 * first CER (a connection we accepted) or CEA (one we dialled), after the handshake. It sits
 * between the message codec and the {@link Connection} of TLS connections while {@link
 * TlsOptions#verifyPeerIdentity()} is on, and leaves the pipeline after that one message, so
 * traffic pays nothing for it. Names match as {@link CertificateNames} says.
 *
 * <ul>
 *   <li>Responder: the certificate must name the configured {@link PeerConfig#tlsName()} of the
 *       Origin-Host the CER claims, else that Origin-Host. Otherwise the CEA says 3010
 *       DIAMETER_UNKNOWN_PEER with the Origin-Host in Failed-AVP and the connection closes
 *       (§5.3, §13.1); the CER never reaches the peer state machine.</li>
 *   <li>Initiator: the certificate must name the dialled peer's {@code tlsName}, else both the
 *       host we dialled and the Origin-Host of the CEA (the peer we meant to reach and the one
 *       that answered). Otherwise one line is logged and the connection closed after the CEA;
 *       the state machine sees I-Peer-Disc and redials after its back-off (§5.6).</li>
 *   <li>Decision: a client that sent no certificate to a server whose {@code
 *       requireClientAuth} is false is not checked (that operator chose not to authenticate
 *       clients); it is logged. A certificate that is sent is always checked.</li>
 * </ul>
 */
final class TlsPeerIdentity extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(TlsPeerIdentity.class);
    private static final int ORIGIN_HOST = 264;

    private final NodeContext node;
    private final PeerConfig dialled;

    /** @param dialled the peer we dial; null on a connection we accepted */
    TlsPeerIdentity(NodeContext node, PeerConfig dialled) {
        this.node = node;
        this.dialled = dialled;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        DiameterMessage m = ((DecodeResult) msg).message();
        String claimed = m == null ? "" : m.avp(ORIGIN_HOST, 0).map(Avp::asUtf8String).orElse("");
        if (!isOurCapabilitiesMessage(m) || claimed.isEmpty()) {
            ctx.fireChannelRead(msg); // the Connection deals with it (5005, or closes)
            return;
        }
        ctx.pipeline().remove(this);
        String mismatch = mismatch(ctx, expected(claimed));
        if (mismatch == null) {
            ctx.fireChannelRead(msg);
        } else if (dialled == null) {
            refuse(ctx, m, claimed, mismatch);
        } else {
            log.info("peer={} CEA from Origin-Host {}: {}, closing (RFC 6733 §13.1)", dialled.host(), claimed,
                    mismatch);
            ctx.close();
        }
    }

    private boolean isOurCapabilitiesMessage(DiameterMessage m) {
        return m != null && m.commandCode() == CommandCodes.CAPABILITIES_EXCHANGE
                && m.applicationId() == ApplicationIds.COMMON && m.isRequest() == (dialled == null);
    }

    /** The names the certificate must present, every one of them. */
    private List<String> expected(String claimed) {
        if (dialled == null) {
            PeerConfig c = node.configured(claimed);
            return List.of(c != null && c.tlsName() != null ? c.tlsName() : claimed);
        }
        if (dialled.tlsName() != null) {
            return List.of(dialled.tlsName());
        }
        return dialled.host().equalsIgnoreCase(claimed) ? List.of(claimed) : List.of(dialled.host(), claimed);
    }

    /** Why the certificate does not fit, or null when it does. */
    private String mismatch(ChannelHandlerContext ctx, List<String> expected) {
        X509Certificate cert = peerCertificate(ctx);
        if (cert == null) {
            if (dialled == null && !node.options().tls().requireClientAuth()) {
                log.info("peer={} sent no TLS certificate (requireClientAuth is off): identity not checked",
                        expected.get(0));
                return null;
            }
            return "no TLS certificate";
        }
        CertificateNames names = CertificateNames.of(cert);
        for (String name : expected) {
            if (!names.matches(name)) {
                return "TLS certificate (" + names.describe() + ") does not name " + name;
            }
        }
        return null;
    }

    private static X509Certificate peerCertificate(ChannelHandlerContext ctx) {
        SslHandler ssl = ctx.pipeline().get(SslHandler.class);
        if (ssl == null) {
            return null;
        }
        try {
            Certificate[] chain = ssl.engine().getSession().getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate x ? x : null;
        } catch (SSLPeerUnverifiedException e) {
            return null; // no client certificate: see the class comment
        }
    }

    private void refuse(ChannelHandlerContext ctx, DiameterMessage cer, String claimed, String mismatch) {
        DiameterError error = new DiameterError(ResultCodes.DIAMETER_UNKNOWN_PEER,
                cer.avp(ORIGIN_HOST, 0).orElse(null), mismatch);
        log.info("peer={} CER refused: {} (RFC 6733 §13.1)", claimed, error);
        ctx.writeAndFlush(node.capabilities().ceaError(cer, error)).addListener(ChannelFutureListener.CLOSE);
    }
}
