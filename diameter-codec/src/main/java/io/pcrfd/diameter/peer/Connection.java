package io.pcrfd.diameter.peer;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterFramingException;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.capabilities.PeerCapabilities;
import java.util.ArrayDeque;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One transport connection: the last handler of the pipeline, on the channel's event loop.
 * Before CER/CEA it is held outside the peer state machine (RFC 6733 §5.6.1); once open it
 * answers DWR itself, forwards DWA/DPR/DPA to its {@link Peer}, hands requests to the
 * {@link Dispatcher} through {@link InboundRequests} and matches answers in {@link
 * PendingRequests}.
 *
 * <p>Backpressure: when the outbound buffer passes the high water mark the channel stops
 * reading until it drains, so a peer that does not read our answers cannot make us buffer
 * without bound.
 */
final class Connection extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(Connection.class);

    /** Which side opened the transport. */
    enum Role { INITIATOR, RESPONDER }

    private final NodeContext node;
    private final Role role;
    private volatile Peer peer;
    private Channel channel;
    private PendingRequests pending;
    private InboundRequests inbound;
    private ScheduledFuture<?> cerTimer;
    private volatile boolean open;
    /** Read while the capabilities exchange completes on the peer's loop; see {@link #hold}. */
    private ArrayDeque<DecodeResult> held;
    private boolean ceaReceived;
    /**
     * When the current (or last) read batch began: one clock read and one volatile write per
     * batch, not per message. The watchdog (RFC 3539 §3.4, Tw of seconds) and the duplicate
     * cache's TTL need no finer time.
     */
    private volatile long lastReceivedNanos;
    /** A message of the current read batch has stamped {@link #lastReceivedNanos}; reset when the batch completes. */
    private boolean stamped;

    Connection(NodeContext node, Role role, Peer peer) {
        this.node = node;
        this.role = role;
        this.peer = peer;
    }

    Role role() {
        return role;
    }

    Channel channel() {
        return channel;
    }

    EventLoop loop() {
        return channel.eventLoop();
    }

    long lastReceivedNanos() {
        return lastReceivedNanos;
    }

    /** True once CER/CEA is done and messages flow; set on the channel's loop. */
    boolean isOpen() {
        return open;
    }

    /** Received requests handed to handlers and not yet answered. */
    int inboundInFlight() {
        return inbound.inFlight();
    }

    /** Requests in progress both ways; read from other threads for graceful shutdown. */
    int outstanding() {
        return pending == null ? 0 : pending.size() + inbound.inFlight();
    }

    String peerName() {
        Peer p = peer;
        return p != null ? p.host() : String.valueOf(channel == null ? "?" : channel.remoteAddress());
    }

    void attach(Peer p) {
        this.peer = p;
    }

    /**
     * The state machine made this connection the open one: messages may flow. Called on the
     * peer's loop right after the CEA was handed to the channel; it takes effect on the
     * channel's loop, after that write, so that what arrived meanwhile is answered after the CEA.
     */
    void markOpen() {
        EventLoop loop = channel.eventLoop();
        if (loop.inEventLoop()) {
            opened();
        } else {
            loop.execute(this::opened);
        }
    }

    private void opened() {
        if (!channel.isActive()) {
            return;
        }
        open = true;
        ArrayDeque<DecodeResult> waiting = held;
        held = null;
        if (waiting != null) {
            // RFC 6733 §5.6: the peer may send as soon as it has the CEA (or even with its CER).
            for (DecodeResult r; (r = waiting.poll()) != null; ) {
                onMessage(r);
            }
            channel.config().setAutoRead(channel.isWritable());
        }
    }

    /**
     * A message that arrived after the CER was accepted (or our CEA was received) but before
     * the peer's loop finished the exchange. It is kept in arrival order and handled when the
     * connection opens; reading pauses meanwhile, so what is kept is at most one read's worth.
     */
    private void hold(DecodeResult r) {
        if (held == null) {
            held = new ArrayDeque<>();
            channel.config().setAutoRead(false);
        }
        held.add(r);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        // Before channelActive: the connect promise's listeners may already write the CER.
        channel = ctx.channel();
        pending = new PendingRequests(this, node);
        inbound = new InboundRequests(this, node);
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        lastReceivedNanos = System.nanoTime();
        if (role == Role.RESPONDER) {
            // §5.6.1: an accepted connection must send its CER within a bound or be dropped.
            cerTimer = ctx.executor().schedule(this::cerTimeout, node.timing().cerTimeout().toNanos(),
                    TimeUnit.NANOSECONDS);
        }
        ctx.fireChannelActive();
    }

    private void cerTimeout() {
        if (peer == null && channel.isActive()) {
            log.info("peer={} no CER within {}, closing", channel.remoteAddress(), node.timing().cerTimeout());
            channel.close();
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        DecodeResult r = (DecodeResult) msg;
        DiameterMessage m = r.message();
        if (m == null) {
            channel.close();
            return;
        }
        if (!stamped) {
            stamped = true;
            lastReceivedNanos = System.nanoTime();
        }
        if (!open) {
            beforeOpen(r);
        } else {
            onMessage(r);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        stamped = false;
        ctx.fireChannelReadComplete();
    }

    private void beforeOpen(DecodeResult r) {
        DiameterMessage m = r.message();
        boolean cx = m.commandCode() == CommandCodes.CAPABILITIES_EXCHANGE && m.applicationId() == ApplicationIds.COMMON;
        if (role == Role.RESPONDER) {
            if (peer != null) {
                hold(r); // the CER is with the peer's state machine
            } else if (cx && m.isRequest()) {
                onCer(r);
            } else {
                log.info("peer={} sent {} before CER, closing (RFC 6733 §5.6.1)", channel.remoteAddress(), m.name());
                channel.close();
            }
            return;
        }
        Peer p = peer;
        if (p == null) {
            return;
        }
        if (ceaReceived) {
            hold(r); // the CEA is with the peer's state machine
        } else if (cx && !m.isRequest()) {
            ceaReceived = true;
            p.post(() -> p.onCea(this, r));
        } else {
            p.post(() -> p.onNonCea(this, m));
        }
    }

    private void onCer(DecodeResult r) {
        DiameterMessage cer = r.message();
        if (cerTimer != null) {
            cerTimer.cancel(false);
        }
        PeerCapabilities caps = PeerCapabilities.of(cer);
        if (!r.isValid()) {
            refuse(cer, caps, r.firstError().orElseThrow());
            return;
        }
        if (node.options().allowListEnabled() && !node.isConfigured(caps.originHost())) {
            refuse(cer, caps, new DiameterError(ResultCodes.DIAMETER_UNKNOWN_PEER, null,
                    "Origin-Host " + caps.originHost() + " is not an allowed peer"));
            return;
        }
        Set<Long> common = node.capabilities().common(caps);
        if (common.isEmpty()) {
            refuse(cer, caps, new DiameterError(ResultCodes.DIAMETER_NO_COMMON_APPLICATION, null,
                    "no application in common"));
            return;
        }
        if (!node.options().allowListEnabled() && !node.isConfigured(caps.originHost())) {
            log.info("peer={} realm={} not configured, accepted (no allow-list)", caps.originHost(), caps.originRealm());
        }
        node.acceptCer(this, cer, caps, common);
    }

    private void refuse(DiameterMessage cer, PeerCapabilities caps, DiameterError error) {
        log.info("peer={} CER refused: {}", caps.originHost(), error);
        channel.writeAndFlush(node.capabilities().ceaError(cer, error)).addListener(ChannelFutureListener.CLOSE);
    }

    private void onMessage(DecodeResult r) {
        DiameterMessage m = r.message();
        Peer p = peer;
        if (m.applicationId() == ApplicationIds.COMMON && onBaseMessage(p, m)) {
            return;
        }
        p.onTraffic(this);
        if (m.isRequest()) {
            inbound.onRequest(r, p);
        } else {
            pending.onAnswer(m);
        }
    }

    /** DWR, DWA, DPR, DPA, a late CER/CEA: handled here and by the peer. True when consumed. */
    private boolean onBaseMessage(Peer p, DiameterMessage m) {
        switch (m.commandCode()) {
            case CommandCodes.DEVICE_WATCHDOG -> {
                if (m.isRequest()) {
                    // Process-DWR, Snd-DWA (§5.5.1): stateless, answered on this loop.
                    node.counters().watchdogRequests.increment();
                    channel.writeAndFlush(node.baseMessages().dwa(m));
                }
                p.post(() -> p.onWatchdogMessage(this, m));
                return true;
            }
            case CommandCodes.DISCONNECT_PEER -> {
                p.post(() -> p.onDisconnectMessage(this, m));
                return true;
            }
            case CommandCodes.CAPABILITIES_EXCHANGE -> {
                log.info("peer={} {} on an open connection ignored", p.host(), m.name());
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Sends a request and returns its answer future (completes exceptionally, never hangs). */
    CompletableFuture<DiameterMessage> sendRequest(DiameterMessage request, long timeoutNanos) {
        CompletableFuture<DiameterMessage> f = new CompletableFuture<>();
        EventLoop loop = channel.eventLoop();
        if (loop.inEventLoop()) {
            pending.send(request, f, timeoutNanos);
        } else {
            loop.execute(() -> pending.send(request, f, timeoutNanos));
        }
        return f;
    }

    /** Writes a message that needs no correlation (CER, CEA, DWR, DPR, DPA, answers). */
    void send(DiameterMessage m) {
        channel.writeAndFlush(m, channel.voidPromise());
    }

    void close() {
        if (channel != null) {
            channel.close();
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        boolean writable = ctx.channel().isWritable();
        // Stop reading new requests while our answers cannot leave: bounded memory per peer.
        ctx.channel().config().setAutoRead(writable && held == null);
        if (!writable) {
            log.debug("peer={} outbound buffer above the high water mark, reading paused", peerName());
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        open = false;
        held = null;
        if (cerTimer != null) {
            cerTimer.cancel(false);
        }
        if (pending != null) {
            pending.failAll(LocalRequestException.Reason.CONNECTION_LOST, "connection to " + peerName() + " closed");
        }
        Peer p = peer;
        if (p != null) {
            p.post(() -> p.onDisconnected(this));
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable c = cause instanceof io.netty.handler.codec.DecoderException && cause.getCause() != null
                && !(cause instanceof DiameterFramingException) ? cause.getCause() : cause;
        if (c instanceof DiameterFramingException fe) {
            onFramingError(fe);
            return;
        }
        log.info("peer={} connection error, closing: {}", peerName(), c.toString());
        ctx.close();
    }

    /** The stream lost its place (RFC 6733 §7): answer the request when we can, then close. */
    private void onFramingError(DiameterFramingException fe) {
        DiameterMessage header = fe.header();
        log.info("peer={} framing error, closing: {}", peerName(), fe.getMessage());
        if (header == null || !open) {
            channel.close();
            return;
        }
        DiameterMessage answer = Dispatcher.errorAnswer(node.requestContext(peer), header,
                new DiameterError(fe.resultCode(), null, fe.getMessage()));
        channel.writeAndFlush(answer).addListener(ChannelFutureListener.CLOSE);
    }

    /** Outbound octets queued in Netty, for the backpressure test. */
    long pendingOutboundBytes() {
        var buf = channel.unsafe().outboundBuffer();
        return buf == null ? 0 : buf.totalPendingWriteBytes();
    }
}
