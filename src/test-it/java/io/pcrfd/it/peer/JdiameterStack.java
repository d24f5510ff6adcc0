package io.pcrfd.it.peer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdiameter.api.Answer;
import org.jdiameter.api.ApplicationId;
import org.jdiameter.api.Configuration;
import org.jdiameter.api.DisconnectCause;
import org.jdiameter.api.EventListener;
import org.jdiameter.api.Network;
import org.jdiameter.api.NetworkReqListener;
import org.jdiameter.api.Request;
import org.jdiameter.api.Session;
import org.jdiameter.api.SessionFactory;
import org.jdiameter.api.Stack;
import org.jdiameter.server.impl.StackImpl;
import org.jdiameter.server.impl.helpers.XMLConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One jDiameter stack on 127.0.0.1 and a free port, configured from
 * {@code jdiameter/jdiameter-template.xml}. Its Origin-Host is "127.0.0.1" (its URI's host).
 * {@link #close()} stops it with DPR and destroys it, so that its threads end. Public for the
 * other end-to-end packages (the Policy DRA's).
 */
public final class JdiameterStack implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JdiameterStack.class);
    public static final ApplicationId GX = ApplicationId.createByAuthAppId(10415, 16777238);
    /** jDiameter keys a request by the (vendor, id) it finds in it: a bare Auth-Application-Id is vendor 0. */
    static final ApplicationId GX_BARE = ApplicationId.createByAuthAppId(16777238);
    public static final String HOST = "127.0.0.1";

    private final Stack stack;
    private final SessionFactory sessions;
    private final int port;

    private JdiameterStack(String xml, int port, NetworkReqListener listener) throws Exception {
        this.port = port;
        this.stack = new StackImpl();
        Configuration config = new XMLConfiguration(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        this.sessions = stack.init(config);
        if (listener != null) {
            stack.unwrap(Network.class).addNetworkReqListener(listener, GX, GX_BARE);
        }
        stack.start();
    }

    /** A stack that dials {@code peerHost} (resolvable) on {@code peerPort}. */
    public static JdiameterStack dialling(String realm, String peerHost, int peerPort, long iacMillis) throws Exception {
        return dialling(realm, peerHost, peerPort, iacMillis, HOST);
    }

    /** The same, from another loopback address (its Origin-Host), so several stacks can coexist. */
    static JdiameterStack dialling(String realm, String peerHost, int peerPort, long iacMillis, String localHost)
            throws Exception {
        int port = freePort();
        String peers = "<Peer name=\"aaa://" + peerHost + ":" + peerPort + "\" attempt_connect=\"true\" rating=\"1\" />";
        return new JdiameterStack(config(localHost, port, realm, peers, peerHost, iacMillis), port, null);
    }

    /** A stack that waits for {@code clientHost} and answers Gx requests with {@code listener}. */
    static JdiameterStack listening(String realm, String clientHost, NetworkReqListener listener) throws Exception {
        return listening(realm, clientHost, listener, HOST);
    }

    /** The same on another loopback address: its Origin-Host and where it listens. */
    static JdiameterStack listening(String realm, String clientHost, NetworkReqListener listener, String localHost)
            throws Exception {
        int port = freePort();
        String peers = "<Peer name=\"aaa://" + clientHost + ":3868\" attempt_connect=\"false\" rating=\"1\" />";
        return new JdiameterStack(config(localHost, port, realm, peers, clientHost, 30_000), port, listener);
    }

    private static String config(String localHost, int port, String realm, String peers, String realmPeers, long iac)
            throws IOException {
        try (InputStream in = JdiameterStack.class.getResourceAsStream("/jdiameter/jdiameter-template.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${localHost}", localHost).replace("${localPort}", Integer.toString(port)).replace("${realm}", realm)
                    .replace("${peers}", peers).replace("${realmPeers}", realmPeers)
                    .replace("${iacMillis}", Long.toString(iac));
        }
    }

    /** Sends {@code request} on {@code session} and waits up to 15 s for its answer (a timeout fails the test). */
    public static Answer send(Session session, Request request) throws Exception {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        session.send(request, new EventListener<Request, Answer>() {
            @Override
            public void receivedSuccessMessage(Request r, Answer a) {
                answer.complete(a);
            }

            @Override
            public void timeoutExpired(Request r) {
                answer.completeExceptionally(new AssertionError("jDiameter: no answer"));
            }
        });
        return answer.get(15, TimeUnit.SECONDS);
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when jDiameter itself sees a peer in OKAY (its CER/CEA done), not only us. */
    public boolean hasOpenPeer() {
        try {
            return stack.unwrap(org.jdiameter.api.PeerTable.class).getPeerTable().stream()
                    .anyMatch(p -> p.getState(org.jdiameter.api.PeerState.class) == org.jdiameter.api.PeerState.OKAY);
        } catch (org.jdiameter.api.InternalException e) {
            throw new IllegalStateException("jDiameter peer table", e);
        }
    }

    int port() {
        return port;
    }

    Stack stack() {
        return stack;
    }

    public SessionFactory sessions() {
        return sessions;
    }

    /**
     * Stops the stack (DPR to each open peer) and destroys it. jDiameter's {@code stop} reads each
     * peer's state and only then adds the listener it counts DOWN transitions with; a peer whose
     * remote end closed just before (a client of these tests closing first) can go DOWN between
     * the two, and {@code stop} then waits out its timeout and throws "TimeOut" although every
     * peer is down. That case alone is let through: a peer still up after the timeout fails.
     */
    @Override
    public void close() throws Exception {
        try {
            stack.stop(5, TimeUnit.SECONDS, DisconnectCause.REBOOTING);
        } catch (org.jdiameter.api.InternalException e) {
            if (!"TimeOut".equals(e.getMessage())) {
                throw e;
            }
            List<String> states = peerStates();
            if (!states.stream().allMatch("DOWN"::equals)) {
                throw new IllegalStateException("jDiameter's stop timed out with peers " + states, e);
            }
            LOG.warn("jDiameter's stop missed a peer's DOWN transition; every peer is down, destroying the stack");
        } finally {
            stack.destroy();
        }
    }

    private List<String> peerStates() throws org.jdiameter.api.InternalException {
        return stack.unwrap(org.jdiameter.api.PeerTable.class).getPeerTable().stream()
                .map(p -> String.valueOf(p.getState(org.jdiameter.api.PeerState.class))).toList();
    }
}
