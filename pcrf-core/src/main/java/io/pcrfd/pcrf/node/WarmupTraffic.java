package io.pcrfd.pcrf.node;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.GroupedAvpBuilder;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.diameter.peer.LocalIdentity;
import io.pcrfd.diameter.peer.NodeEvent;
import io.pcrfd.diameter.peer.NodeOptions;
import io.pcrfd.diameter.peer.PeerConfig;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Rfc7155;
import io.pcrfd.diameter.spec.Ts29061;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.spec.Ts29229;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

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
    static final String ORIGIN_REALM = "pcrfd.invalid";
    /** Sessions under way at once: enough to exercise the batching paths, few enough for 2 cores. */
    static final int CHAINS = 8;
    private static final String APN = "internet";
    /** MCC 001, MNC 01: the test network (ITU-T E.212), as IMSI prefix and serving PLMN. */
    private static final String PLMN = "00101";
    private static final long OCTETS = 1_000_000;
    /** Feature-List-ID 1 bits 0, 1, 3: Rel-8, Rel-9, Rel-10 (TS 29.212 Table 5.4.1.1). */
    private static final long FEATURES = 0b1011;
    private static final long PEER_UP_MILLIS = 5_000;

    private static final long UNSET = Long.MIN_VALUE;

    private final Dictionary dict = Dictionary.standard();
    private final DiameterNode client;
    private final String destinationRealm;
    /** Set when a request got no answer at all: the chains stop rather than spin on a dead peer. */
    private volatile boolean broken;
    private final AtomicLong sessions = new AtomicLong();
    private final AtomicLong deadline = new AtomicLong(UNSET);
    private volatile long trafficNanos;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();

    private WarmupTraffic(DiameterNode client, String destinationRealm) {
        this.client = client;
        this.destinationRealm = destinationRealm;
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
        long n = sessions.incrementAndGet();
        return send(initial(n)).thenCompose(ok -> ok ? send(update(n)) : CompletableFuture.completedFuture(false))
                .thenCompose(ok -> ok ? send(terminate(n)) : CompletableFuture.completedFuture(false))
                .thenCompose(ok -> {
                    deadline.compareAndSet(UNSET, System.nanoTime() + trafficNanos); // the first end starts the clock
                    return chain();
                });
    }

    private CompletionStage<Boolean> send(DiameterMessage request) {
        requests.incrementAndGet();
        return client.send(request).handle((answer, error) -> {
            boolean ok = error == null && resultCode(answer) == ResultCodes.DIAMETER_SUCCESS;
            if (error != null) {
                broken = true;
            }
            if (error == null && resultCode(answer) == ResultCodes.DIAMETER_TOO_BUSY) {
                refused.incrementAndGet(); // the copy's admission control while its code is cold: the session ends
            } else if (!ok) {
                failed.incrementAndGet();
                firstFailure.compareAndSet(null, error != null ? error.getMessage() : "Result-Code "
                        + resultCode(answer) + " to a CCR with CC-Request-Number "
                        + request.avp(Rfc4006.CC_REQUEST_NUMBER).map(Avp::asUnsigned32).orElse(-1L));
            }
            return ok;
        });
    }

    private static long resultCode(DiameterMessage answer) {
        return answer.avp(Rfc6733.RESULT_CODE).map(Avp::asUnsigned32).orElse(-1L);
    }

    long sessions() {
        return sessions.get();
    }

    long requests() {
        return requests.get();
    }

    /** What the first request answered other than 2001 got, or null. */
    String firstFailure() {
        return firstFailure.get();
    }

    /** Requests answered 3004 TOO_BUSY (RFC 6733 §7.1.3) by the copy's admission control. */
    long refused() {
        return refused.get();
    }

    /** Requests answered other than 2001 and 3004, or not at all. */
    long failed() {
        return failed.get();
    }

    private MessageBuilder ccr(long n, int type, int number) {
        return MessageBuilder.request(dict, ApplicationIds.GX, "CCR")
                .add(Rfc6733.SESSION_ID, ORIGIN_HOST + ";warm-up;" + n)
                .add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.GX)
                .add(Rfc6733.ORIGIN_HOST, ORIGIN_HOST)
                .add(Rfc6733.ORIGIN_REALM, ORIGIN_REALM)
                .add(Rfc6733.DESTINATION_REALM, destinationRealm)
                .add(Rfc4006.CC_REQUEST_TYPE, type)
                .add(Rfc4006.CC_REQUEST_NUMBER, number);
    }

    private DiameterMessage initial(long n) {
        return ccr(n, Rfc4006.CcRequestType.INITIAL_REQUEST, 0)
                .add(Rfc4006.SUBSCRIPTION_ID, g -> g.add(Rfc4006.SUBSCRIPTION_ID_TYPE,
                        Rfc4006.SubscriptionIdType.END_USER_IMSI).add(Rfc4006.SUBSCRIPTION_ID_DATA, imsi(n)))
                .add(Ts29229.SUPPORTED_FEATURES, g -> g.add(Rfc6733.VENDOR_ID, VendorIds.THREE_GPP)
                        .add(Ts29229.FEATURE_LIST_ID, 1L).add(Ts29229.FEATURE_LIST, FEATURES))
                .add(Ts29212.NETWORK_REQUEST_SUPPORT, Ts29212.NetworkRequestSupport.NETWORK_REQUEST_SUPPORTED)
                .add(Rfc7155.FRAMED_IP_ADDRESS, ueAddress(n))
                .add(Ts29212.IP_CAN_TYPE, Ts29212.IpCanType._3GPP_EPS)
                .add(Ts29212.RAT_TYPE, Ts29212.RatType.EUTRAN)
                .add(Ts29061._3GPP_SGSN_MCC_MNC, PLMN)
                .add(Rfc7155.CALLED_STATION_ID, APN).build();
    }

    private DiameterMessage update(long n) {
        return ccr(n, Rfc4006.CcRequestType.UPDATE_REQUEST, 1)
                .add(Ts29212.EVENT_TRIGGER, Ts29212.EventTrigger.USAGE_REPORT)
                .add(Ts29212.USAGE_MONITORING_INFORMATION, WarmupTraffic::usedUnits).build();
    }

    private DiameterMessage terminate(long n) {
        return ccr(n, Rfc4006.CcRequestType.TERMINATION_REQUEST, 2)
                .add(Rfc6733.TERMINATION_CAUSE, Rfc6733.TerminationCause.DIAMETER_LOGOUT)
                .add(Ts29212.USAGE_MONITORING_INFORMATION, WarmupTraffic::usedUnits).build();
    }

    private static void usedUnits(GroupedAvpBuilder u) {
        u.add(Ts29212.MONITORING_KEY, "mk1").add(Rfc4006.USED_SERVICE_UNIT, s -> s
                .add(Rfc4006.CC_TOTAL_OCTETS, OCTETS).add(Rfc4006.CC_INPUT_OCTETS, OCTETS / 4)
                .add(Rfc4006.CC_OUTPUT_OCTETS, OCTETS - OCTETS / 4));
    }

    private static String imsi(long n) {
        return PLMN + String.format("%010d", n % 10_000_000_000L);
    }

    /** 10.0.0.1 onwards (RFC 1918), one per session. */
    private static byte[] ueAddress(long n) {
        return new byte[] {10, (byte) (n >> 16), (byte) (n >> 8), (byte) n};
    }

    /** DPR to the PCRF, then the client's threads end (bounded by the node's own grace). */
    @Override
    public void close() {
        client.shutdown().orTimeout(PEER_UP_MILLIS, TimeUnit.MILLISECONDS).exceptionally(e -> null).join();
    }
}
