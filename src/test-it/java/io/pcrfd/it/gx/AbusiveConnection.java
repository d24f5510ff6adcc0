package io.pcrfd.it.gx;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.testing.WireChecks;
import io.pcrfd.it.Await;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw TCP peer that completes CER/CEA, then pipelines malformed requests (at most
 * {@value #WINDOW} unanswered) while its reader thread matches every answer to its request by
 * Hop-by-Hop id and checks it: owed Result-Code, Failed-AVP where RFC 6733 §7.1.5 requires one,
 * and the answer itself clean on the wire ({@link WireChecks}). An answer to nothing, a second
 * answer, or one out of step means the stream lost its place; each problem is kept, not thrown,
 * so the test reports them all.
 */
final class AbusiveConnection implements AutoCloseable {
    static final int WINDOW = 256;
    private static final DiameterCodec CODEC = new DiameterCodec(GxPcef.DICT);

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final Map<Integer, MalformedMessages.Template> pending = new ConcurrentHashMap<>();
    private final Semaphore window = new Semaphore(WINDOW);
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    final List<String> problems = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private int nextId;
    private volatile boolean closedByPeer;

    private AbusiveConnection(Socket socket, int firstId) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
        this.nextId = firstId;
        this.reader = Thread.ofPlatform().name("abuse-reader-" + firstId).daemon().unstarted(this::readLoop);
    }

    /** Connects and completes CER/CEA as {@code host}; fails unless the CEA says 2001. */
    static AbusiveConnection open(int port, String host, int firstId) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.setSoTimeout(20_000);
        s.setTcpNoDelay(true);
        AbusiveConnection c = new AbusiveConnection(s, firstId);
        DiameterMessage cer = MessageBuilder.request(GxPcef.DICT, ApplicationIds.COMMON, "CER")
                .hopByHop(HopByHopId.of(firstId - 1)).endToEnd(EndToEndId.of(firstId - 1))
                .originHost(host).originRealm(GxPcef.REALM).add("Host-IP-Address", InetAddress.getLoopbackAddress())
                .add("Vendor-Id", 0L).add("Product-Name", "AbusiveConnection").add("Supported-Vendor-Id", 10415L)
                .addGrouped("Vendor-Specific-Application-Id", g -> g.add("Vendor-Id", 10415L)
                        .add("Auth-Application-Id", ApplicationIds.GX)).build();
        c.out.write(DiameterCodec.encode(cer));
        c.out.flush();
        DiameterMessage cea = c.read();
        if (cea == null || GxPcef.resultCode(cea) != 2001) {
            s.close();
            throw new IllegalStateException("CEA " + cea);
        }
        c.reader.start();
        return c;
    }

    /** Sends {@code t} with the next ids, waiting while {@value #WINDOW} are unanswered. */
    void send(MalformedMessages.Template t) throws IOException, InterruptedException {
        if (!window.tryAcquire(20, TimeUnit.SECONDS)) {
            throw new IOException("no answers for 20 s; " + pending.size() + " pending");
        }
        int id = nextId++;
        pending.put(id, t);
        out.write(withIds(t.octets(), id));
        if (window.availablePermits() == 0 || t.octets().length > 8192) {
            out.flush();
        }
    }

    private static byte[] headerOnly(byte[] octets) {
        byte[] h = java.util.Arrays.copyOf(octets, 20);
        h[0] = 1;
        h[1] = 0;
        h[2] = 0;
        h[3] = 20;
        return h;
    }

    private static byte[] withIds(byte[] octets, int id) {
        byte[] m = octets.clone();
        ByteBuffer.wrap(m).putInt(12, id).putInt(16, id);
        return m;
    }

    /** Writes octets as they are (a framing breaker), then flushes. */
    void sendRaw(byte[] octets) throws IOException {
        out.write(octets);
        out.flush();
    }

    void flush() throws IOException {
        out.flush();
    }

    /** Waits until every request is answered (or the peer closed); true when all were. */
    boolean awaitAnswered(Duration max) {
        Await.within(max, () -> pending.isEmpty() || closedByPeer);
        return pending.isEmpty();
    }

    /** Waits until the peer closes the connection; true when it did within {@code millis}. */
    boolean awaitClosed(long millis) throws InterruptedException {
        reader.join(millis);
        return closedByPeer;
    }

    int answered() {
        return answered.get();
    }

    private void readLoop() {
        try {
            for (DiameterMessage a = read(); a != null; a = read()) {
                onAnswer(a);
            }
            closedByPeer = true;
        } catch (SocketException | EOFException e) {
            closedByPeer = true;
        } catch (IOException | RuntimeException e) {
            problems.add("reader: " + e);
        }
    }

    /** Requests refused 3004 by admission control instead of being judged. */
    int refused() {
        return refused.get();
    }

    private void onAnswer(DiameterMessage a) {
        if (a.isRequest()) {
            if (a.commandCode() != 280) {
                problems.add("unexpected request " + a.name());
            }
            return;
        }
        MalformedMessages.Template t = pending.remove(a.hopByHop().value());
        if (t == null) {
            problems.add("answer to nothing (stream lost its place?): " + a);
            return;
        }
        answered.incrementAndGet();
        window.release();
        check(t, a.hopByHop().value(), a);
    }

    private void check(MalformedMessages.Template t, int id, DiameterMessage a) {
        try {
            byte[] sent = withIds(t.octets(), id);
            // A framing breaker is answered from its 20 header octets: no AVPs were read.
            DiameterMessage request = CODEC.decode(t.framing() ? headerOnly(sent) : sent).message();
            long code = WireChecks.resultCode(a);
            if (code == ResultCodes.DIAMETER_TOO_BUSY) {
                // refused by admission control before it was decoded (README "Overload protection"): a
                // valid answer to any request, with nothing of the request to report
                refused.incrementAndGet();
                WireChecks.checkAnswer(CODEC, request, a);
                return;
            }
            if (t.expectedCode() >= 0 && code != t.expectedCode()) {
                problems.add(t.kind() + ": expected " + t.expectedCode() + ", got " + a);
            } else if (t.expectedCode() < 0 && (code < 0 || code == 5012)) {
                problems.add(t.kind() + ": valid request answered " + a);
            }
            if (t.failedAvp() && a.avp("Failed-AVP").isEmpty()) {
                problems.add(t.kind() + ": " + code + " without Failed-AVP: " + a);
            }
            WireChecks.checkAnswer(CODEC, request, a);
        } catch (AssertionError e) {
            problems.add(t.kind() + ": " + e.getMessage());
        }
    }

    /** The next message, or null at the end of the stream. */
    private DiameterMessage read() throws IOException {
        int word;
        try {
            word = in.readInt();
        } catch (EOFException e) {
            return null;
        }
        byte[] frame = new byte[word & 0xFF_FFFF];
        ByteBuffer.wrap(frame).putInt(word);
        in.readFully(frame, 4, frame.length - 4);
        DecodeResult r = CODEC.decode(frame);
        return r.message();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
