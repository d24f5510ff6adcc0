package io.pcrfd.diameter.dictionary;

import java.util.List;

/**
 * The AVP grammar of a command or of a Grouped AVP: an ordered list of {@link GrammarRule}s
 * and an index from AVP identity to rule, so the validator finds the rule of an AVP without a
 * String lookup: a direct-indexed {@link CodeTable} for the IETF and 3GPP rules (what the
 * decoder asks once per AVP), a hash table for every rule.
 */
public final class Grammar {
    /** The grammar {@code * [ AVP ]}: anything goes. Used for Grouped AVPs without a definition. */
    public static final Grammar ANY = new Grammar(List.of(
            new GrammarRule(GrammarRule.Kind.OPTIONAL, GrammarRule.WILDCARD, 0, 0, 0, GrammarRule.UNBOUNDED)));

    private final List<GrammarRule> rules;
    private final LongIntMap index;
    private final CodeTable direct;
    private final int wildcard;
    private final int[] max;
    private final int[] required;
    private final int[] requiredMin;
    private final boolean opaque;

    public Grammar(List<GrammarRule> rules) {
        this.rules = List.copyOf(rules);
        this.index = new LongIntMap(rules.size());
        int any = -1;
        for (int i = 0; i < this.rules.size(); i++) {
            GrammarRule r = this.rules.get(i);
            if (r.isWildcard()) {
                any = i;
            } else {
                index.put(AvpDefinition.key(r.code(), r.vendorId()), i);
            }
        }
        this.wildcard = any;
        this.direct = codeTable(this.rules);
        this.opaque = this.rules.size() == 1 && wildcard == 0 && this.rules.get(0).kind() == GrammarRule.Kind.REQUIRED;
        this.max = new int[this.rules.size()];
        int[] req = new int[this.rules.size()];
        int n = 0;
        for (int i = 0; i < max.length; i++) {
            GrammarRule r = this.rules.get(i);
            max[i] = r.isWildcard() ? GrammarRule.UNBOUNDED : r.max();
            if (r.min() > 0 && !r.isWildcard()) {
                req[n++] = i;
            }
        }
        this.required = java.util.Arrays.copyOf(req, n);
        this.requiredMin = new int[n];
        for (int k = 0; k < n; k++) {
            requiredMin[k] = this.rules.get(required[k]).min();
        }
    }

    /** The maximum occurrences of rule {@code i} (unbounded for the wildcard). */
    public int max(int i) {
        return max[i];
    }

    /** How many named rules have a minimum above zero. */
    public int requiredCount() {
        return required.length;
    }

    /** The rule index of the {@code k}-th named rule with a minimum above zero. */
    public int requiredRule(int k) {
        return required[k];
    }

    /** The minimum occurrences of the {@code k}-th named rule with a minimum above zero. */
    public int requiredMin(int k) {
        return requiredMin[k];
    }

    public List<GrammarRule> rules() {
        return rules;
    }

    /** Index of the rule naming this AVP, else of the wildcard rule, else -1 (not allowed). */
    public int ruleIndex(int code, int vendorId) {
        int i = namedRuleIndex(code, vendorId);
        return i >= 0 ? i : wildcard;
    }

    /** Index of the rule naming exactly this AVP (not the wildcard), or -1. */
    public int namedRuleIndex(int code, int vendorId) {
        int i = direct.get(code, vendorId);
        return i != CodeTable.ELSEWHERE ? i : index.get(AvpDefinition.key(code, vendorId));
    }

    private static CodeTable codeTable(List<GrammarRule> rules) {
        int[] codes = new int[rules.size()];
        int[] vendors = new int[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            GrammarRule r = rules.get(i);
            // The wildcard names no AVP: a vendor no table holds keeps it out.
            codes[i] = r.code();
            vendors[i] = r.isWildcard() ? -1 : r.vendorId();
        }
        return CodeTable.of(codes, vendors);
    }

    /** Whether {@code * [ AVP ]} (or another wildcard rule) lets unlisted AVPs in. */
    public boolean allowsAnyAvp() {
        return wildcard >= 0;
    }

    /**
     * True for grammars made only of a wildcard with a minimum, like Failed-AVP's
     * {@code 1* { AVP }}: their content is other messages' AVPs, echoed back, and is not
     * validated as if it were ours.
     */
    public boolean isOpaque() {
        return opaque;
    }

    public int size() {
        return rules.size();
    }

    public GrammarRule rule(int i) {
        return rules.get(i);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grammar g && g.rules.equals(rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }

    @Override
    public String toString() {
        return rules.toString();
    }
}
