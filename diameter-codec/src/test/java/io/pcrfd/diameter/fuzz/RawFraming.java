package io.pcrfd.diameter.fuzz;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.netty.DiameterFrameDecoder;

/**
 * The framing rules of RFC 6733 §3 as a plain model, to predict what the frame decoder must do
 * with a stream: frames follow one another by their Message Length; the stream breaks at the
 * first whole header whose version is not 1 or whose length is below 20, not a multiple of 4,
 * or above the maximum.
 */
final class RawFraming {
    private RawFraming() {
    }

    /** How many whole, well-framed messages come before the stream breaks or runs out. */
    static int wholeFrames(byte[] stream) {
        int n = 0;
        int pos = 0;
        while (stream.length - pos >= DiameterMessage.HEADER_LENGTH && intact(stream, pos)) {
            int length = length(stream, pos);
            if (stream.length - pos < length) {
                break;
            }
            pos += length;
            n++;
        }
        return n;
    }

    /** True when a whole header that breaks framing is reached. */
    static boolean breaks(byte[] stream) {
        int pos = 0;
        while (stream.length - pos >= DiameterMessage.HEADER_LENGTH) {
            if (!intact(stream, pos)) {
                return true;
            }
            pos += length(stream, pos);
        }
        return false;
    }

    private static boolean intact(byte[] b, int pos) {
        int length = length(b, pos);
        return (b[pos] & 0xFF) == DiameterMessage.VERSION && length >= DiameterMessage.HEADER_LENGTH
                && (length & 3) == 0 && length <= DiameterFrameDecoder.DEFAULT_MAX_MESSAGE_LENGTH;
    }

    private static int length(byte[] b, int pos) {
        return ((b[pos + 1] & 0xFF) << 16) | ((b[pos + 2] & 0xFF) << 8) | (b[pos + 3] & 0xFF);
    }
}
