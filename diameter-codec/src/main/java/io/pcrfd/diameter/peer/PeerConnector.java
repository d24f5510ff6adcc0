package io.pcrfd.diameter.peer;

import io.netty.channel.ChannelFuture;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dialling and redialling one configured peer (RFC 6733 §2.1, §5.6; Tc of §12). Runs on the
 * peer's loop.
 *
 * <p>Decisions: the first redial waits one second (or Tc if smaller) and the delay doubles up
 * to Tc, so a short outage heals quickly and a long one costs one attempt per Tc. After the
 * peer sent DPR with DO_NOT_WANT_TO_TALK_TO_YOU the next dial waits ten Tc (RFC 6733 §5.4:
 * the peer asked not to be called back soon); after BUSY, one Tc; after REBOOTING, the
 * normal back-off. Peers in WAIT mode and peers learnt from a CER are never dialled.
 */
final class PeerConnector {
    private static final Logger log = LoggerFactory.getLogger(PeerConnector.class);
    private static final int DO_NOT_WANT_TO_TALK_FACTOR = 10;

    private final Peer peer;
    private final NodeContext node;
    private final PeerConfig config;
    private ScheduledFuture<?> redial;
    private int failures;
    private long notBeforeNanos;
    private long ourCause = BaseMessages.REBOOTING;

    PeerConnector(Peer peer, NodeContext node, PeerConfig config) {
        this.peer = peer;
        this.node = node;
        this.config = config;
    }

    boolean dials() {
        return config != null && config.mode() == PeerConfig.Mode.CONNECT;
    }

    /** I-Snd-Conn-Req. */
    void connect() {
        if (!dials()) {
            peer.post(peer::onConnectFailed);
            return;
        }
        log.info("peer={} connecting to {}:{}{}", peer.host(), config.address(), config.port(), config.tls() ? " (TLS)" : "");
        ChannelFuture f = node.connect(peer, config);
        f.addListener(done -> {
            if (done.isSuccess()) {
                Connection c = f.channel().pipeline().get(Connection.class);
                peer.post(() -> peer.onConnected(c));
            } else {
                log.info("peer={} connect failed: {}", peer.host(), done.cause().toString());
                peer.post(peer::onConnectFailed);
            }
        });
    }

    /** The connection opened: the back-off starts over. */
    void connected() {
        failures = 0;
    }

    /** After Closed: dial again after the back-off, if this peer is dialled. */
    void scheduleReconnect() {
        if (!dials() || redial != null) {
            return;
        }
        long delay = Math.max(node.timing().reconnectNanos(config.tc(), failures++), notBeforeNanos - System.nanoTime());
        log.info("peer={} redial in {} ms", peer.host(), TimeUnit.NANOSECONDS.toMillis(delay));
        redial = peer.loop().schedule(() -> {
            redial = null;
            peer.start();
        }, delay, TimeUnit.NANOSECONDS);
    }

    void cancel() {
        if (redial != null) {
            redial.cancel(false);
            redial = null;
        }
    }

    /** The peer sent DPR with {@code cause} (RFC 6733 §5.4.3). */
    void peerSaidGoodbye(long cause) {
        if (config == null) {
            return;
        }
        long tc = config.tc().toNanos();
        if (cause == BaseMessages.DO_NOT_WANT_TO_TALK_TO_YOU) {
            notBeforeNanos = System.nanoTime() + DO_NOT_WANT_TO_TALK_FACTOR * tc;
        } else if (cause == BaseMessages.BUSY) {
            notBeforeNanos = System.nanoTime() + tc;
        }
    }

    void disconnectCause(long cause) {
        ourCause = cause;
    }

    long ourCause() {
        return ourCause;
    }
}
