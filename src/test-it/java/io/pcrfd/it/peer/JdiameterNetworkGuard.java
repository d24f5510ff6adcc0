package io.pcrfd.it.peer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.jdiameter.client.api.parser.IMessageParser;
import org.jdiameter.client.impl.transport.tcp.TCPClientConnection;
import org.jdiameter.common.api.concurrent.IConcurrentFactory;
import org.jdiameter.server.api.IMetaData;
import org.jdiameter.server.api.io.INetworkConnectionListener;
import org.jdiameter.server.api.io.INetworkGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accept loop of every jDiameter stack in these tests, plugged in through jDiameter's own
 * extension point ({@code <Extensions><NetworkGuard value="..."/>} in
 * {@code jdiameter/jdiameter-template.xml}). Everything above the accepted socket (CER/CEA,
 * the peer state machine, the applications) stays jDiameter's.
 *
 * <p>Why: jDiameter's default TCP guard hands its accept loop to a pool thread and only then
 * sets the flag that loop runs on. When the pool thread reads the flag first (seen about one
 * start in five on a busy two-core machine), the loop ends at once while another thread still
 * binds the server socket: the kernel completes every TCP handshake, but nothing ever accepts
 * the connection, so jDiameter never reads a CER (RFC 6733 §5.3) and its peers redial in vain.
 * This guard binds before its constructor returns, starts accepting once jDiameter has added
 * its connection listener (connections that arrive before wait in the listen backlog), and
 * stops when jDiameter destroys it. jDiameter's BindDelay parameter does not apply.
 */
public final class JdiameterNetworkGuard implements INetworkGuard {
    private static final Logger LOG = LoggerFactory.getLogger(JdiameterNetworkGuard.class);

    private final List<INetworkConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch listened = new CountDownLatch(1);
    private final List<ServerSocketChannel> servers = new ArrayList<>();
    private final List<Thread> acceptors = new ArrayList<>();
    private final IConcurrentFactory concurrency;
    private final IMessageParser parser;
    private volatile boolean open = true;

    /** The constructor jDiameter's transport factory calls reflectively for its InternalNetworkGuard. */
    public JdiameterNetworkGuard(InetAddress[] addresses, int port, IConcurrentFactory concurrency,
                                 IMessageParser parser, IMetaData metaData) throws IOException {
        this.concurrency = concurrency;
        this.parser = parser;
        try {
            for (InetAddress address : addresses) {
                ServerSocketChannel server = ServerSocketChannel.open();
                servers.add(server);
                server.bind(new InetSocketAddress(address, port));
            }
        } catch (IOException e) {
            destroy();
            throw e;
        }
        for (ServerSocketChannel server : servers) {
            acceptors.add(Thread.ofPlatform().daemon().name("jdiameter-accept-" + port).start(() -> acceptAll(server)));
        }
    }

    private void acceptAll(ServerSocketChannel server) {
        try {
            listened.await();
            while (open) {
                handOver(server.accept().socket());
            }
        } catch (ClosedChannelException e) {
            // destroy() closed the socket: the stack is stopping
        } catch (IOException e) {
            LOG.warn("jDiameter's server socket {} stopped accepting", server, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Wraps the accepted socket as jDiameter's own guard does and gives it to the peer table. */
    private void handOver(Socket socket) throws IOException {
        TCPClientConnection connection;
        try {
            connection = new TCPClientConnection(null, concurrency, socket, parser, null);
        } catch (Exception e) {
            LOG.warn("jDiameter could not take the connection from {}", socket.getRemoteSocketAddress(), e);
            socket.close();
            return;
        }
        try {
            listeners.forEach(listener -> listener.newNetworkConnection(connection));
        } catch (RuntimeException e) { // keep accepting: a dead accept loop is the failure this class exists for
            LOG.warn("jDiameter's peer table refused the connection from {}", socket.getRemoteSocketAddress(), e);
            socket.close();
        }
    }

    @Override
    public void addListener(INetworkConnectionListener listener) {
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
        listened.countDown();
    }

    @Override
    public void remListener(INetworkConnectionListener listener) {
        listeners.remove(listener);
    }

    /**
     * Closes the server sockets and waits (up to 2 s each) for the accept threads to end: a socket
     * closed while a thread is blocked accepting on it is released only when that thread returns,
     * so without the wait the port could still take a connection after the stack has stopped.
     */
    @Override
    public void destroy() {
        open = false;
        listened.countDown();
        for (ServerSocketChannel server : servers) {
            try {
                server.close();
            } catch (IOException e) {
                LOG.warn("jDiameter's server socket {} did not close", server, e);
            }
        }
        acceptors.forEach(JdiameterNetworkGuard::awaitEnd);
    }

    private static void awaitEnd(Thread acceptor) {
        try {
            if (!acceptor.join(Duration.ofSeconds(2))) {
                LOG.warn("{} still running 2 s after its socket was closed", acceptor.getName());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "JdiameterNetworkGuard" + servers;
    }
}
