package io.pcrfd.diameter.testing;

import io.pcrfd.diameter.message.DiameterMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a fuzz input into the frames a node's frame decoder would hand on: consecutive messages
 * by their Message Length, each with version 1 and a length that fits (the decoder's own target
 * judges broken framing; handler targets want messages). Where a length cannot be followed, the
 * rest of the input is the last frame, padded to a multiple of 4 and its length set.
 */
public final class FuzzFrames {
    private FuzzFrames() {
    }

    /** At most {@code max} frames of {@code input}. */
    public static List<byte[]> split(byte[] input, int max) {
        List<byte[]> out = new ArrayList<>();
        int pos = 0;
        while (input.length - pos >= DiameterMessage.HEADER_LENGTH && out.size() < max) {
            int length = ((input[pos + 1] & 0xFF) << 16) | ((input[pos + 2] & 0xFF) << 8) | (input[pos + 3] & 0xFF);
            if (length < DiameterMessage.HEADER_LENGTH || length > input.length - pos || out.size() == max - 1) {
                length = input.length - pos;
            }
            out.add(frame(Arrays.copyOfRange(input, pos, pos + length)));
            pos += length;
        }
        return out;
    }

    /** {@code piece} padded to a multiple of 4 with version 1 and its Message Length set. */
    public static byte[] frame(byte[] piece) {
        int length = Math.max(DiameterMessage.HEADER_LENGTH, (piece.length + 3) & ~3);
        byte[] f = Arrays.copyOf(piece, length);
        f[0] = DiameterMessage.VERSION;
        f[1] = (byte) (length >>> 16);
        f[2] = (byte) (length >>> 8);
        f[3] = (byte) length;
        return f;
    }

    /** The messages concatenated, as one fuzz input. */
    public static byte[] join(List<byte[]> messages) {
        int n = messages.stream().mapToInt(m -> m.length).sum();
        byte[] out = new byte[n];
        int pos = 0;
        for (byte[] m : messages) {
            System.arraycopy(m, 0, out, pos, m.length);
            pos += m.length;
        }
        return out;
    }
}
