package io.pcrfd.diameter.peer;

import io.netty.channel.EventLoop;
import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.overload.LoopCounts;
import io.pcrfd.diameter.spec.Rfc6733;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests received on one connection: the in-flight bound (3004 TOO_BUSY beyond it, RFC 6733
 * §7.1.3), duplicate detection through the node's {@link DuplicateCache}, the dispatcher, and
 * writing the answer when the handler's stage completes (on whatever thread), with the RFC
 * 7683 AVPs when the request announced DOIC ({@link DoicAnswers}). A stage already complete
 * when the handler returns (a handler that needed no I/O) is answered on the spot, without a
 * callback; a stage that completes later, on another thread, is answered on the connection's
 * loop, where the flush handler sends it at once (it does not wait for another read). The in-flight count is
 * owned by the connection's event loop; the node's pending count (overload control) follows it.
 */
final class InboundRequests {
    private static final Logger log = LoggerFactory.getLogger(InboundRequests.class);

    private final Connection connection;
    private final NodeContext node;
    private final DoicAnswers doic;
    /** The loop's share of the node's pending count, updated from this loop only (see LoopCounts). */
    private final LoopCounts counts;
    private int inFlight;
    private volatile int inFlightSeen;
    /** The octets of the last Origin-Host read on this connection and its lower-case text, the duplicate cache's key. */
    private byte[] lastOrigin = new byte[0];
    private String lastOriginKey;

    InboundRequests(Connection connection, NodeContext node) {
        this.connection = connection;
        this.node = node;
        this.doic = new DoicAnswers(node.overload());
        this.counts = node.overload().counts(connection.loop());
    }

    /**
     * The request's Origin-Host in lower case (DiameterIdentity compares without case, RFC 6733
     * §4.3.1), or null. Called on the connection's event loop only: the text and its lower-case
     * form are made when the Origin-Host differs from the last one read, not per request.
     */
    private String originKey(DiameterMessage request) {
        Avp a = request.avp(Rfc6733.ORIGIN_HOST).orElse(null);
        if (a == null) {
            return null;
        }
        byte[] b = a.rawBuffer();
        int off = a.rawOffset();
        int n = a.dataLength();
        if (lastOriginKey == null || !Arrays.equals(lastOrigin, 0, lastOrigin.length, b, off, off + n)) {
            lastOrigin = Arrays.copyOfRange(b, off, off + n);
            lastOriginKey = a.asUtf8String().toLowerCase(Locale.ROOT);
        }
        return lastOriginKey;
    }

    int inFlight() {
        return inFlightSeen;
    }

    void onRequest(DecodeResult decoded, Peer peer) {
        DiameterMessage request = decoded.message();
        RequestContext ctx = node.requestContext(peer);
        if (inFlight >= node.options().maxInFlightPerPeer()) {
            node.counters().tooBusy.increment();
            log.info("peer={} session={} {} answered TOO_BUSY ({} in flight)", peer.host(),
                    request.sessionId().orElse("-"), request.hopByHop(), inFlight);
            connection.send(doic.addTo(request, Dispatcher.errorAnswer(ctx, request,
                    new DiameterError(ResultCodes.DIAMETER_TOO_BUSY, null, inFlight + " requests in flight"))));
            return;
        }
        CompletableFuture<DiameterMessage> answer = new CompletableFuture<>();
        String origin = originKey(request);
        CompletableFuture<DiameterMessage> original = origin == null ? null
                : node.duplicates().claimLowerCase(origin, request.endToEnd().value(), answer,
                        connection.lastReceivedNanos());
        if (original != null) {
            node.counters().duplicates.increment();
            log.info("peer={} session={} {} duplicate of {}, answering with the original answer", peer.host(),
                    request.sessionId().orElse("-"), request.hopByHop(), request.endToEnd());
            original.thenAccept(a -> connection.send(a.withHopByHop(request.hopByHop())));
            return;
        }
        inFlight++;
        inFlightSeen = inFlight;
        counts.pending(1);
        RequestLogContext.enter(peer.host(), request);
        try {
            CompletionStage<DiameterMessage> stage = node.dispatcher().dispatch(ctx, decoded);
            if (Dispatcher.completedNormally(stage)) {
                // answered while dispatched, on this loop (the usual case): no callback, no hop
                answered(ctx, request, stage.toCompletableFuture().getNow(null), null, answer);
            } else {
                stage.whenComplete((a, err) -> onLoop(() -> answered(ctx, request, a, err, answer)));
            }
        } finally {
            RequestLogContext.exit();
        }
    }

    private void onLoop(Runnable r) {
        EventLoop loop = connection.loop();
        if (loop.inEventLoop()) {
            r.run();
        } else {
            loop.execute(r);
        }
    }

    private void answered(RequestContext ctx, DiameterMessage request, DiameterMessage a, Throwable err,
                          CompletableFuture<DiameterMessage> cached) {
        inFlight--;
        inFlightSeen = inFlight;
        counts.pending(-1);
        DiameterMessage out = a;
        if (out == null) {
            log.warn("peer={} session={} {} handler failed, answering UNABLE_TO_COMPLY: {}", ctx.peerHost(),
                    request.sessionId().orElse("-"), request.hopByHop(), err == null ? "null answer" : err.toString());
            out = Dispatcher.errorAnswer(ctx, request, new DiameterError(ResultCodes.DIAMETER_UNABLE_TO_COMPLY, null,
                    "the request could not be handled"));
        }
        out = doic.addTo(request, out);
        cached.complete(out);
        connection.send(out);
    }
}
