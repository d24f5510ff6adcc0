package io.pcrfd.pcrf.node;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Rfc6733;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The warm-up's new peers. A real start meets several gateways at once, each new to the node:
 * an accepted connection, a CER from an unknown Origin-Host (RFC 6733 §5.3), a peer and its
 * per-connection state created and logged, the first CCR-I on that connection, later DPR
 * (§5.4) and the close. The long-lived gateway of {@link WarmupTraffic} runs that path once,
 * at the very start: it stays interpreted (about 2 ms of an event loop per new peer against
 * 0.5 ms once compiled), and the compiler, having seen only CCRs, optimises the decoder without
 * the Address format and throws that code away at the next CER (its Host-IP-Address, §5.3.5),
 * just when the real node's first peers arrive. So while the long-lived gateway's sessions run,
 * {@link #LANES} gateways at a time, each named {@code warm-up-N.pcrfd.invalid}, connect, send
 * CER, run one Gx session (CCR-I, CCR-T; the long-lived gateway runs the CCR-Us), leave with DPR
 * and close, one after the other, {@link #AT_LEAST} of them at least.
 *
 * <p>Decisions: four at a time, as a CI driver and a small deployment's gateways connect, so
 * both event loops accept and exchange capabilities at once; a blocking socket with pre-built
 * messages per gateway (not a {@link io.pcrfd.diameter.peer.DiameterNode} each, whose own start
 * and stop would cost more than the PCRF side it warms); a count rather than a time, because
 * on a busy machine the traffic's time gave a dozen gateways, which warm nothing. It costs
 * about a second of CPU before the node listens (BENCHMARKS.md, "Cold start").
 */
final class WarmupPeers {
    static final int LANES = 4;
    /**
     * New gateways at least, whatever the traffic's time: the capabilities exchange runs once per
     * gateway, and its methods are compiled only after a couple of hundred calls (HotSpot's
     * tiered thresholds); a node's CEA took 2.4 ms for its first 50 new peers, 0.6 ms after 200.
     */
    static final int AT_LEAST = 256;
    /** A connect, a write or a read that takes longer is a failure (a dead copy, a busy machine). */
    private static final int IO_MILLIS = 10_000;
    /** Each gateway's subscribers after the long-lived gateway's (IMSIs and UE addresses apart). */
    private static final long SUBSCRIBERS_PER_GATEWAY = 1_000_000;
    /** RFC 6733 §3: version, length, flags, command, application, hop-by-hop and end-to-end ids. */
    private static final int HEADER = 20;

    private final Dictionary dict = Dictionary.standard();
    private final DiameterCodec codec = new DiameterCodec(dict);
    private final String realm;
    private final InetSocketAddress pcrf;
    private final AtomicLong gateways = new AtomicLong();
    private final WarmupTally tally = new WarmupTally();

    private WarmupPeers(String realm, InetSocketAddress pcrf) {
        this.realm = realm;
        this.pcrf = pcrf;
    }

    /**
     * Runs the lanes against {@code pcrf} (realm {@code realm}) until {@code traffic} completes
     * and at least {@link #AT_LEAST} gateways have run, but never past {@code deadlineNanos}
     * ({@link System#nanoTime}): traffic that stalls must not keep the daemon from starting.
     * Returns what they did.
     *
     * @throws IllegalStateException when a gateway could not connect or got no CEA 2001
     */
    static WarmupPeers whileRunning(String realm, InetSocketAddress pcrf, CompletableFuture<?> traffic,
                                    long deadlineNanos) {
        WarmupPeers peers = new WarmupPeers(realm, pcrf);
        peers.lanes(() -> {
            while ((!traffic.isDone() || peers.gateways.get() < AT_LEAST) && System.nanoTime() - deadlineNanos < 0) {
                peers.next();
            }
        });
        return peers;
    }

    /** {@link #LANES} gateways at once, one each: what a node meets first when its gateways connect. */
    static WarmupPeers once(String realm, InetSocketAddress pcrf) {
        WarmupPeers peers = new WarmupPeers(realm, pcrf);
        peers.lanes(peers::next);
        return peers;
    }

    private void lanes(Runnable lane) {
        List<CompletableFuture<Void>> lanes = new ArrayList<>();
        for (int i = 0; i < LANES; i++) {
            lanes.add(CompletableFuture.runAsync(lane,
                    r -> Thread.ofPlatform().name("pcrfd-warm-up-peer").daemon().start(r)));
        }
        try {
            CompletableFuture.allOf(lanes.toArray(CompletableFuture<?>[]::new)).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new IllegalStateException("a warm-up gateway failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The next gateway, {@code warm-up-N.pcrfd.invalid}. */
    private void next() {
        long n = gateways.incrementAndGet();
        try {
            gateway(new WarmupRequests("warm-up-" + n + ".pcrfd.invalid", realm, n * SUBSCRIBERS_PER_GATEWAY));
        } catch (IOException e) {
            throw new UncheckedIOException("gateway " + n + ": " + e.getMessage(), e);
        }
    }

    /** One gateway: CER/CEA, one Gx session (CCR-I, CCR-T), DPR/DPA, close. */
    private void gateway(WarmupRequests r) throws IOException {
        try (Socket s = new Socket()) {
            s.setTcpNoDelay(true);
            s.setSoTimeout(IO_MILLIS);
            s.connect(pcrf, IO_MILLIS);
            long cea = exchange(s, r.cer(s.getLocalAddress()), 1);
            if (cea != ResultCodes.DIAMETER_SUCCESS) {
                throw new IllegalStateException("CEA with Result-Code " + cea);
            }
            tally.sessionBegun();
            if (request(s, r.initial(1), 2)) {
                request(s, r.terminate(1), 3);
            }
            exchange(s, r.dpr(), 4);
        }
    }

    /** A Gx request, counted as {@link WarmupTraffic} counts them; true when answered 2001. */
    private boolean request(Socket s, MessageBuilder request, int id) throws IOException {
        tally.requestSent();
        long rc = exchange(s, request, id);
        return tally.answered(rc, () -> "Result-Code " + rc + " to a CCR from a new gateway");
    }

    /** Writes the request, reads its answer and returns the answer's Result-Code (-1 without one). */
    private long exchange(Socket s, MessageBuilder request, int id) throws IOException {
        s.getOutputStream().write(DiameterCodec.encode(request.hopByHop(HopByHopId.of(id))
                .endToEnd(EndToEndId.of(id)).build()));
        DataInputStream in = new DataInputStream(s.getInputStream());
        int first = in.readInt();
        if ((first & 0xFF_FFFF) < HEADER) {
            throw new IOException("an answer of " + (first & 0xFF_FFFF) + " octets, shorter than its header");
        }
        byte[] wire = new byte[first & 0xFF_FFFF];
        System.arraycopy(new byte[] {(byte) (first >>> 24), (byte) (first >>> 16), (byte) (first >>> 8),
                (byte) first}, 0, wire, 0, 4);
        in.readFully(wire, 4, wire.length - 4);
        DecodeResult answer = codec.decode(wire);
        return answer.message() == null ? -1
                : answer.message().avp(Rfc6733.RESULT_CODE).map(Avp::asUnsigned32).orElse(-1L);
    }

    long gateways() {
        return gateways.get();
    }

    /** What the new gateways' sessions did. */
    WarmupTally tally() {
        return tally;
    }
}
