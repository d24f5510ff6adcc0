package io.pcrfd.diameter.codec;

import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.dictionary.Grammar;
import io.pcrfd.diameter.dictionary.GrammarRule;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.ResultCodes;
import java.util.Arrays;

/**
 * Counts the AVPs of each open level against its grammar (RFC 6733 §3.2): 5008 for an AVP the
 * grammar does not allow, 5009 for the first occurrence beyond the maximum, 5005 for each rule
 * below its minimum, with an example AVP (zero-filled data of the format's minimum length,
 * §7.5). The counters of nested levels sit on one reusable stack: a level opens a frame of one
 * counter per rule and closes it when done.
 *
 * <p>Decisions: fixed-position rules ({@code < Session-Id >}) are counted like required ones
 * and their position is not enforced, because several deployed stacks put Session-Id later and
 * refusing them buys nothing. An unknown AVP without the M bit is ignored by grammars without
 * {@code * [ AVP ]} (§4.1 lets a receiver ignore it); with the M bit it was reported as 5001.
 *
 * <p>Strict mode (what we send, {@link DiameterCodec#validate}): a known AVP with the M bit that
 * only the {@code * [ AVP ]} wildcard admits is 5001 DIAMETER_AVP_UNSUPPORTED, because RFC 6733
 * §1.3.4 lets a command (or a Grouped AVP) gain AVPs through {@code * [ AVP ]} only with the M
 * bit clear, and a receiver that does not list the AVP for this command rejects it under §4.1.
 * Received messages are not held to it (lenient receive; several deployed stacks add such AVPs).
 */
final class GrammarCounter {
    private int[] counts = new int[256];
    private int top;

    /** Frames are closed by {@link #close}; a reset only forgets an unfinished decode. */
    void reset() {
        top = 0;
    }

    /** Opens a frame for a level; returns its handle. */
    int open(Grammar grammar) {
        int base = top;
        int n = grammar.size();
        if (base + n > counts.length) {
            counts = Arrays.copyOf(counts, Math.max(counts.length * 2, base + n));
        }
        Arrays.fill(counts, base, base + n, 0);
        top = base + n;
        return base;
    }

    /** Counts {@code avp} in the frame {@code base} that {@link #open} gave for {@code grammar}. */
    void count(Grammar grammar, int base, Avp avp, boolean strict, AvpDecoder out) {
        int i = grammar.ruleIndex(avp.code(), avp.vendorId());
        if (i < 0) {
            if (avp.definition() != null) {
                out.error(ResultCodes.DIAMETER_AVP_NOT_ALLOWED, avp, avp.name() + " is not allowed here");
            }
            return;
        }
        if (strict && avp.isMandatory() && avp.definition() != null && grammar.rule(i).isWildcard()) {
            out.error(ResultCodes.DIAMETER_AVP_UNSUPPORTED, avp, avp.name()
                    + " has the M bit but its grammar does not name it (RFC 6733 §1.3.4: * [ AVP ] admits only M-clear AVPs)");
        }
        int n = ++counts[base + i];
        int max = grammar.max(i);
        if (n == max + 1L) {
            out.error(ResultCodes.DIAMETER_AVP_OCCURS_TOO_MANY_TIMES, avp,
                    avp.name() + " occurs more than " + max + " times");
        }
    }

    /** Reports missing AVPs of the innermost frame, opened for {@code grammar}, and closes it. */
    void close(Grammar grammar, int base, Dictionary dictionary, AvpDecoder out) {
        for (int k = 0; k < grammar.requiredCount(); k++) {
            int i = grammar.requiredRule(k);
            if (counts[base + i] < grammar.requiredMin(k)) {
                GrammarRule rule = grammar.rule(i);
                AvpDefinition def = dictionary.lookupAvp(rule.code(), rule.vendorId());
                int len = def.type().minLength();
                Avp example = Avp.adopt(def.code(), def.sendFlags(), def.vendorId(), new byte[len], 0, len, null, def);
                out.error(ResultCodes.DIAMETER_MISSING_AVP, example, "missing " + rule);
            }
        }
        top = base;
    }
}
