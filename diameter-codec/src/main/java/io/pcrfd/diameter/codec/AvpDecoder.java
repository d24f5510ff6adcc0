package io.pcrfd.diameter.codec;

import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.dictionary.DataType;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.dictionary.Grammar;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.AvpValues;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.ResultCodes;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the AVPs of a message level by level (the body, then each Grouped AVP's data) and
 * validates them. The AVP Length field alone says where the next AVP starts, so a bad value
 * never shifts the reading of the next AVP; when the length itself is impossible, the rest of
 * that level cannot be read and is reported once as 5014 (RFC 6733 §7.5).
 *
 * <p>One instance per thread is reused from decode to decode (see {@link DiameterCodec}): its
 * AVP stack and grammar counters are scratch space, so a decode allocates only the message
 * copy, the AVPs and one exactly sized array per level.
 */
final class AvpDecoder {
    /** Deeper Grouped nesting than this is refused (5004) instead of being followed. */
    static final int MAX_DEPTH = 32;
    private static final Avp[] NONE = new Avp[0];
    /** Big-endian words of the AVP header in one load each, not four octet loads. */
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private final Dictionary dictionary;
    private final List<DiameterError> errors = new ArrayList<>();
    private final GrammarCounter counter = new GrammarCounter();
    private Avp[] stack = new Avp[64];
    private int stackTop;
    private int stackHighWater;
    private byte[] b;
    private boolean strict;

    AvpDecoder(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * Starts a decode of {@code message}; {@code strict} adds the sender's rule that an AVP with
     * the M bit is named by its grammar (see {@link GrammarCounter}).
     */
    void reset(byte[] message, boolean strict) {
        this.b = message;
        this.strict = strict;
        errors.clear();
        stackTop = 0;
        counter.reset();
    }

    /** The errors found since {@link #reset}, as an immutable list; drops the message. */
    List<DiameterError> finish() {
        b = null;
        // Let the decoded AVPs go: the scratch stack must not keep a message alive.
        Arrays.fill(stack, 0, stackHighWater, null);
        stackHighWater = 0;
        List<DiameterError> out = errors.isEmpty() ? List.of() : List.copyOf(errors);
        errors.clear();
        return out;
    }

    void error(long resultCode, Avp failed, String text) {
        errors.add(new DiameterError(resultCode, failed, text));
    }

    /**
     * @param grammar  the grammar of this level, or null when unknown (no grammar checks)
     * @param validate false inside opaque content such as Failed-AVP, which is not ours
     */
    Avp[] level(int start, int end, int depth, Grammar grammar, boolean validate) {
        int base = stackTop;
        int counts = validate && grammar != null ? counter.open(grammar) : -1;
        int pos = start;
        while (pos < end) {
            pos = one(pos, end, depth, validate);
            if (pos < 0) {
                break;
            }
            if (counts >= 0) {
                counter.count(grammar, counts, stack[stackTop - 1], strict, this);
            }
        }
        if (counts >= 0) {
            counter.close(grammar, counts, dictionary, this);
        }
        Avp[] out = stackTop == base ? NONE : Arrays.copyOfRange(stack, base, stackTop);
        stackHighWater = Math.max(stackHighWater, stackTop);
        stackTop = base;
        return out;
    }

    private void push(Avp avp) {
        if (stackTop == stack.length) {
            stack = Arrays.copyOf(stack, stack.length * 2);
        }
        stack[stackTop++] = avp;
    }

    /** Reads the AVP at {@code pos} onto the stack; returns where the next one starts, or -1 to stop. */
    private int one(int pos, int end, int depth, boolean validate) {
        if (end - pos < 8) {
            truncatedHeader(pos, end, validate);
            return -1;
        }
        int code = (int) INTS.get(b, pos);
        int flagsAndLength = (int) INTS.get(b, pos + 4);
        byte flags = (byte) (flagsAndLength >>> 24);
        int length = flagsAndLength & 0xFF_FFFF;
        boolean v = (flags & Avp.FLAG_VENDOR) != 0;
        int header = v ? 12 : 8;
        if (length < header || length > end - pos) {
            impossibleLength(pos, end, code, flags, v, validate);
            return -1;
        }
        int vendor = v ? (int) INTS.get(b, pos + 8) : 0;
        AvpDefinition def = dictionary.lookupAvp(code, vendor);
        push(build(code, flags, vendor, pos + header, length - header, def, depth, validate));
        return Math.min(end, pos + ((length + 3) & ~3));
    }

    /**
     * Builds the AVP (and its children); an AVP with a fault in itself or below is marked
     * {@link Avp#isFaulty()}, so that answers do not echo it (a copy only in that rare case).
     */
    private Avp build(int code, byte flags, int vendor, int off, int len, AvpDefinition def, int depth,
                      boolean validate) {
        int errorsBefore = errors.size();
        long bad = def == null ? 0 : ValueChecks.check(def, b, off, len);
        Avp[] children = null;
        if (def != null && def.type() == DataType.GROUPED && depth < MAX_DEPTH) {
            Grammar g = def.grammar();
            children = level(off, off + len, depth + 1, g, validate && !g.isOpaque());
        }
        Avp avp = Avp.adopt(code, flags, vendor, b, off, len, children, def);
        if (validate) {
            report(avp, def, bad, depth);
        }
        return errors.size() == errorsBefore ? avp : avp.asFaulty();
    }

    private void report(Avp avp, AvpDefinition def, long bad, int depth) {
        if ((avp.flags() & Avp.FLAG_RESERVED) != 0) {
            error(ResultCodes.DIAMETER_INVALID_AVP_BITS, avp, "reserved AVP flag bits set in " + avp.name());
        }
        if (def == null) {
            if (avp.isMandatory()) {
                error(ResultCodes.DIAMETER_AVP_UNSUPPORTED, avp, "unknown AVP with the M bit: " + avp.name());
            }
            return;
        }
        if (bad != 0) {
            error(bad, avp, ValueChecks.reason(bad, def, avp.dataLength()) + " in " + def.name());
        } else if (def.type() == DataType.GROUPED && depth >= MAX_DEPTH) {
            error(ResultCodes.DIAMETER_INVALID_AVP_VALUE, avp, "Grouped AVPs nested deeper than " + MAX_DEPTH);
        } else if (def.type() == DataType.GROUPED) {
            BaseRules.check(dictionary, avp, this);
        }
    }

    /** Fewer than 8 octets left: RFC 6733 §7.5 pads the partial header with zeros. */
    private void truncatedHeader(int pos, int end, boolean validate) {
        if (!validate) {
            return;
        }
        byte[] h = new byte[8];
        System.arraycopy(b, pos, h, 0, end - pos);
        int code = AvpValues.getInt(h, 0);
        Avp failed = Avp.adopt(code, (byte) (h[4] & ~Avp.FLAG_VENDOR), 0, h, 0, 0, null, null);
        error(ResultCodes.DIAMETER_INVALID_AVP_LENGTH, failed, "truncated AVP header (" + (end - pos) + " octets)");
    }

    /** The length is below the header or runs past the end: header plus a zero payload (§7.5). */
    private void impossibleLength(int pos, int end, int code, byte flags, boolean v, boolean validate) {
        if (!validate) {
            return;
        }
        int vendor = v && end - pos >= 12 ? AvpValues.getInt(b, pos + 8) : 0;
        AvpDefinition def = dictionary.lookupAvp(code, vendor);
        int min = def == null ? 0 : def.type().minLength();
        byte f = vendor == 0 ? (byte) (flags & ~Avp.FLAG_VENDOR) : flags;
        Avp failed = Avp.adopt(code, f, vendor, new byte[min], 0, min, null, def);
        error(ResultCodes.DIAMETER_INVALID_AVP_LENGTH, failed, "AVP length "
                + (AvpValues.getInt(b, pos + 4) & 0xFF_FFFF) + " impossible for " + failed.name() + " with "
                + (end - pos) + " octets left");
    }
}
