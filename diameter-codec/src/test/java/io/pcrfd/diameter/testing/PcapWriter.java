package io.pcrfd.diameter.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes Diameter messages as one well-formed TCP conversation in a classic libpcap file, so
 * that Wireshark dissects them exactly as it would a capture: a three-way handshake, then one
 * segment per message with correct sequence and acknowledgement numbers (requests flow from
 * the client to port 3868, answers back), so that TCP analysis raises no expert info of its own.
 *
 * <pre>
 * pcap global header (24 octets, little endian): magic a1b2c3d4, v2.4, snaplen, linktype 1
 * per packet: ts_sec ts_usec incl_len orig_len | Ethernet II (14) | IPv4 (20) | TCP (20) | payload
 * </pre>
 */
public final class PcapWriter {
    /** The Diameter port (RFC 6733 section 2.1). */
    public static final int DIAMETER_PORT = 3868;
    private static final int CLIENT_PORT = 40000;
    private static final byte[] CLIENT_IP = {127, 0, 0, 1};
    private static final byte[] SERVER_IP = {127, 0, 0, 2};
    private static final int SYN = 0x02;
    private static final int ACK = 0x10;
    private static final int PSH = 0x08;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private long clientSeq = 1000;
    private long serverSeq = 5000;
    private int packets;

    private PcapWriter() {
        ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        out.writeBytes(b.array());
    }

    /** One message on the wire and the side that sends it. */
    public record Segment(byte[] payload, boolean fromClient) {
    }

    /** Writes {@code segments} after a handshake to {@code file}. */
    public static Path write(Path file, List<Segment> segments) {
        PcapWriter w = new PcapWriter();
        w.handshake();
        for (Segment s : segments) {
            w.data(s.payload(), s.fromClient());
        }
        try {
            return Files.write(file, w.out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }

    private void handshake() {
        packet(true, clientSeq, 0, SYN, new byte[0]);
        clientSeq++;
        packet(false, serverSeq, clientSeq, SYN | ACK, new byte[0]);
        serverSeq++;
        packet(true, clientSeq, serverSeq, ACK, new byte[0]);
    }

    private void data(byte[] payload, boolean fromClient) {
        if (fromClient) {
            packet(true, clientSeq, serverSeq, PSH | ACK, payload);
            clientSeq += payload.length;
        } else {
            packet(false, serverSeq, clientSeq, PSH | ACK, payload);
            serverSeq += payload.length;
        }
    }

    private void packet(boolean fromClient, long seq, long ack, int flags, byte[] payload) {
        byte[] src = fromClient ? CLIENT_IP : SERVER_IP;
        byte[] dst = fromClient ? SERVER_IP : CLIENT_IP;
        byte[] tcp = tcp(fromClient, seq, ack, flags, payload, src, dst);
        byte[] ip = ipv4(src, dst, tcp.length);
        int len = 14 + ip.length + tcp.length;
        ByteBuffer rec = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        rec.putInt(1_700_000_000 + packets).putInt(0).putInt(len).putInt(len);
        packets++;
        out.writeBytes(rec.array());
        out.writeBytes(new byte[] {0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 1, 0x08, 0x00});
        out.writeBytes(ip);
        out.writeBytes(tcp);
    }

    private byte[] ipv4(byte[] src, byte[] dst, int payloadLength) {
        ByteBuffer b = ByteBuffer.allocate(20);
        b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + payloadLength));
        b.putShort((short) packets).putShort((short) 0x4000).put((byte) 64).put((byte) 6).putShort((short) 0);
        b.put(src).put(dst);
        byte[] h = b.array();
        int sum = checksum(h, 0, 0, h.length);
        h[10] = (byte) (sum >> 8);
        h[11] = (byte) sum;
        return h;
    }

    private static byte[] tcp(boolean fromClient, long seq, long ack, int flags, byte[] payload,
                              byte[] src, byte[] dst) {
        ByteBuffer b = ByteBuffer.allocate(20 + payload.length);
        b.putShort((short) (fromClient ? CLIENT_PORT : DIAMETER_PORT));
        b.putShort((short) (fromClient ? DIAMETER_PORT : CLIENT_PORT));
        b.putInt((int) seq).putInt((int) ack);
        b.put((byte) 0x50).put((byte) flags).putShort((short) 65535).putShort((short) 0).putShort((short) 0);
        b.put(payload);
        byte[] t = b.array();
        // TCP checksum over the IPv4 pseudo-header (RFC 793 section 3.1).
        byte[] pseudo = ByteBuffer.allocate(12).put(src).put(dst).put((byte) 0).put((byte) 6)
                .putShort((short) t.length).array();
        int sum = checksum(t, checksum(pseudo, 0, 0, 12) ^ 0xFFFF, 0, t.length);
        t[16] = (byte) (sum >> 8);
        t[17] = (byte) sum;
        return t;
    }

    /** The ones' complement sum of RFC 1071, continued from {@code start} (0 for a fresh sum). */
    private static int checksum(byte[] data, int start, int from, int to) {
        long sum = start;
        for (int i = from; i < to; i += 2) {
            int hi = data[i] & 0xFF;
            int lo = i + 1 < to ? data[i + 1] & 0xFF : 0;
            sum += (hi << 8) | lo;
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }
        return (int) (~sum & 0xFFFF);
    }
}
