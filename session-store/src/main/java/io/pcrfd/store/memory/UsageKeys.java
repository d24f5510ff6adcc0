package io.pcrfd.store.memory;

import io.pcrfd.store.model.UsageKey;

/**
 * The key under which the in-memory usage store keeps an entry. An owner that is a subscriber
 * key of digits ({@code IMSI:001010123456789}, {@code MSISDN:491711234567}: what the Gx service
 * counts usage under, TS 29.212 §4.5.16) is kept as a number, a prefix index and a digit count
 * in one small {@link Digits} key, instead of a {@link UsageKey} holding an owner string of its
 * own: 32 bytes in place of 88 (the key, the string and its bytes), for an entry that lives as
 * long as its retention. Any other owner ({@code SESSION:<Session-Id>}, an NAI) keeps its
 * {@link UsageKey}.
 *
 * <p>The form is a function of the key alone, so a key always maps to the same stored form and
 * the two forms never compare equal to each other. The Monitoring-Key string is kept as given
 * (the Gx service hands over one shared instance per distinct value).
 */
final class UsageKeys {
    /** Owner prefixes kept as numbers, by index (as {@code SubscriberId.key()} writes them). */
    private static final String[] PREFIXES = {"IMSI:", "MSISDN:"};
    /** At most this many digits fit a long whatever they are (an IMSI has 15, an MSISDN 15). */
    static final int MAX_DIGITS = 18;

    /** An owner of {@code PREFIXES[prefix]} and {@code length} digits whose value is {@code digits}. */
    record Digits(long digits, byte prefix, byte length, String monitoringKey) {
    }

    private UsageKeys() {
    }

    /** The stored form of {@code key}: a {@link Digits} when its owner is one, else the key itself. */
    static Object of(UsageKey key) {
        String owner = key.owner();
        for (int p = 0; p < PREFIXES.length; p++) {
            if (owner.startsWith(PREFIXES[p])) {
                return digits(owner, p, key);
            }
        }
        return key;
    }

    /** The {@link UsageKey} a stored form stands for. */
    static UsageKey expand(Object stored) {
        if (stored instanceof Digits d) {
            String number = Long.toString(d.digits());
            String owner = PREFIXES[d.prefix()] + "0".repeat(d.length() - number.length()) + number;
            return new UsageKey(owner, d.monitoringKey());
        }
        return (UsageKey) stored;
    }

    private static Object digits(String owner, int prefix, UsageKey key) {
        int from = PREFIXES[prefix].length();
        int length = owner.length() - from;
        if (length < 1 || length > MAX_DIGITS) {
            return key;
        }
        long value = 0;
        for (int i = from; i < owner.length(); i++) {
            char c = owner.charAt(i);
            if (c < '0' || c > '9') {
                return key;
            }
            value = value * 10 + (c - '0');
        }
        return new Digits(value, (byte) prefix, (byte) length, key.monitoringKey());
    }
}
