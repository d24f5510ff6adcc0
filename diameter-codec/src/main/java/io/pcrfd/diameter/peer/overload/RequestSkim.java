package io.pcrfd.diameter.peer.overload;

import io.netty.buffer.ByteBuf;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;

/**
 * What the refusal path needs from a request's octets, found by walking the top-level AVP
 * headers (RFC 6733 §4.1: code, flags, length) without decoding any value but one Enumerated:
 * where the Session-Id is (§8.8: first by grammar, but looked for anywhere), how long the
 * Proxy-Info AVPs are (§6.2: an answer carries them back), whether OC-Supported-Features is
 * there (RFC 7683 §5.1) and the CC-Request-Type (RFC 4006 §8.3). A malformed length ends the
 * walk; what was found before it is used. Mutable and reused: one per connection, owned by its
 * event loop, so skimming allocates nothing.
 *
 * <pre>
 *  header (20)   AVP: code(4) | V M P r r r r r | length(3) | [vendor(4)] | data | pad to 4
 * </pre>
 */
public final class RequestSkim {
    static final int SESSION_ID = 263;
    static final int PROXY_INFO = 284;
    static final int CC_REQUEST_TYPE = 416;
    static final int OC_SUPPORTED_FEATURES = 621;
    private static final int VENDOR_BIT = 0x80;
    /** CC-Request-Type UPDATE_REQUEST and TERMINATION_REQUEST (RFC 4006 §8.3). */
    private static final long UPDATE_REQUEST = 2;
    private static final long TERMINATION_REQUEST = 3;

    private int sessionIdAt;
    private int sessionIdLength;
    private int proxyInfoLength;
    private boolean ocSupportedFeatures;
    private long ccRequestType;

    /** Walks {@code frame} (one whole message from its reader index); returns this. */
    public RequestSkim scan(ByteBuf frame) {
        sessionIdAt = -1;
        sessionIdLength = 0;
        proxyInfoLength = 0;
        ocSupportedFeatures = false;
        ccRequestType = -1;
        int start = frame.readerIndex();
        int end = start + Math.min(frame.readableBytes(), frame.getMedium(start + 1));
        for (int at = start + DiameterMessage.HEADER_LENGTH; at + 8 <= end; ) {
            int length = frame.getMedium(at + 5);
            boolean vendor = (frame.getUnsignedByte(at + 4) & VENDOR_BIT) != 0;
            int padded = Math.min((length + 3) & ~3, end - at);
            if (length < (vendor ? 12 : 8) || at + length > end) {
                return this;
            }
            if (!vendor) {
                note(frame, frame.getInt(at), at, length, padded);
            }
            at += padded;
        }
        return this;
    }

    private void note(ByteBuf frame, int code, int at, int length, int padded) {
        switch (code) {
            case SESSION_ID -> {
                if (sessionIdAt < 0) {
                    sessionIdAt = at;
                    sessionIdLength = padded;
                }
            }
            case PROXY_INFO -> proxyInfoLength += padded;
            case OC_SUPPORTED_FEATURES -> ocSupportedFeatures = true;
            case CC_REQUEST_TYPE -> ccRequestType = length == 12 ? frame.getUnsignedInt(at + 8) : -1;
            default -> {
                // every other AVP is left alone
            }
        }
    }

    /** Offset of the Session-Id AVP in the frame, or -1 when there is none. */
    public int sessionIdAt() {
        return sessionIdAt;
    }

    /** Its length with padding. */
    public int sessionIdLength() {
        return sessionIdLength;
    }

    /** Octets of every Proxy-Info AVP together, with padding. */
    public int proxyInfoLength() {
        return proxyInfoLength;
    }

    /** The request announces RFC 7683 support. */
    public boolean ocSupportedFeatures() {
        return ocSupportedFeatures;
    }

    /**
     * True when the request starts new work rather than continuing a session under way: a
     * credit-control request other than UPDATE or TERMINATION (RFC 4006 §8.3), or any command
     * but STR, RAR and ASR (RFC 6733 §8.3–§8.5 act on an existing session). An overloaded node
     * refuses these first, so the sessions it admitted can finish instead of being orphaned.
     */
    public boolean startsNewWork(int commandCode) {
        if (ccRequestType == UPDATE_REQUEST || ccRequestType == TERMINATION_REQUEST) {
            return false;
        }
        return commandCode != CommandCodes.SESSION_TERMINATION && commandCode != CommandCodes.RE_AUTH
                && commandCode != CommandCodes.ABORT_SESSION;
    }

    /** Copies every Proxy-Info AVP of {@code frame}, in order, to {@code out}. */
    public static void copyProxyInfo(ByteBuf frame, ByteBuf out) {
        int start = frame.readerIndex();
        int end = start + Math.min(frame.readableBytes(), frame.getMedium(start + 1));
        for (int at = start + DiameterMessage.HEADER_LENGTH; at + 8 <= end; ) {
            int length = frame.getMedium(at + 5);
            boolean vendor = (frame.getUnsignedByte(at + 4) & VENDOR_BIT) != 0;
            int padded = Math.min((length + 3) & ~3, end - at);
            if (length < (vendor ? 12 : 8) || at + length > end) {
                return;
            }
            if (!vendor && frame.getInt(at) == PROXY_INFO) {
                out.writeBytes(frame, at, padded);
            }
            at += padded;
        }
    }
}
