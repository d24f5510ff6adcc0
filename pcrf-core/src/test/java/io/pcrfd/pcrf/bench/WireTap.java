package io.pcrfd.pcrf.bench;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on 127.0.0.1 between the driver and a server that keeps every Diameter message
 * the driver sent, as it went on the wire. Messages are cut by the header's length (RFC 6733
 * §3: octets 1 to 3 of the 20-octet header) and forwarded one by one, in order, each way.
 */
final class WireTap implements AutoCloseable {
    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final List<byte[]> toServer = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    WireTap(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("wiretap-accept").start(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Every message the driver sent so far, in the order the relay read them. */
    List<byte[]> toServer() {
        return List.copyOf(toServer);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(target.getAddress(), target.getPort());
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(server);
                Thread.ofPlatform().daemon().name("wiretap-up").start(() -> pump(client, server, true));
                Thread.ofPlatform().daemon().name("wiretap-down").start(() -> pump(server, client, false));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** Copies messages from {@code from} to {@code to} until either side ends; then closes both. */
    private void pump(Socket from, Socket to, boolean keep) {
        try (from; to) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(from.getInputStream()));
            OutputStream out = to.getOutputStream();
            while (true) {
                byte[] message = readMessage(in);
                if (keep) {
                    toServer.add(message);
                }
                out.write(message);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed (after DPR/DPA) or the tap was closed: the other goes with it
        }
    }

    private static byte[] readMessage(DataInputStream in) throws IOException {
        int first = in.readInt();
        int length = first & 0xFFFFFF;
        if (length < 20) {
            throw new IOException("not a Diameter message: length " + length);
        }
        byte[] message = new byte[length];
        message[0] = (byte) (first >>> 24);
        message[1] = (byte) (length >>> 16);
        message[2] = (byte) (length >>> 8);
        message[3] = (byte) length;
        in.readFully(message, 4, length - 4);
        return message;
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
