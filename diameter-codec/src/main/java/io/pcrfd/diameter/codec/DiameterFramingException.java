package io.pcrfd.diameter.codec;

import io.netty.handler.codec.DecoderException;
import io.pcrfd.diameter.message.CommandFlags;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.ResultCodes;
import java.util.List;

/**
 * The byte stream cannot be split into messages any more: the version is not 1 (answer 5011)
 * or the Message Length is below 20 or not a multiple of 4 (answer 5015), or the length is
 * above the configured maximum (5015). The connection has lost its place and must be closed,
 * after an error answer built from {@link #header()} where one can be sent (RFC 6733 §7).
 */
public final class DiameterFramingException extends DecoderException {
    private static final long serialVersionUID = 1L;

    private final transient byte[] headerBytes;
    private final long resultCode;

    public DiameterFramingException(long resultCode, byte[] headerBytes, String message) {
        super(message);
        this.resultCode = resultCode;
        this.headerBytes = headerBytes.clone();
    }

    /** 5011 or 5015. */
    public long resultCode() {
        return resultCode;
    }

    /** The header octets that were read (up to 20). */
    public byte[] headerBytes() {
        return headerBytes.clone();
    }

    /**
     * The header as a message without AVPs, to build the error answer from; null when fewer
     * than 20 octets were read or the offending message was itself an answer (errors in
     * answers are never answered, RFC 6733 §7).
     */
    public DiameterMessage header() {
        if (headerBytes.length < DiameterMessage.HEADER_LENGTH) {
            return null;
        }
        CommandFlags flags = CommandFlags.of(headerBytes[4]);
        if (!flags.request()) {
            return null;
        }
        int code = ((headerBytes[5] & 0xFF) << 16) | ((headerBytes[6] & 0xFF) << 8) | (headerBytes[7] & 0xFF);
        return new DiameterMessage(DiameterMessage.VERSION, flags, code, Integer.toUnsignedLong(word(8)),
                HopByHopId.of(word(12)), EndToEndId.of(word(16)), List.of(), null);
    }

    private int word(int i) {
        return ((headerBytes[i] & 0xFF) << 24) | ((headerBytes[i + 1] & 0xFF) << 16)
                | ((headerBytes[i + 2] & 0xFF) << 8) | (headerBytes[i + 3] & 0xFF);
    }

    @Override
    public String getMessage() {
        return super.getMessage() + " (" + ResultCodes.name(resultCode) + ")";
    }
}
