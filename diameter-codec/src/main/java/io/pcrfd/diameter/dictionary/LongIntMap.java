package io.pcrfd.diameter.dictionary;

import java.util.Arrays;

/**
 * An immutable-after-build open-addressing map from long keys to non-negative ints. It keeps
 * the per-AVP lookups of the decoder free of boxing and of String hashing.
 */
final class LongIntMap {
    private static final int MISSING = -1;

    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, MISSING);
    }

    /** The value for a key, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            int v = values[i];
            if (v == MISSING) {
                return MISSING;
            }
            if (keys[i] == key) {
                return v;
            }
        }
    }

    /** Stores a value (which must be >= 0), replacing any earlier one. */
    void put(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (values[i] != MISSING && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (values[i] == MISSING) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(values, MISSING);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != MISSING) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E37_79B9_7F4A_7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
