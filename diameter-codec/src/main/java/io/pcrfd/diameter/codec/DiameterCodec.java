package io.pcrfd.diameter.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.dictionary.CommandDefinition;
import io.pcrfd.diameter.dictionary.DataType;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.dictionary.Grammar;
import io.pcrfd.diameter.dictionary.GrammarRule;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.AvpValues;
import io.pcrfd.diameter.message.CommandFlags;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.ResultCodes;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes messages and decodes + validates them against a {@link Dictionary}. Thread-safe;
 * one instance serves every connection.
 *
 * <p>Decoding never throws on bad input: it returns the message with an ordered list of
 * {@link DiameterError}s (RFC 6733 §7). Order: header (5011, 5015, 3008, 3007/3001), then the
 * AVPs in wire order (3009, 5001, 5014, 5004, 5008, 5009; inner AVPs of a Grouped AVP before
 * the Grouped AVP's own), then missing AVPs (5005) at the end of each level. The decoded
 * message holds a private copy of the octets, never a pooled buffer.
 *
 * <p>Each thread that decodes keeps about 2 KiB of scratch space (an AVP stack and grammar
 * counters) for the life of the thread; event-loop threads are long-lived, so the per-message
 * path allocates only what the result holds. A short-lived thread (a virtual thread) pays for
 * its scratch once.
 */
public final class DiameterCodec {
    /** The Message Length field has 24 bits. */
    public static final int MAX_MESSAGE_LENGTH = 0xFF_FFFF;
    /** Messages up to this size are encoded for a direct buffer in a per-thread array; larger ones in a new one. */
    private static final int MAX_SCRATCH = 16 * 1024;
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[MAX_SCRATCH]);

    private final Dictionary dictionary;
    private final Grammar errorAnswerGrammar;
    /** Scratch space per thread (event loop), reused from decode to decode. */
    private final ThreadLocal<AvpDecoder> decoders;

    public DiameterCodec(Dictionary dictionary) {
        this.dictionary = dictionary;
        this.errorAnswerGrammar = errorAnswerGrammar(dictionary);
        this.decoders = ThreadLocal.withInitial(() -> new AvpDecoder(dictionary));
    }

    public Dictionary dictionary() {
        return dictionary;
    }

    /**
     * The grammar of an answer with the E bit (RFC 6733 §7.2): it replaces the command's own.
     * Origin-Host, Origin-Realm and Result-Code are required; the optional AVPs §7.2 names are
     * listed (so that a strict check of what we send finds them named); anything else may follow.
     */
    private static Grammar errorAnswerGrammar(Dictionary d) {
        List<GrammarRule> rules = new ArrayList<>();
        rule(d, rules, GrammarRule.Kind.FIXED, "Session-Id", 0, 1);
        for (String name : List.of("Origin-Host", "Origin-Realm", "Result-Code")) {
            rule(d, rules, GrammarRule.Kind.REQUIRED, name, 1, 1);
        }
        for (String name : List.of("Origin-State-Id", "Error-Message", "Error-Reporting-Host", "Failed-AVP",
                "Experimental-Result")) {
            rule(d, rules, GrammarRule.Kind.OPTIONAL, name, 0, 1);
        }
        rule(d, rules, GrammarRule.Kind.OPTIONAL, "Proxy-Info", 0, GrammarRule.UNBOUNDED);
        rules.add(new GrammarRule(GrammarRule.Kind.OPTIONAL, GrammarRule.WILDCARD, 0, 0, 0, GrammarRule.UNBOUNDED));
        return new Grammar(rules);
    }

    private static void rule(Dictionary d, List<GrammarRule> rules, GrammarRule.Kind kind, String name, int min,
                             int max) {
        d.avp(name).ifPresent(a -> rules.add(new GrammarRule(kind, name, a.code(), a.vendorId(), min, max)));
    }

    /** The message's octets. */
    public static byte[] encode(DiameterMessage m) {
        int length = checkedLength(m);
        byte[] out = new byte[length];
        write(m, length, out, 0);
        return out;
    }

    /**
     * Appends the message's octets to {@code out}. They are written into an array first (the
     * buffer's own when it has one, else this thread's scratch array, then copied in one
     * call): one bounds and reference-count check for the message instead of four or five per
     * AVP through the buffer's writers.
     */
    public static void encode(DiameterMessage m, ByteBuf out) {
        encode(m, checkedLength(m), out);
    }

    /**
     * The message's octets in a new buffer from {@code alloc} of exactly their length, as the
     * pipeline's encoder writes them: the length is computed once, for the buffer and the
     * header alike.
     */
    public static ByteBuf encode(DiameterMessage m, ByteBufAllocator alloc) {
        int length = checkedLength(m);
        ByteBuf out = alloc.buffer(length);
        try {
            encode(m, length, out);
        } catch (RuntimeException e) {
            out.release();
            throw e;
        }
        return out;
    }

    private static void encode(DiameterMessage m, int length, ByteBuf out) {
        out.ensureWritable(length);
        if (out.hasArray()) {
            write(m, length, out.array(), out.arrayOffset() + out.writerIndex());
            out.writerIndex(out.writerIndex() + length);
            return;
        }
        byte[] scratch = length <= MAX_SCRATCH ? SCRATCH.get() : new byte[length];
        write(m, length, scratch, 0);
        out.writeBytes(scratch, 0, length);
    }

    /** Writes the message's {@code length} octets into {@code out} from {@code at}. */
    private static void write(DiameterMessage m, int length, byte[] out, int at) {
        int pos = writeHeader(m, length, out, at);
        for (Avp a : m.avps()) {
            pos = a.writeTo(out, pos);
        }
    }

    private static int checkedLength(DiameterMessage m) {
        int length = m.encodedLength();
        if (length > MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException(m.name() + " is " + length + " octets, above the 24-bit Message Length");
        }
        return length;
    }

    private static int writeHeader(DiameterMessage m, int length, byte[] out, int at) {
        int p = AvpValues.putInt(out, at, (m.version() << 24) | length);
        p = AvpValues.putInt(out, p, (m.flags().asInt() << 24) | m.commandCode());
        p = AvpValues.putInt(out, p, (int) m.applicationId());
        p = AvpValues.putInt(out, p, m.hopByHop().value());
        return AvpValues.putInt(out, p, m.endToEnd().value());
    }

    /**
     * True when {@code avp}, copied into another message, decodes without an error of its own:
     * no reserved flag bits (3009), data valid for its format (5014, 5004; RFC 6733 §4.2, §4.3),
     * no unknown AVP with the M bit (5001), and for a Grouped AVP every child well formed and
     * filling its data. Grammar rules inside a Grouped AVP are not judged here.
     */
    public static boolean isWellFormed(Avp avp) {
        AvpDefinition def = avp.definition();
        if ((avp.flags() & Avp.FLAG_RESERVED) != 0 || def == null) {
            return (avp.flags() & Avp.FLAG_RESERVED) == 0 && !avp.isMandatory();
        }
        if (ValueChecks.check(def, avp.rawBuffer(), avp.rawOffset(), avp.dataLength()) != 0) {
            return false;
        }
        return def.type() != DataType.GROUPED || childrenFill(avp);
    }

    private static boolean childrenFill(Avp grouped) {
        List<Avp> children = grouped.children();
        if (children == null) {
            return false;
        }
        int filled = 0;
        for (Avp c : children) {
            if (!isWellFormed(c)) {
                return false;
            }
            filled += c.paddedLength();
        }
        // The last child's padding may be left out of the Grouped AVP's length.
        return filled >= grouped.dataLength() && filled - 3 <= grouped.dataLength();
    }

    /** Decodes the readable octets of {@code in} (which is not consumed) into a private copy. */
    public DecodeResult decode(ByteBuf in) {
        byte[] copy = new byte[in.readableBytes()];
        in.getBytes(in.readerIndex(), copy);
        return decodeOwned(copy, false);
    }

    /** Decodes a copy of {@code wire}. */
    public DecodeResult decode(byte[] wire) {
        return decodeOwned(wire.clone(), false);
    }

    /**
     * Checks a message we are about to send as a strict receiver would check it: its octets are
     * decoded with every check incoming messages get (header, flags, values, grammar counts), and
     * in addition every AVP with the M bit must be named by the grammar of its command or Grouped
     * AVP, not only admitted by {@code * [ AVP ]} (RFC 6733 §1.3.4, §4.1: a receiver that does not
     * know the AVP for that command answers 5001). Empty when the message is fit to send. Not on
     * the per-request path: for tests, tools and diagnostics.
     */
    public List<DiameterError> validate(DiameterMessage message) {
        return decodeOwned(encode(message), true).errors();
    }

    /** {@link #validate} for octets already encoded (a frame read off a socket). */
    public DecodeResult decodeStrict(byte[] wire) {
        return decodeOwned(wire.clone(), true);
    }

    private DecodeResult decodeOwned(byte[] b, boolean strict) {
        if (b.length < DiameterMessage.HEADER_LENGTH) {
            return new DecodeResult(null, List.of(new DiameterError(ResultCodes.DIAMETER_INVALID_MESSAGE_LENGTH, null,
                    "only " + b.length + " octets, shorter than the header")));
        }
        AvpDecoder avps = decoders.get();
        avps.reset(b, strict);
        Header h = new Header(b);
        if (h.version != DiameterMessage.VERSION) {
            avps.error(ResultCodes.DIAMETER_UNSUPPORTED_VERSION, null, "version " + h.version);
            return new DecodeResult(h.message(new Avp[0], null), avps.finish());
        }
        int end = checkLength(h.length, b.length, avps);
        CommandDefinition cmd = dictionary.lookupCommand(h.applicationId, h.code, h.flags.request());
        checkHeader(h, cmd, avps);
        Grammar grammar = h.flags.error() && !h.flags.request() ? errorAnswerGrammar
                : cmd == null ? null : cmd.grammar();
        Avp[] list = avps.level(DiameterMessage.HEADER_LENGTH, end, 0, grammar, true);
        return new DecodeResult(h.message(list, cmd), avps.finish());
    }

    /** 5015 when the Message Length disagrees with the octets or is not a multiple of 4. */
    private static int checkLength(int length, int available, AvpDecoder out) {
        if (length != available || (length & 3) != 0) {
            out.error(ResultCodes.DIAMETER_INVALID_MESSAGE_LENGTH, null,
                    "Message Length " + length + " with " + available + " octets received");
        }
        return length < DiameterMessage.HEADER_LENGTH ? available : Math.min(length, available);
    }

    /**
     * Decisions: a request with E set (§3: E is never set on requests) or with P set on a
     * command the dictionary defines without PXY is 3008. A request without P on a proxiable
     * command is accepted (some stacks, jDiameter among them, leave P clear). Answers are not
     * checked: errors in answers are never answered.
     */
    private void checkHeader(Header h, CommandDefinition cmd, AvpDecoder out) {
        if (h.flags.request()) {
            if (h.flags.error()) {
                out.error(ResultCodes.DIAMETER_INVALID_HDR_BITS, null, "E bit set on a request");
            } else if (cmd != null && h.flags.proxiable() && !cmd.proxiable()) {
                out.error(ResultCodes.DIAMETER_INVALID_HDR_BITS, null,
                        "P bit set on " + cmd.name() + ", which is not proxiable");
            }
        }
        if (cmd == null) {
            boolean knownApp = dictionary.isKnownApplication(h.applicationId);
            out.error(knownApp ? ResultCodes.DIAMETER_COMMAND_UNSUPPORTED : ResultCodes.DIAMETER_APPLICATION_UNSUPPORTED,
                    null, (knownApp ? "unknown command " + h.code + (h.flags.request() ? " request" : " answer")
                            + " in application " : "unknown application ") + h.applicationId);
        }
    }

    /** The 20 header octets, read once. */
    private static final class Header {
        final int version;
        final int length;
        final CommandFlags flags;
        final int code;
        final long applicationId;
        final int hopByHop;
        final int endToEnd;

        Header(byte[] b) {
            int w0 = AvpValues.getInt(b, 0);
            int w1 = AvpValues.getInt(b, 4);
            version = w0 >>> 24;
            length = w0 & 0xFF_FFFF;
            flags = CommandFlags.of(w1 >>> 24);
            code = w1 & 0xFF_FFFF;
            applicationId = Integer.toUnsignedLong(AvpValues.getInt(b, 8));
            hopByHop = AvpValues.getInt(b, 12);
            endToEnd = AvpValues.getInt(b, 16);
        }

        DiameterMessage message(Avp[] avps, CommandDefinition cmd) {
            return DiameterMessage.adopt(version, flags, code, applicationId, HopByHopId.of(hopByHop),
                    EndToEndId.of(endToEnd), avps, cmd);
        }
    }
}
