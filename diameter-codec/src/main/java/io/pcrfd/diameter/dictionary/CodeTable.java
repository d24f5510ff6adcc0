package io.pcrfd.diameter.dictionary;

/**
 * A direct-indexed table from AVP code to a small non-negative int (below 65 535) for the two
 * vendors nearly every received AVP has: IETF (vendor 0) and 3GPP (10415). It spares the
 * decoder a hash probe per AVP. Each vendor's array spans the lowest to the highest code it
 * holds; only codes below {@link #LIMIT} are held, so one far-off code cannot blow it up.
 *
 * <p>{@link #get} answers {@link #ABSENT} when the code is inside the span and not held, and
 * {@link #ELSEWHERE} when the table cannot say (another vendor, or a code outside the span):
 * the owner then asks its hash table, which holds every entry.
 */
final class CodeTable {
    /** Codes at or above this stay in the owner's hash table only. */
    static final int LIMIT = 1 << 13;
    static final int ABSENT = -1;
    static final int ELSEWHERE = -2;
    private static final int IETF = 0;
    private static final int THREE_GPP = 10415;
    private static final char[] NONE = new char[0];

    private final int ietfLow;
    private final char[] ietf;
    private final int tgppLow;
    private final char[] tgpp;

    private CodeTable(int ietfLow, char[] ietf, int tgppLow, char[] tgpp) {
        this.ietfLow = ietfLow;
        this.ietf = ietf;
        this.tgppLow = tgppLow;
        this.tgpp = tgpp;
    }

    /**
     * A table of each entry's index {@code i} for {@code (codes[i], vendors[i])}; entries it
     * cannot hold are left out.
     */
    static CodeTable of(int[] codes, int[] vendors) {
        Span ietf = span(codes, vendors, IETF);
        Span tgpp = span(codes, vendors, THREE_GPP);
        return new CodeTable(ietf.low(), ietf.table(), tgpp.low(), tgpp.table());
    }

    /** The index of (code, vendor), {@link #ABSENT}, or {@link #ELSEWHERE}. */
    int get(int code, int vendorId) {
        if (vendorId == IETF) {
            return at(ietf, code - ietfLow);
        }
        return vendorId == THREE_GPP ? at(tgpp, code - tgppLow) : ELSEWHERE;
    }

    private static int at(char[] table, int k) {
        // A code beyond LIMIT is negative here or past the end: both fall to the hash table.
        return k >= 0 && k < table.length ? table[k] - 1 : ELSEWHERE;
    }

    /** Whether the table of {@code vendor} holds this entry (every entry of the vendor must fit, else none is held). */
    private static boolean held(int code, int vendor, int wanted) {
        return vendor == wanted && code >= 0 && code < LIMIT;
    }

    /** The lowest code {@code vendor}'s array holds (its offset) and the array. */
    private record Span(int low, char[] table) {
    }

    private static Span span(int[] codes, int[] vendors, int vendor) {
        int low = LIMIT;
        int high = -1;
        for (int i = 0; i < codes.length; i++) {
            if (held(codes[i], vendors[i], vendor)) {
                low = Math.min(low, codes[i]);
                high = Math.max(high, codes[i]);
            }
        }
        if (high < 0 || codes.length >= Character.MAX_VALUE) {
            return new Span(LIMIT, NONE);
        }
        char[] t = new char[high - low + 1];
        for (int i = 0; i < codes.length; i++) {
            if (held(codes[i], vendors[i], vendor)) {
                t[codes[i] - low] = (char) (i + 1);
            }
        }
        return new Span(low, t);
    }
}
