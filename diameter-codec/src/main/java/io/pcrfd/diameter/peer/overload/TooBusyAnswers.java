package io.pcrfd.diameter.peer.overload;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.AvpValues;
import io.pcrfd.diameter.message.CommandFlags;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Rfc6733;
import java.util.EnumMap;
import java.util.Map;

/**
 * 3004 DIAMETER_TOO_BUSY answers written straight from a request's octets, without decoding
 * it: the cheap refusal of an overloaded node. The answer follows the E-bit grammar of RFC
 * 6733 §7.2 (3004 is a protocol error, §7.1.3):
 *
 * <pre>
 *  header     R clear, P copied, E set; command, application, Hop-by-Hop, End-to-End copied (§6.2)
 *  Session-Id       copied octet for octet, when the request has one
 *  Origin-Host      }
 *  Origin-Realm     } ours, encoded once
 *  Result-Code 3004 }
 *  Error-Message    why (one of four texts, encoded once)
 *  Proxy-Info *     copied in order (§6.2)
 *  OC-Supported-Features, OC-OLR   when the request announced RFC 7683 support
 * </pre>
 *
 * Thread-safe: everything here is encoded at construction and only read afterwards.
 */
public final class TooBusyAnswers {
    /** Why a request was refused; the Error-Message says it. */
    public enum Reason {
        PEER_LIMIT("too many requests pending from this peer"),
        NODE_LIMIT("too many requests pending on this node"),
        QUEUE_DELAY("overloaded: new work refused while requests wait"),
        REQUEST_AGE("waited too long to be handled");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private final byte[] identity;
    private final Map<Reason, byte[]> messages = new EnumMap<>(Reason.class);

    public TooBusyAnswers(Dictionary d, String originHost, String originRealm) {
        this.identity = octets(avp(d, Rfc6733.ORIGIN_HOST, originHost), avp(d, Rfc6733.ORIGIN_REALM, originRealm),
                avp(d, Rfc6733.RESULT_CODE, ResultCodes.DIAMETER_TOO_BUSY));
        for (Reason r : Reason.values()) {
            messages.put(r, octets(avp(d, Rfc6733.ERROR_MESSAGE, r.text())));
        }
    }

    private static Avp avp(Dictionary d, AvpKey key, Object value) {
        AvpDefinition def = d.definition(key);
        return Avp.of(def, AvpValues.encode(def, value));
    }

    private static byte[] octets(Avp... avps) {
        int size = 0;
        for (Avp a : avps) {
            size += a.paddedLength();
        }
        byte[] out = new byte[size];
        int pos = 0;
        for (Avp a : avps) {
            pos = a.writeTo(out, pos);
        }
        return out;
    }

    /**
     * The answer to {@code request} (one whole message, left unread), with the DOIC AVPs of
     * {@code doic} when it is not null; {@code skim} must have scanned {@code request}.
     */
    public ByteBuf encode(ByteBufAllocator alloc, ByteBuf request, RequestSkim skim, Reason reason, DoicReport doic) {
        byte[] message = messages.get(reason);
        int length = DiameterMessage.HEADER_LENGTH + skim.sessionIdLength() + identity.length + message.length
                + skim.proxyInfoLength() + (doic == null ? 0 : doic.length());
        ByteBuf out = alloc.buffer(length);
        int at = request.readerIndex();
        int flags = (request.getUnsignedByte(at + 4) & CommandFlags.PROXIABLE) | CommandFlags.ERROR;
        out.writeInt((DiameterMessage.VERSION << 24) | length);
        out.writeByte(flags);
        out.writeBytes(request, at + 5, DiameterMessage.HEADER_LENGTH - 5);
        if (skim.sessionIdAt() >= 0) {
            out.writeBytes(request, skim.sessionIdAt(), skim.sessionIdLength());
        }
        out.writeBytes(identity);
        out.writeBytes(message);
        if (skim.proxyInfoLength() > 0) {
            RequestSkim.copyProxyInfo(request, out);
        }
        if (doic != null) {
            doic.copyTo(out);
        }
        return out;
    }
}
