package io.pcrfd.diameter.codec;

import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.dictionary.DataType;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.dictionary.Grammar;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.AvpValues;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.ResultCodes;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one level of AVPs (the message body or a Grouped AVP's data) and validates it, for
 * one decode call. The AVP Length field alone says where the next AVP starts, so a bad value
 * never shifts the reading of the next AVP; when the length itself is impossible, the rest of
 * that level cannot be read and is reported once as 5014 (RFC 6733 §7.5).
 */
final class AvpDecoder {
    /** Deeper Grouped nesting than this is refused (5004) instead of being followed. */
    static final int MAX_DEPTH = 32;

    private final Dictionary dictionary;
    private final byte[] b;
    final List<DiameterError> errors = new ArrayList<>(2);

    AvpDecoder(Dictionary dictionary, byte[] b) {
        this.dictionary = dictionary;
        this.b = b;
    }

    /**
     * @param grammar  the grammar of this level, or null when unknown (no grammar checks)
     * @param validate false inside opaque content such as Failed-AVP, which is not ours
     */
    List<Avp> level(int start, int end, int depth, Grammar grammar, boolean validate) {
        List<Avp> out = new ArrayList<>();
        GrammarCounter counter = validate && grammar != null ? new GrammarCounter(grammar) : null;
        int pos = start;
        while (pos < end) {
            int next = one(pos, end, depth, out, validate);
            if (next < 0) {
                break;
            }
            if (counter != null) {
                counter.count(out.get(out.size() - 1), errors);
            }
            pos = next;
        }
        if (counter != null) {
            counter.missing(dictionary, errors);
        }
        return out;
    }

    /** Reads the AVP at {@code pos}; returns where the next one starts, or -1 to stop the level. */
    private int one(int pos, int end, int depth, List<Avp> out, boolean validate) {
        if (end - pos < 8) {
            truncatedHeader(pos, end, validate);
            return -1;
        }
        int code = AvpValues.getInt(b, pos);
        byte flags = b[pos + 4];
        int length = AvpValues.getInt(b, pos + 4) & 0xFF_FFFF;
        boolean v = (flags & Avp.FLAG_VENDOR) != 0;
        int header = v ? 12 : 8;
        if (length < header || length > end - pos) {
            impossibleLength(pos, end, code, flags, v, validate);
            return -1;
        }
        int vendor = v ? AvpValues.getInt(b, pos + 8) : 0;
        AvpDefinition def = dictionary.lookupAvp(code, vendor);
        Avp avp = build(code, flags, vendor, pos + header, length - header, def, depth, validate);
        out.add(avp);
        return Math.min(end, pos + ((length + 3) & ~3));
    }

    private Avp build(int code, byte flags, int vendor, int off, int len, AvpDefinition def, int depth,
                      boolean validate) {
        long bad = 0;
        if (def != null) {
            bad = ValueChecks.check(def.type(), b, off, len);
        }
        List<Avp> children = null;
        if (def != null && def.type() == DataType.GROUPED && depth < MAX_DEPTH) {
            Grammar g = def.grammar();
            children = level(off, off + len, depth + 1, g, validate && !g.isOpaque());
        }
        Avp avp = Avp.wrap(code, flags, vendor, b, off, len, children, def);
        if (validate) {
            report(avp, def, bad, depth);
        }
        return avp;
    }

    private void report(Avp avp, AvpDefinition def, long bad, int depth) {
        if ((avp.flags() & Avp.FLAG_RESERVED) != 0) {
            add(ResultCodes.DIAMETER_INVALID_AVP_BITS, avp, "reserved AVP flag bits set in " + avp.name());
        }
        if (def == null) {
            if (avp.isMandatory()) {
                add(ResultCodes.DIAMETER_AVP_UNSUPPORTED, avp, "unknown AVP with the M bit: " + avp.name());
            }
            return;
        }
        if (bad != 0) {
            add(bad, avp, ValueChecks.reason(bad, def.type(), avp.dataLength()) + " in " + def.name());
        } else if (def.type() == DataType.GROUPED && depth >= MAX_DEPTH) {
            add(ResultCodes.DIAMETER_INVALID_AVP_VALUE, avp, "Grouped AVPs nested deeper than " + MAX_DEPTH);
        } else if (def.type() == DataType.GROUPED) {
            BaseRules.check(dictionary, avp, errors);
        }
    }

    private void add(long code, Avp failed, String text) {
        errors.add(new DiameterError(code, failed, text));
    }

    /** Fewer than 8 octets left: RFC 6733 §7.5 pads the partial header with zeros. */
    private void truncatedHeader(int pos, int end, boolean validate) {
        if (!validate) {
            return;
        }
        byte[] h = new byte[8];
        System.arraycopy(b, pos, h, 0, end - pos);
        int code = AvpValues.getInt(h, 0);
        Avp failed = Avp.wrap(code, (byte) (h[4] & ~Avp.FLAG_VENDOR), 0, new byte[0], 0, 0, null, null);
        add(ResultCodes.DIAMETER_INVALID_AVP_LENGTH, failed, "truncated AVP header (" + (end - pos) + " octets)");
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
        Avp failed = Avp.wrap(code, f, vendor, new byte[min], 0, min, null, def);
        add(ResultCodes.DIAMETER_INVALID_AVP_LENGTH, failed, "AVP length " + (AvpValues.getInt(b, pos + 4) & 0xFF_FFFF)
                + " impossible for " + failed.name() + " with " + (end - pos) + " octets left");
    }
}
