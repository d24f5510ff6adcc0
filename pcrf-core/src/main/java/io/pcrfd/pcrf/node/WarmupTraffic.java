package io.pcrfd.pcrf.node;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.diameter.peer.LocalIdentity;
import io.pcrfd.diameter.peer.NodeEvent;
import io.pcrfd.diameter.peer.NodeOptions;
import io.pcrfd.diameter.peer.PeerConfig;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gateway side of the warm-up: a throwaway {@link DiameterNode} that dials the throwaway
 * PCRF over loopback (CER/CEA), then keeps {@link #CHAINS} Gx sessions going until a deadline,
 * each CCR-I (IMSI, UE IPv4, APN, RAT and IP-CAN type, serving network, Supported-Features;
 * TS 29.212 §4.5.1) → CCR-U reporting usage under Event-Trigger USAGE_REPORT (§4.5.16) → CCR-T
 * with the final usage, and leaves with DPR. Every session has its own Session-Id, IMSI and
 * UE address. Its identity is under {@code .invalid} (RFC 2606), so it cannot be mistaken
 * for a real gateway in a log.
 */
final class WarmupTraffic implements AutoCloseable {
    static final String ORIGIN_HOST = "warm-up.pcrfd.invalid";
    static final String ORIGIN_REALM = WarmupRequests.ORIGIN_REALM;
    /** Sessions under way at once: enough to exercise the batching paths, few enough for 2 cores. */
    static final int CHAINS = 8;
    private static final long PEER_UP_MILLIS = 5_000;

    private static final long UNSET = Long.MIN_VALUE;

    private final DiameterNode client;
    private final WarmupRequests requests;
    /** Set when a request got no answer at all: the chains stop rather than spin on a dead peer. */
    private volatile boolean broken;
    private final WarmupTally tally = new WarmupTally();
    private final AtomicLong deadline = new AtomicLong(UNSET);
    private volatile long trafficNanos;

    private WarmupTraffic(DiameterNode client, String destinationRealm) {
        this.client = client;
        this.requests = new WarmupRequests(ORIGIN_HOST, destinationRealm, 0);
    }

    /** Dials {@code pcrf} (host and realm as its CEA will say) and returns once the peer is open. */
    static WarmupTraffic connect(String host, String realm, InetSocketAddress pcrf) {
        LocalIdentity identity = LocalIdentity.of(ORIGIN_HOST, ORIGIN_REALM, InetAddress.getLoopbackAddress(),
                List.of(DiameterOptions.GX));
        NodeOptions options = NodeOptions.of(identity, List.of(), List.of(PeerConfig.connect(host, realm,
                pcrf.getAddress().getHostAddress(), pcrf.getPort())));
        DiameterNode client = DiameterNode.create(Dictionary.standard(), options, new Dispatcher());
        CompletableFuture<Void> up = new CompletableFuture<>();
        client.subscribe(e -> {
            if (e instanceof NodeEvent.PeerUp) {
                up.complete(null);
            }
        });
        client.start();
        WarmupTraffic t = new WarmupTraffic(client, realm);
        try {
            up.get(PEER_UP_MILLIS, TimeUnit.MILLISECONDS);
            return t;
        } catch (TimeoutException | ExecutionException e) {
            t.close();
            throw new IllegalStateException("the throwaway gateway got no CEA within " + PEER_UP_MILLIS + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            t.close();
            throw new IllegalStateException("interrupted while the throwaway gateway waited for its CEA", e);
        }
    }

    /**
     * Runs sessions for {@code trafficNanos} counted from the end of the first session (the
     * first ones meet cold code and can take seconds on a busy machine; counting from them would
     * leave no warm traffic at all); completes when the last session under way has ended.
     */
    CompletableFuture<Void> run(long trafficNanos) {
        this.trafficNanos = trafficNanos;
        CompletableFuture<?>[] chains = new CompletableFuture<?>[CHAINS];
        for (int i = 0; i < CHAINS; i++) {
            chains[i] = chain().toCompletableFuture();
        }
        return CompletableFuture.allOf(chains);
    }

    private CompletionStage<Void> chain() {
        long end = deadline.get();
        if (broken || end != UNSET && System.nanoTime() - end >= 0) {
            return CompletableFuture.completedFuture(null);
        }
        long n = tally.sessionBegun();
        return send(requests.initial(n).build())
                .thenCompose(ok -> ok ? send(requests.update(n).build()) : CompletableFuture.completedFuture(false))
                .thenCompose(ok -> ok ? send(requests.terminate(n).build()) : CompletableFuture.completedFuture(false))
                .thenCompose(ok -> {
                    deadline.compareAndSet(UNSET, System.nanoTime() + trafficNanos); // the first end starts the clock
                    return chain();
                });
    }

    private CompletionStage<Boolean> send(DiameterMessage request) {
        tally.requestSent();
        return client.send(request).handle((answer, error) -> {
            if (error != null) {
                broken = true;
                tally.failed(error.getMessage());
                return false;
            }
            long rc = resultCode(answer);
            return tally.answered(rc, () -> "Result-Code " + rc + " to a CCR with CC-Request-Number "
                    + request.avp(Rfc4006.CC_REQUEST_NUMBER).map(Avp::asUnsigned32).orElse(-1L));
        });
    }

    private static long resultCode(DiameterMessage answer) {
        return answer.avp(Rfc6733.RESULT_CODE).map(Avp::asUnsigned32).orElse(-1L);
    }

    /** What the throwaway gateway's sessions did. */
    WarmupTally tally() {
        return tally;
    }

    /** DPR to the PCRF, then the client's threads end (bounded by the node's own grace). */
    @Override
    public void close() {
        client.shutdown().orTimeout(PEER_UP_MILLIS, TimeUnit.MILLISECONDS).exceptionally(e -> null).join();
    }
}
