package io.pcrfd.pcrf.cli.demo;

import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A TCP relay on 127.0.0.1 between two Diameter nodes that records every message crossing it,
 * in each direction, when its last octet has been read: the wire as it is, whatever either
 * node does internally. Each message is forwarded whole once read (a relay adds no reordering:
 * one thread per direction, blocking I/O on virtual threads, nothing on a Netty event loop).
 * Connections are relayed one to one; a node that reconnects gets a new pair.
 */
public final class WireRelay implements AutoCloseable {
    private static final int HEADER = 20;

    private final ServerSocket listener;
    private final int upstreamPort;
    private final String client;
    private final String server;
    private final DiameterCodec codec;
    private final Consumer<WireEvent> sink;
    private final List<Socket> sockets = new ArrayList<>();

    /**
     * @param client the name of the node that dials the relay
     * @param server the name of the node listening on {@code upstreamPort}
     */
    public WireRelay(Dictionary dictionary, int upstreamPort, String client, String server, Consumer<WireEvent> sink) {
        try {
            this.listener = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.upstreamPort = upstreamPort;
        this.client = client;
        this.server = server;
        this.codec = new DiameterCodec(dictionary);
        this.sink = sink;
        Thread.ofVirtual().name("relay-" + client + "-accept").start(this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket in = listener.accept();
                Socket out = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                in.setTcpNoDelay(true);
                out.setTcpNoDelay(true);
                synchronized (sockets) {
                    sockets.add(in);
                    sockets.add(out);
                }
                Thread.ofVirtual().start(() -> relay(in, out, client, server));
                Thread.ofVirtual().start(() -> relay(out, in, server, client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** Copies whole messages from {@code from} to {@code to}, recording each; ends when either side closes. */
    private void relay(Socket from, Socket to, String fromName, String toName) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (byte[] m = readMessage(in); m != null; m = readMessage(in)) {
                // recorded before it is forwarded, so an answer is never recorded before its request
                sink.accept(new WireEvent(System.nanoTime(), fromName, toName, codec.decode(m).message()));
                out.write(m);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed: the other direction ends too
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    /** One message cut by its Message Length (RFC 6733 §3), or null at the end of the stream. */
    private static byte[] readMessage(InputStream in) throws IOException {
        byte[] header = in.readNBytes(HEADER);
        if (header.length < HEADER) {
            return null;
        }
        int length = ((header[1] & 0xff) << 16) | ((header[2] & 0xff) << 8) | (header[3] & 0xff);
        if (length < HEADER) {
            throw new IOException("Message Length " + length + " is shorter than the header");
        }
        byte[] whole = Arrays.copyOf(header, length);
        int body = in.readNBytes(whole, HEADER, length - HEADER);
        return body == length - HEADER ? whole : null;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        closeQuietly(listener);
        synchronized (sockets) {
            sockets.forEach(WireRelay::closeQuietly);
        }
    }

    private static void closeQuietly(ServerSocket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
