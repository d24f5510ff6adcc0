package io.pcrfd.it.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.it.Await;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every jDiameter server stack of these tests reads the first connection that reaches it: a
 * CER sent the moment {@code start()} returns gets its CEA (RFC 6733 §5.3), on each of several
 * fresh stacks, and a stopped stack no longer listens. With jDiameter's default accept loop about
 * one start in five (on a busy machine) accepted the TCP connection and never read it; see
 * {@link JdiameterNetworkGuard}.
 */
@Timeout(60)
class JdiameterStartTest {
    private static final int STARTS = 8;
    private static final String REALM = "test.example";
    private static final String CLIENT = "127.0.0.3";

    @Test
    void aCerSentRightAfterStartIsAnsweredOnEveryFreshStack() throws Exception {
        for (int start = 1; start <= STARTS; start++) {
            int port;
            try (JdiameterStack jd = JdiameterStack.listening(REALM, CLIENT, request -> null)) {
                port = jd.port();
                assertThat(resultCodeOfCea(port)).as("CEA on start %d", start).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
                // the client left with DPR/DPA: let jDiameter's peer be down before stopping (see JdiameterStack#close)
                Await.await("jDiameter's peer down after DPR", Duration.ofSeconds(10), () -> !jd.hasOpenPeer());
            }
            assertThat(refused(port)).as("stopped stack %d no longer listens", start).isTrue();
        }
    }

    /**
     * Dials {@code port} (the CER goes out at once) and returns the CEA's Result-Code; leaves
     * with DPR/DPA (RFC 6733 §5.4), so that jDiameter takes its peer down by the protocol. A bare
     * close was seen by jDiameter only sometimes: once in a CI run its peer stayed OKAY for over
     * 10 s, where its stop then waits out its timeout.
     */
    private static long resultCodeOfCea(int port) throws Exception {
        try (TestPeer client = TestPeer.client(Dictionary.standard(), CLIENT, REALM, port, ApplicationIds.GX)) {
            DiameterMessage cea = client.awaitReceived(m -> m.commandCode() == 257, Duration.ofSeconds(5));
            long resultCode = cea.avp("Result-Code").orElseThrow().asUnsigned32();
            if (resultCode == ResultCodes.DIAMETER_SUCCESS) {
                DiameterMessage dpa = client.request(MessageBuilder.request(Dictionary.standard(),
                        ApplicationIds.COMMON, "DPR").originHost(CLIENT).originRealm(REALM)
                        .add("Disconnect-Cause", 0).build()).get(5, TimeUnit.SECONDS); // REBOOTING
                assertThat(dpa.avp("Result-Code").orElseThrow().asUnsigned32()).as("DPA")
                        .isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            }
            return resultCode;
        }
    }

    private static boolean refused(int port) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return false;
        } catch (ConnectException e) {
            return true;
        }
    }
}
