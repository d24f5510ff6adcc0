package io.pcrfd.pcrf.bench;

import io.netty.buffer.ByteBuf;

/**
 * Reads what the driver needs from an answer's octets without decoding the message: the
 * header fields and the result. The load driver must cost far less than the server it
 * measures, and a full decode with grammar validation of every CCA would double its CPU.
 *
 * <pre>
 *  header (RFC 6733 §3)            AVP (§4.1)
 *  0      4  5        8     12     0     4      5       8          [12]
 *  |ver|len|flags|code|app-id|hbh|e2e|  |code |flags |length(24)|[vendor]|data..pad to 4|
 * </pre>
 */
final class AnswerReader {
    static final long NO_RESULT = -1;
    private static final int RESULT_CODE = 268;
    private static final int EXPERIMENTAL_RESULT = 297;
    private static final int EXPERIMENTAL_RESULT_CODE = 298;
    private static final int VENDOR_BIT = 0x80;
    static final int REQUEST_BIT = 0x80;

    private AnswerReader() {
    }

    static int flags(ByteBuf m) {
        return m.getUnsignedByte(m.readerIndex() + 4);
    }

    static int commandCode(ByteBuf m) {
        return m.getMedium(m.readerIndex() + 5);
    }

    static int hopByHop(ByteBuf m) {
        return m.getInt(m.readerIndex() + 12);
    }

    static int endToEnd(ByteBuf m) {
        return m.getInt(m.readerIndex() + 16);
    }

    /**
     * The top-level Result-Code, else the Experimental-Result-Code inside Experimental-Result
     * (§7.6), else {@link #NO_RESULT}. A malformed AVP length ends the scan with NO_RESULT.
     */
    static long resultCode(ByteBuf m) {
        int start = m.readerIndex();
        return scan(m, start + 20, start + m.getMedium(start + 1), true);
    }

    private static long scan(ByteBuf m, int from, int end, boolean topLevel) {
        int at = from;
        while (at + 8 <= end) {
            int code = m.getInt(at);
            int flags = m.getUnsignedByte(at + 4);
            int length = m.getMedium(at + 5);
            int header = (flags & VENDOR_BIT) != 0 ? 12 : 8;
            if (length < header || at + length > end) {
                return NO_RESULT;
            }
            boolean base = (flags & VENDOR_BIT) == 0;
            if (base && topLevel && code == RESULT_CODE && length == 12) {
                return m.getUnsignedInt(at + 8);
            }
            if (base && !topLevel && code == EXPERIMENTAL_RESULT_CODE && length == 12) {
                return m.getUnsignedInt(at + 8);
            }
            if (base && topLevel && code == EXPERIMENTAL_RESULT) {
                long inner = scan(m, at + header, at + length, false);
                if (inner != NO_RESULT) {
                    return inner;
                }
            }
            at += (length + 3) & ~3;
        }
        return NO_RESULT;
    }
}
