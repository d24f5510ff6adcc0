package io.pcrfd.pcrf.bench;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;

/**
 * One encoded request with the places that change per session. Encoding a request is a copy
 * of these octets and a few patches, so the driver spends its CPU on the wire and not on
 * building messages (RFC 6733 §3 header: Hop-by-Hop id at octet 12, End-to-End id at 16).
 *
 * @param wire         the request as encoded by the codec, with placeholder values
 * @param sessionAt    offset of the {@value #SESSION_DIGITS} decimal digits ending the Session-Id
 * @param imsiAt       offset of the last {@value #IMSI_DIGITS} digits of the IMSI, or -1
 * @param ueIpAt       offset of the 4 octets of Framed-IP-Address, or -1
 * @param subscribers  IMSIs in use: session {@code n} has IMSI number {@code n mod subscribers};
 *                     0 gives every session its own
 */
record RequestTemplate(byte[] wire, int sessionAt, int imsiAt, int ueIpAt, long subscribers) {
    static final int SESSION_DIGITS = 12;
    static final int IMSI_DIGITS = 10;
    private static final long IMSI_MODULUS = 10_000_000_000L;
    /** 10.0.0.1 .. 10.255.255.254: distinct for 2^24 - 2 consecutive sessions. */
    private static final int UE_IP_BASE = 10 << 24;
    private static final int UE_IP_SPAN = (1 << 24) - 2;

    /** The request of session number {@code session} in a pooled buffer the caller writes. */
    ByteBuf encode(ByteBufAllocator alloc, long session, int hopByHop, int endToEnd) {
        ByteBuf b = alloc.ioBuffer(wire.length);
        b.writeBytes(wire);
        patch(b, session, hopByHop, endToEnd);
        return b;
    }

    /** The same as a fresh array (tests, self-check). */
    byte[] toArray(long session, int hopByHop, int endToEnd) {
        ByteBuf b = Unpooled.wrappedBuffer(wire.clone());
        patch(b, session, hopByHop, endToEnd);
        return b.array();
    }

    private void patch(ByteBuf b, long session, int hopByHop, int endToEnd) {
        b.setInt(12, hopByHop);
        b.setInt(16, endToEnd);
        putDigits(b, sessionAt, session, SESSION_DIGITS);
        if (imsiAt >= 0) {
            putDigits(b, imsiAt, session % (subscribers > 0 ? subscribers : IMSI_MODULUS), IMSI_DIGITS);
        }
        if (ueIpAt >= 0) {
            b.setInt(ueIpAt, ueIp(session));
        }
    }

    /** The UE's IPv4 address of a session as an int (network order when written). */
    static int ueIp(long session) {
        return UE_IP_BASE + 1 + (int) (session % UE_IP_SPAN);
    }

    /** Writes {@code value} as exactly {@code width} ASCII digits, zero-padded, no allocation. */
    static void putDigits(ByteBuf b, int at, long value, int width) {
        long v = value;
        for (int i = at + width - 1; i >= at; i--) {
            b.setByte(i, '0' + (int) (v % 10));
            v /= 10;
        }
        if (v != 0) {
            throw new IllegalArgumentException(value + " does not fit in " + width + " digits");
        }
    }
}
