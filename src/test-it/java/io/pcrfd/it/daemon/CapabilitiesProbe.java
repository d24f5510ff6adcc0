package io.pcrfd.it.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;

/**
 * One CER on a plain socket and the CEA's bytes read back, to see what a node announces about
 * itself before any session exists (RFC 6733 §5.3). The CEA is walked by hand, not by our codec.
 *
 * <pre>
 *  AVP: code (4) | flags (1) | length (3) | [vendor id (4) if V] | data | padding to 4
 *  Origin-State-Id: code 278, flags 0x40 (M), length 12, Unsigned32
 * </pre>
 */
final class CapabilitiesProbe {
    private static final int ORIGIN_STATE_ID = 278;
    private static final int HEADER = 20;

    private CapabilitiesProbe() {
    }

    /** The Origin-State-Id in the CEA of the node on {@code port}, checked as 12 bytes with only M set. */
    static long originStateId(int port, String probeHost) throws IOException {
        byte[] cea = exchange(port, probeHost);
        ByteBuffer b = ByteBuffer.wrap(cea);
        assertThat(b.getInt(4) & 0x00FF_FFFF).as("CEA command code").isEqualTo(257);
        for (int at = HEADER; at < cea.length; ) {
            int code = b.getInt(at);
            int flags = cea[at + 4] & 0xFF;
            int length = b.getInt(at + 4) & 0x00FF_FFFF;
            if (code == ORIGIN_STATE_ID) {
                assertThat(flags).as("Origin-State-Id flags").isEqualTo(0x40);
                assertThat(length).as("Origin-State-Id length").isEqualTo(12);
                return b.getInt(at + 8) & 0xFFFF_FFFFL;
            }
            at += (length + 3) & ~3;
        }
        throw new AssertionError("the CEA carries no Origin-State-Id");
    }

    private static byte[] exchange(int port, String probeHost) throws IOException {
        Dictionary dict = Dictionary.standard();
        byte[] cer = DiameterCodec.encode(MessageBuilder.request(dict, ApplicationIds.COMMON, "CER")
                .hopByHop(HopByHopId.of(1)).endToEnd(EndToEndId.of(1))
                .originHost(probeHost).originRealm("daemon.example")
                .add("Host-IP-Address", InetAddress.getLoopbackAddress()).add("Vendor-Id", 0L)
                .add("Product-Name", "CapabilitiesProbe")
                .addGrouped("Vendor-Specific-Application-Id", g -> g.add("Vendor-Id", 10415L)
                        .add("Auth-Application-Id", ApplicationIds.GX))
                .build());
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(cer);
            DataInputStream in = new DataInputStream(s.getInputStream());
            int first = in.readInt();
            byte[] message = new byte[first & 0x00FF_FFFF];
            ByteBuffer.wrap(message).putInt(first);
            in.readFully(message, 4, message.length - 4);
            return message;
        }
    }
}
