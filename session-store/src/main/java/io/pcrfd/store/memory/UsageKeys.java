package io.pcrfd.store.memory;

/**
 * The owner of a usage entry as a number, when it is a subscriber key of digits
 * ({@code IMSI:001010123456789}, {@code MSISDN:491711234567}: what the Gx service counts usage
 * under, TS 29.212 §4.5.16), so the {@link UsageTable} keeps it in a {@code long} instead of a
 * string of its own per entry. Any other owner ({@code SESSION:<Session-Id>}, an NAI, more than
 * {@value #MAX_DIGITS} digits) has no number (0) and is kept as its text.
 *
 * <p>Layout of the number, never 0 (the digit count is at least 1):
 * <pre>
 *  63  62       61 .. 57       56 .. 0
 * +---+--------+--------------+----------------------------+
 * | 0 | prefix | digit count  | the digits' value (< 10^17) |
 * +---+--------+--------------+----------------------------+
 * </pre>
 * The digit count keeps leading zeros ({@code 001010...}); the number is a function of the
 * owner alone and two owners share one only when they are equal.
 */
final class UsageKeys {
    /** Owner prefixes kept as numbers, by index (as {@code SubscriberId.key()} writes them). */
    private static final String[] PREFIXES = {"IMSI:", "MSISDN:"};
    /** At most this many digits (an IMSI has 15, an MSISDN at most 15, ITU-T E.164 §6). */
    static final int MAX_DIGITS = 17;
    private static final int COUNT_SHIFT = 57;
    private static final int PREFIX_SHIFT = 62;
    private static final long VALUE_MASK = (1L << COUNT_SHIFT) - 1;

    private UsageKeys() {
    }

    /** The owner as a number, or 0 when it is none. */
    static long packedOwner(String owner) {
        for (int p = 0; p < PREFIXES.length; p++) {
            if (owner.startsWith(PREFIXES[p])) {
                return digits(owner, p);
            }
        }
        return 0;
    }

    /** The owner text a number stands for. */
    static String ownerText(long packed) {
        int count = (int) (packed >>> COUNT_SHIFT) & 0x1f;
        String value = Long.toString(packed & VALUE_MASK);
        return PREFIXES[(int) (packed >>> PREFIX_SHIFT)] + "0".repeat(count - value.length()) + value;
    }

    private static long digits(String owner, int prefix) {
        int from = PREFIXES[prefix].length();
        int count = owner.length() - from;
        if (count < 1 || count > MAX_DIGITS) {
            return 0;
        }
        long value = 0;
        for (int i = from; i < owner.length(); i++) {
            char c = owner.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            value = value * 10 + (c - '0');
        }
        return (long) prefix << PREFIX_SHIFT | (long) count << COUNT_SHIFT | value;
    }
}
