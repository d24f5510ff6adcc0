package io.pcrfd.it.compare;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.jdiameter.api.Answer;
import org.jdiameter.api.ApplicationId;
import org.jdiameter.api.Avp;
import org.jdiameter.api.AvpDataException;
import org.jdiameter.api.AvpSet;
import org.jdiameter.api.DisconnectCause;
import org.jdiameter.api.Network;
import org.jdiameter.api.Request;
import org.jdiameter.api.Stack;
import org.jdiameter.server.impl.StackImpl;
import org.jdiameter.server.impl.helpers.XMLConfiguration;

/**
 * The trivial Gx server of the same-run comparison, run in a JVM of its own: a jDiameter 2.1.0
 * stack on 127.0.0.1 that accepts any peer and answers every CCR with a minimal CCA
 * (RFC 4006 §3.2, 3GPP TS 29.212 §5.6.3): Session-Id, Origin-Host, Origin-Realm and
 * Result-Code 2001 from the stack's own {@code createAnswer}, plus Auth-Application-Id,
 * CC-Request-Type and CC-Request-Number echoed from the request. No session state, no policy.
 *
 * <pre>
 * java -cp CLASSPATH io.pcrfd.it.compare.JdiameterGxServer PORT REALM
 * </pre>
 * It prints {@code listening PORT} once the stack is started, and stops (DPR to its peers) when
 * its standard input ends or it receives SIGTERM.
 */
public final class JdiameterGxServer {
    private static final ApplicationId GX = ApplicationId.createByAuthAppId(10415, 16777238);
    private static final ApplicationId GX_BARE = ApplicationId.createByAuthAppId(16777238);
    private static final int AUTH_APPLICATION_ID = 258;
    private static final int CC_REQUEST_TYPE = 416;
    private static final int CC_REQUEST_NUMBER = 415;
    private static final long GX_ID = 16777238L;
    private static final long SUCCESS = 2001L;

    private JdiameterGxServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String realm = args.length > 1 ? args[1] : "pcrfd.local";
        Stack stack = new StackImpl();
        stack.init(new XMLConfiguration(new ByteArrayInputStream(config(port, realm).getBytes(StandardCharsets.UTF_8))));
        stack.unwrap(Network.class).addNetworkReqListener(JdiameterGxServer::answer, GX, GX_BARE);
        stack.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(stack)));
        System.out.println("listening " + port);
        System.out.flush();
        while (System.in.read() >= 0) {
            // until the parent closes our standard input
        }
        System.exit(0);
    }

    private static Answer answer(Request request) {
        Answer a = request.createAnswer(SUCCESS);
        AvpSet in = request.getAvps();
        AvpSet out = a.getAvps();
        if (out.getAvp(AUTH_APPLICATION_ID) == null) {
            out.addAvp(AUTH_APPLICATION_ID, GX_ID, true, false, true);
        }
        copy(in, out, CC_REQUEST_TYPE);
        copy(in, out, CC_REQUEST_NUMBER);
        return a;
    }

    private static void copy(AvpSet in, AvpSet out, int code) {
        Avp avp = in.getAvp(code);
        if (avp == null) {
            return;
        }
        try {
            out.addAvp(code, avp.getUnsigned32(), true, false, true);
        } catch (AvpDataException e) {
            out.addAvp(code, 0L, true, false, true);
        }
    }

    private static void stop(Stack stack) {
        try {
            stack.stop(2, TimeUnit.SECONDS, DisconnectCause.REBOOTING);
            stack.destroy();
        } catch (Exception e) {
            System.err.println("stop: " + e);
        }
    }

    private static String config(int port, String realm) throws IOException {
        try (InputStream in = JdiameterGxServer.class.getResourceAsStream("/jdiameter/jdiameter-template.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${localHost}", "127.0.0.1").replace("${localPort}", Integer.toString(port))
                    .replace("${realm}", realm)
                    .replace("${peers}", "<Peer name=\"aaa://127.0.0.1:3868\" attempt_connect=\"false\" rating=\"1\" />")
                    .replace("${realmPeers}", "127.0.0.1")
                    .replace("${iacMillis}", "30000");
        }
    }
}
