package io.pcrfd.it.gx;

import io.pcrfd.diameter.testing.PcapWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A one-connection TCP relay on 127.0.0.1 that records what crosses it, cut into Diameter
 * messages by their Message Length, in the order each message was complete: the bytes on the
 * wire, for {@link io.pcrfd.diameter.testing.Tshark} to dissect without capture privileges.
 */
public final class RecordingProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int upstreamPort;
    private final List<PcapWriter.Segment> segments = new ArrayList<>();
    private final CountDownLatch done = new CountDownLatch(2);
    private final List<Socket> sockets = new ArrayList<>();

    public RecordingProxy(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        this.listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("proxy-accept").start(this::acceptOne);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The messages seen so far, once both directions have ended (bounded wait). */
    public List<PcapWriter.Segment> awaitSegments(long seconds) throws InterruptedException {
        if (!done.await(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the relayed connection did not end within " + seconds + " s");
        }
        synchronized (segments) {
            return List.copyOf(segments);
        }
    }

    private void acceptOne() {
        try {
            Socket client = listener.accept();
            Socket server = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
            synchronized (sockets) {
                sockets.add(client);
                sockets.add(server);
            }
            Thread.ofVirtual().start(() -> relay(client, server, true));
            Thread.ofVirtual().start(() -> relay(server, client, false));
        } catch (IOException e) {
            done.countDown();
            done.countDown();
        }
    }

    private void relay(Socket from, Socket to, boolean fromClient) {
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to.getOutputStream();
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                pending.write(buf, 0, n);
                cut(pending, fromClient);
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed: the conversation is over
        } finally {
            closeQuietly(to);
            done.countDown();
        }
    }

    /** Moves every complete message out of {@code pending}, keeping the remainder. */
    private void cut(ByteArrayOutputStream pending, boolean fromClient) {
        byte[] b = pending.toByteArray();
        int at = 0;
        while (b.length - at >= 4) {
            int length = ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
            if (length < 20 || b.length - at < length) {
                break;
            }
            byte[] message = java.util.Arrays.copyOfRange(b, at, at + length);
            synchronized (segments) {
                segments.add(new PcapWriter.Segment(message, fromClient));
            }
            at += length;
        }
        pending.reset();
        pending.write(b, at, b.length - at);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        synchronized (sockets) {
            sockets.forEach(RecordingProxy::closeQuietly);
        }
    }
}
