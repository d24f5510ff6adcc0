package io.pcrfd.it.peer;

import com.sun.management.OperatingSystemMXBean;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.diameter.peer.ListenAddress;
import io.pcrfd.diameter.peer.LocalIdentity;
import io.pcrfd.diameter.peer.NodeOptions;
import io.pcrfd.diameter.peer.PeerConfig;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.jdiameter.api.Answer;
import org.jdiameter.api.EventListener;
import org.jdiameter.api.Request;
import org.jdiameter.api.Session;

/**
 * Request/answer throughput over loopback, run on demand (not a test): N client connections,
 * M requests in flight on each (closed loop: an answer triggers the next request), Gx CCR ↔
 * CCA. Reports requests/s, p50/p99 latency (HdrHistogram) and process CPU time per request
 * (client and server share the process, for both stacks alike) and heap allocated per request
 * (all threads). Runs our client → our server,
 * then jDiameter client → jDiameter server on the same workload.
 *
 * <pre>
 * ./mvnw -B -q -pl src/test-it -am install -DskipTests
 * ./mvnw -B -q -pl src/test-it exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath io.pcrfd.it.peer.LoopbackBenchmark 4 64 10 both"
 * </pre>
 * Arguments: connections, in-flight per connection, measured seconds, and which stacks
 * ({@code ours}, {@code jdiameter} or {@code both}).
 * <pre>
 * </pre>
 */
public final class LoopbackBenchmark {
    private static final String REALM = "bench.example";
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final int connections;
    private final int inFlight;
    private final int seconds;

    private LoopbackBenchmark(int connections, int inFlight, int seconds) {
        this.connections = connections;
        this.inFlight = inFlight;
        this.seconds = seconds;
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int m = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int s = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        LoopbackBenchmark b = new LoopbackBenchmark(n, m, s);
        System.out.printf(Locale.ROOT, "connections=%d in-flight/connection=%d seconds=%d cores=%d java=%s%n", n, m, s,
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        String which = args.length > 3 ? args[3] : "both";
        try {
            if (!which.equals("jdiameter")) {
                b.ours();
            }
            if (!which.equals("ours")) {
                b.jdiameter();
            }
        } catch (Exception | Error e) {
            // jDiameter leaves non-daemon threads behind: without an exit a failed run never ends.
            System.out.println("benchmark failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** One closed-loop driver: start() sends M requests; each answer sends the next. */
    interface Sender {
        CompletableFuture<?> send();
    }

    private void measure(String name, List<Sender> senders) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        LongAdder done = new LongAdder();
        LongAdder failed = new LongAdder();
        AtomicBoolean running = new AtomicBoolean(true);
        for (Sender s : senders) {
            for (int i = 0; i < inFlight; i++) {
                loop(s, recorder, done, failed, running);
            }
        }
        Thread.sleep(Math.max(2000, seconds * 300L)); // warm-up, not measured
        recorder.reset();
        long d0 = done.sum();
        long cpu0 = cpu();
        long alloc0 = allocated();
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long elapsed = System.nanoTime() - t0;
        long cpu = cpu() - cpu0;
        long alloc = allocated() - alloc0;
        long requests = done.sum() - d0;
        Histogram h = recorder.getIntervalHistogram();
        running.set(false);
        System.out.printf(Locale.ROOT,
                "%-24s %8.0f req/s  p50 %7.3f ms  p99 %7.3f ms  CPU %6.1f us/req  alloc %6.1f KiB/req  failed %d%n",
                name, requests * 1e9 / elapsed, h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6,
                cpu / 1e3 / Math.max(1, requests), alloc / 1024.0 / Math.max(1, requests), failed.sum());
    }

    private static void loop(Sender s, Recorder r, LongAdder done, LongAdder failed, AtomicBoolean running) {
        if (!running.get()) {
            return;
        }
        long t = System.nanoTime();
        s.send().whenComplete((a, e) -> {
            if (e != null) {
                failed.increment();
            } else {
                r.recordValue(System.nanoTime() - t);
                done.increment();
            }
            loop(s, r, done, failed, running);
        });
    }

    /** Bytes allocated by all live threads so far (HotSpot). */
    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
    }

    private static long cpu() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    // ---- our stack ----

    private void ours() throws Exception {
        Dictionary dict = Dictionary.standard();
        Dispatcher d = new Dispatcher().register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL, (ctx, ccr) ->
                CompletableFuture.completedFuture(ctx.answer(ccr).add("Auth-Application-Id", ApplicationIds.GX)
                        .resultCode(ResultCodes.DIAMETER_SUCCESS).add(ccr.avp("CC-Request-Type").orElseThrow())
                        .add(ccr.avp("CC-Request-Number").orElseThrow()).build()));
        NodeOptions so = NodeOptions.of(identity("server.bench.example"), List.of(ListenAddress.tcp(LOOPBACK, 0)),
                List.of()).withMaxInFlightPerPeer(inFlight * 2);
        List<DiameterNode> nodes = new ArrayList<>();
        try (DiameterNode server = DiameterNode.create(dict, so, d).start()) {
            int port = server.localAddresses().get(0).getPort();
            List<Sender> senders = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                DiameterNode c = client(dict, "client" + i + ".bench.example", port);
                nodes.add(c);
                senders.add(() -> c.send(ccr(c)));
            }
            measure("pcrfd -> pcrfd", senders);
            nodes.forEach(DiameterNode::close);
        }
    }

