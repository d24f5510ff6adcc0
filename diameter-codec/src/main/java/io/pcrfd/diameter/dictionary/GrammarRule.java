package io.pcrfd.diameter.dictionary;

/**
 * One element of a command or grouped AVP grammar (RFC 6733 §3.2 CCF).
 *
 * @param kind     fixed {@code < X >}, required <code>{ X }</code> or optional {@code [ X ]}
 * @param name     the AVP name, or {@code AVP} for the wildcard
 * @param code     the AVP code (0 for the wildcard)
 * @param vendorId the AVP vendor (0 for the wildcard)
 * @param min      minimum occurrences
 * @param max      maximum occurrences, {@link #UNBOUNDED} for none
 */
public record GrammarRule(Kind kind, String name, int code, int vendorId, int min, int max) {
    public static final int UNBOUNDED = Integer.MAX_VALUE;
    /** The name that stands for "any AVP" in a grammar. */
    public static final String WILDCARD = "AVP";

    /** The three bracket forms of RFC 6733 §3.2. */
    public enum Kind { FIXED, REQUIRED, OPTIONAL }

    public boolean isWildcard() {
        return WILDCARD.equals(name);
    }

    @Override
    public String toString() {
        String q = min + "*" + (max == UNBOUNDED ? "" : Integer.toString(max));
        return switch (kind) {
            case FIXED -> q + "<" + name + ">";
            case REQUIRED -> q + "{" + name + "}";
            case OPTIONAL -> q + "[" + name + "]";
        };
    }
}
