package io.pcrfd.it.gx;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A blocking, one-request-at-a-time Diameter client on a plain socket, for what {@link
 * io.pcrfd.diameter.testing.TestPeer} does not send: a CER carrying an Origin-State-Id (RFC 6733
 * §5.3.1), so that a reconnect can announce a gateway restart, or a CER of our choosing; and
 * for what it does not show: the answer's octets and every error our decoder finds in them.
 * Answers DWR while waiting.
 */
final class RawPeer implements AutoCloseable {
    private static final int READ_TIMEOUT_MS = 10_000;
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final DiameterCodec codec = new DiameterCodec(GxPcef.DICT);
    private final String host;
    /** Shared by every connection: End-to-End ids must not repeat across reconnects (RFC 6733 §3). */
    private static final AtomicInteger IDS = new AtomicInteger(0x7000);

    /** One request and its answer as they crossed the socket, and the answer as our decoder reads it. */
    record Exchange(byte[] request, byte[] answer, DecodeResult decoded) {
        DiameterMessage message() {
            return decoded.message();
        }
    }

    private RawPeer(Socket socket, String host) throws IOException {
        this.socket = socket;
        this.host = host;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Connects and completes CER/CEA with {@code originStateId}; fails unless the CEA says 2001. */
    static RawPeer connect(int port, String host, long originStateId) throws IOException {
        return connect(port, host, originStateId, 0);
    }

    /** The same with a socket receive buffer of {@code receiveBuffer} octets (0: the default): a slow reader. */
    static RawPeer connect(int port, String host, long originStateId, int receiveBuffer) throws IOException {
        RawPeer p = open(port, host, receiveBuffer);
        long code = GxPcef.resultCode(p.call(cer(host, originStateId)));
        if (code != 2001) {
            p.close();
            throw new IllegalStateException("CEA " + code);
        }
        return p;
    }

    /** Connects without sending anything: the caller sends its own CER. */
    static RawPeer open(int port, String host) throws IOException {
        return open(port, host, 0);
    }

    private static RawPeer open(int port, String host, int receiveBuffer) throws IOException {
        Socket s = new Socket();
        if (receiveBuffer > 0) {
            s.setReceiveBufferSize(receiveBuffer);
        }
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), READ_TIMEOUT_MS);
        s.setSoTimeout(READ_TIMEOUT_MS);
        return new RawPeer(s, host);
    }

    /** A CER advertising Gx from {@code originHost}. */
    static DiameterMessage cer(String originHost, long originStateId) {
        return MessageBuilder.request(GxPcef.DICT, ApplicationIds.COMMON, "CER")
                .originHost(originHost).originRealm(GxPcef.REALM)
                .add("Host-IP-Address", InetAddress.getLoopbackAddress())
                .add("Vendor-Id", 0L).add("Product-Name", "RawPeer").add("Origin-State-Id", originStateId)
                .add("Supported-Vendor-Id", 10415L)
                .addGrouped("Vendor-Specific-Application-Id", g -> g.add("Vendor-Id", 10415L)
                        .add("Auth-Application-Id", ApplicationIds.GX))
                .build();
    }

    /** Sends {@code request} with fresh ids and returns its answer. */
    DiameterMessage call(DiameterMessage request) throws IOException {
        return exchange(request).message();
    }

    /** Sends {@code request} with fresh ids and returns both messages' octets and the answer's decoding. */
    Exchange exchange(DiameterMessage request) throws IOException {
        int id = IDS.getAndIncrement();
        byte[] sent = write(request.withHopByHop(HopByHopId.of(id)).withEndToEnd(EndToEndId.of(id)));
        while (true) {
            byte[] frame = readFrame();
            DecodeResult r = codec.decode(frame);
            DiameterMessage m = r.message();
            if (m.isRequest() && m.commandCode() == 280) {
                write(MessageBuilder.answer(GxPcef.DICT, m).resultCode(2001).originHost(host)
                        .originRealm(GxPcef.REALM).build());
            } else if (!m.isRequest() && m.hopByHop().value() == id) {
                return new Exchange(sent, frame, r);
            }
        }
    }

    /** True when the other side closes the connection (end of stream) before the read timeout. */
    boolean closedByPeer() throws IOException {
        try {
            while (true) {
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            return false;
        }
    }

    /**
     * Reads and drops what arrives until nothing more comes for {@code quiet} (a peer that
     * catches up on its reading); the octets read.
     */
    long drain(java.time.Duration quiet) throws IOException {
        socket.setSoTimeout((int) quiet.toMillis());
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
            }
        } catch (java.net.SocketTimeoutException e) {
            // quiet for long enough: caught up
        } finally {
            socket.setSoTimeout(READ_TIMEOUT_MS);
        }
        return total;
    }

    /** Whether the other side closed the connection: a read ends the stream within {@code max}. */
    boolean closedWithin(java.time.Duration max) throws IOException {
        socket.setSoTimeout((int) max.toMillis());
        byte[] buffer = new byte[64 * 1024];
        try {
            while (true) {
                if (in.read(buffer) < 0) {
                    return true;
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (java.net.SocketException e) {
            return true; // reset
        }
    }

    private byte[] write(DiameterMessage m) throws IOException {
        byte[] wire = DiameterCodec.encode(m);
        out.write(wire);
        out.flush();
        return wire;
    }

    private byte[] readFrame() throws IOException {
        byte[] header = new byte[4];
        in.readFully(header);
        int length = ((header[1] & 0xFF) << 16) | ((header[2] & 0xFF) << 8) | (header[3] & 0xFF);
        byte[] frame = new byte[length];
        System.arraycopy(header, 0, frame, 0, 4);
        in.readFully(frame, 4, length - 4);
        return frame;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