    private static LocalIdentity identity(String host) {
        return LocalIdentity.of(host, REALM, LOOPBACK, List.of(ApplicationSupport.vendorAuth(10415, ApplicationIds.GX)));
    }

    private DiameterNode client(Dictionary dict, String host, int port) throws InterruptedException {
        PeerConfig p = PeerConfig.connect("server.bench.example", REALM, "127.0.0.1", port);
        DiameterNode c = DiameterNode.create(dict, NodeOptions.of(identity(host), List.of(), List.of(p))
                .withMaxInFlightPerPeer(inFlight * 2), new Dispatcher()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (c.peer("server.bench.example").map(s -> !s.state().isOpen()).orElse(true)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(host + " did not connect");
            }
            Thread.sleep(10);
        }
        return c;
    }

    private static DiameterMessage ccr(DiameterNode c) {
        return c.request(ApplicationIds.GX, "CCR").add("Session-Id", c.identity().originHost() + ";1;1")
                .add("Auth-Application-Id", ApplicationIds.GX).originHost(c.identity().originHost())
                .originRealm(REALM).add("Destination-Realm", REALM).add("CC-Request-Type", "INITIAL_REQUEST")
                .add("CC-Request-Number", 0).build();
    }

    // ---- jDiameter ----

    private void jdiameter() throws Exception {
        try (JdiameterStack server = JdiameterStack.listening(REALM, "127.0.0.10", request -> {
            Answer a = request.createAnswer(ResultCodes.DIAMETER_SUCCESS);
            a.getAvps().addAvp(416, 1, true, false);
            a.getAvps().addAvp(415, 0L, true, false, true);
            return a;
        })) {
            List<JdiameterStack> clients = new ArrayList<>();
            List<Sender> senders = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                JdiameterStack c = JdiameterStack.dialling(REALM, JdiameterStack.HOST, server.port(), 30_000,
                        "127.0.0." + (10 + i));
                clients.add(c);
                senders.add(() -> jdSend(c));
            }
            waitForJdiameterPeers(clients);
            measure("jDiameter -> jDiameter", senders);
            for (JdiameterStack c : clients) {
                c.close();
            }
        }
    }

    private static void waitForJdiameterPeers(List<JdiameterStack> clients) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (JdiameterStack c : clients) {
            while (!c.hasOpenPeer()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("jDiameter clients did not connect");
                }
                Thread.sleep(20);
            }
        }
    }

    private static CompletableFuture<Answer> jdSend(JdiameterStack c) {
        CompletableFuture<Answer> f = new CompletableFuture<>();
        try {
            Session s = c.sessions().getNewSession();
            Request r = s.createRequest(CommandCodes.CREDIT_CONTROL, JdiameterStack.GX, REALM);
            r.getAvps().addAvp(258, ApplicationIds.GX, true, false, true);
            r.getAvps().addAvp(416, 1, true, false);
            r.getAvps().addAvp(415, 0L, true, false, true);
            s.send(r, new EventListener<Request, Answer>() {
                @Override
                public void receivedSuccessMessage(Request request, Answer answer) {
                    f.complete(answer);
                    s.release();
                }

                @Override
                public void timeoutExpired(Request request) {
                    f.completeExceptionally(new IllegalStateException("timeout"));
                    s.release();
                }
            });
        } catch (org.jdiameter.api.InternalException | org.jdiameter.api.IllegalDiameterStateException
                 | org.jdiameter.api.RouteException | org.jdiameter.api.OverloadException e) {
            f.completeExceptionally(e);
        }
        return f;
    }
}
