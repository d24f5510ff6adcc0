package io.pcrfd.diameter.codec;

import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.dictionary.Grammar;
import io.pcrfd.diameter.dictionary.GrammarRule;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.ResultCodes;
import java.util.List;

/**
 * Counts the AVPs of one level against a grammar (RFC 6733 §3.2): 5008 for an AVP the grammar
 * does not allow, 5009 for the first occurrence beyond the maximum, 5005 for each rule below its
 * minimum, with an example AVP (zero-filled data of the format's minimum length, §7.5).
 *
 * <p>Decisions: fixed-position rules ({@code < Session-Id >}) are counted like required ones
 * and their position is not enforced, because several deployed stacks put Session-Id later and
 * refusing them buys nothing. An unknown AVP without the M bit is ignored by grammars without
 * {@code * [ AVP ]} (§4.1 lets a receiver ignore it); with the M bit it was reported as 5001.
 */
final class GrammarCounter {
    private final Grammar grammar;
    private final int[] counts;

    GrammarCounter(Grammar grammar) {
        this.grammar = grammar;
        this.counts = new int[grammar.size()];
    }

    void count(Avp avp, List<DiameterError> errors) {
        int i = grammar.ruleIndex(avp.code(), avp.vendorId());
        if (i < 0) {
            if (avp.definition() != null) {
                errors.add(new DiameterError(ResultCodes.DIAMETER_AVP_NOT_ALLOWED, avp,
                        avp.name() + " is not allowed here"));
            }
            return;
        }
        int n = ++counts[i];
        GrammarRule rule = grammar.rule(i);
        if (n == rule.max() + 1L && !rule.isWildcard()) {
            errors.add(new DiameterError(ResultCodes.DIAMETER_AVP_OCCURS_TOO_MANY_TIMES, avp,
                    avp.name() + " occurs more than " + rule.max() + " times"));
        }
    }

    void missing(Dictionary dictionary, List<DiameterError> errors) {
        for (int i = 0; i < counts.length; i++) {
            GrammarRule rule = grammar.rule(i);
            if (counts[i] < rule.min() && !rule.isWildcard()) {
                AvpDefinition def = dictionary.lookupAvp(rule.code(), rule.vendorId());
                int len = def.type().minLength();
                Avp example = Avp.wrap(def.code(), def.sendFlags(), def.vendorId(), new byte[len], 0, len, null, def);
                errors.add(new DiameterError(ResultCodes.DIAMETER_MISSING_AVP, example, "missing " + rule));
            }
        }
    }
}
