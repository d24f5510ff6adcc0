package io.pcrfd.diameter.peer;

import static io.pcrfd.diameter.peer.TestNodes.DICT;
import static io.pcrfd.diameter.peer.TestNodes.REALM;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * RFC 6733 §5.6: a connection is open for the peer as soon as it has our CEA, so a request
 * written the moment the CEA arrives, or even in the same segment as the CER, must be answered
 * (§6.2), and its answer must follow the CEA. The peer here is configured on the server, so
 * its state machine runs on an event loop other than most of its connections' (Netty spreads
 * accepted channels over the group), which is where a request used to fall between the two.
 */
@Timeout(60)
class RequestsRightAfterCeaTest {
    private static final int CONNECTIONS = 300;
    private static final String CLIENT = "pcef.test.example";
    private final DiameterCodec codec = new DiameterCodec(DICT);

    @Test
    void aRequestSentTheMomentTheCeaArrivesIsAnswered() throws Exception {
        try (DiameterNode srv = configuredServer()) {
            for (int i = 0; i < CONNECTIONS; i++) {
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), TestNodes.port(srv))) {
                    s.setSoTimeout(5_000); // a lost answer fails here, not at the class timeout
                    s.setTcpNoDelay(true);
                    write(s.getOutputStream(), cer(i));
                    DataInputStream in = new DataInputStream(s.getInputStream());
                    assertThat(read(in).commandCode()).isEqualTo(CommandCodes.CAPABILITIES_EXCHANGE);
                    write(s.getOutputStream(), ccr(i));
                    assertAnswered(readAnswer(in, s.getOutputStream()), i);
                }
            }
        }
    }

    @Test
    void aRequestInTheSameSegmentAsTheCerIsAnsweredAfterTheCea() throws Exception {
        try (DiameterNode srv = configuredServer()) {
            for (int i = 0; i < CONNECTIONS; i++) {
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), TestNodes.port(srv))) {
                    s.setSoTimeout(5_000); // a lost answer fails here, not at the class timeout
                    ByteArrayOutputStream both = new ByteArrayOutputStream();
                    both.write(DiameterCodec.encode(cer(i)));
                    both.write(DiameterCodec.encode(ccr(i)));
                    s.getOutputStream().write(both.toByteArray());
                    DataInputStream in = new DataInputStream(s.getInputStream());
                    DiameterMessage first = read(in);
                    assertThat(first.commandCode()).as("first message on connection %d", i)
                            .isEqualTo(CommandCodes.CAPABILITIES_EXCHANGE);
                    assertThat(resultCodeOf(first)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
                    assertAnswered(readAnswer(in, s.getOutputStream()), i);
                }
            }
        }
    }

    private static DiameterNode configuredServer() {
        NodeOptions o = NodeOptions.of(TestNodes.identity("pcrf.test.example"),
                List.of(ListenAddress.tcp(TestNodes.LOOPBACK, 0)),
                List.of(PeerConfig.await(CLIENT, REALM)));
        return TestNodes.start(o, TestNodes.gxServer(new AtomicInteger()));
    }

    private void assertAnswered(DiameterMessage answer, int i) {
        assertThat(answer.commandCode()).as("answer on connection %d", i).isEqualTo(CommandCodes.CREDIT_CONTROL);
        assertThat(answer.isRequest()).isFalse();
        assertThat(answer.hopByHop()).isEqualTo(HopByHopId.of(1000 + i));
        assertThat(resultCodeOf(answer)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
    }

    private static long resultCodeOf(DiameterMessage m) {
        return m.avp("Result-Code").orElseThrow().asUnsigned32();
    }

    private static DiameterMessage cer(int i) {
        return MessageBuilder.request(DICT, ApplicationIds.COMMON, "CER").hopByHop(HopByHopId.of(i))
                .endToEnd(EndToEndId.of(i)).originHost(CLIENT).originRealm(REALM)
                .add("Host-IP-Address", InetAddress.getLoopbackAddress()).add("Vendor-Id", 0L)
                .add("Product-Name", "raw")
                // each connection is the peer restarted: it replaces the previous one at once
                .add("Origin-State-Id", i + 1L).add("Auth-Application-Id", ApplicationIds.GX).build();
    }

    private static DiameterMessage ccr(int i) {
        return MessageBuilder.request(DICT, ApplicationIds.GX, "CCR").hopByHop(HopByHopId.of(1000 + i))
                .endToEnd(EndToEndId.of(0x10000 + i)).add("Session-Id", CLIENT + ";after-cea;" + i)
                .add("Auth-Application-Id", ApplicationIds.GX).originHost(CLIENT).originRealm(REALM)
                .add("Destination-Realm", REALM).add("CC-Request-Type", "INITIAL_REQUEST")
                .add("CC-Request-Number", 0).build();
    }

    private static void write(OutputStream out, DiameterMessage m) throws IOException {
        out.write(DiameterCodec.encode(m));
        out.flush();
    }

    /** The next message that is not a DWR; a DWR (the server's watchdog reopening) gets its DWA. */
    private DiameterMessage readAnswer(DataInputStream in, OutputStream out) throws IOException {
        DiameterMessage m = read(in);
        while (m.isRequest() && m.commandCode() == CommandCodes.DEVICE_WATCHDOG) {
            write(out, MessageBuilder.answer(DICT, m).resultCode(ResultCodes.DIAMETER_SUCCESS).originHost(CLIENT)
                    .originRealm(REALM).build());
            m = read(in);
        }
        return m;
    }

    private DiameterMessage read(DataInputStream in) throws IOException {
        byte[] header = new byte[4];
        in.readFully(header);
        int length = ((header[1] & 0xFF) << 16) | ((header[2] & 0xFF) << 8) | (header[3] & 0xFF);
        byte[] wire = new byte[length];
        System.arraycopy(header, 0, wire, 0, 4);
        in.readFully(wire, 4, length - 4);
        DecodeResult r = codec.decode(wire);
        assertThat(r.errors()).isEmpty();
        return r.message();
    }
}
