package io.pcrfd.diameter.dictionary;

/**
 * What the AVP flag table of a specification says about one flag bit: MUST be set, MAY be
 * set, or MUST NOT be set (RFC 6733 §4.5 table columns).
 */
public enum FlagRule {
    MUST,
    MAY,
    MUST_NOT;

    /** Whether a sender following this rule sets the bit: only when it MUST. */
    public boolean setOnSend() {
        return this == MUST;
    }
}
