package io.pcrfd.diameter.message;

import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.Dictionary;
import java.util.ArrayList;
import java.util.List;

/**
 * A typed view of one level of AVPs (a message's top level, or a Grouped AVP's children),
 * read in one pass: each AVP is sorted into the slot of the handle that names it, so every
 * later question ({@link #first}, {@link #count}, {@link #all}) is an array read instead of a
 * scan of the list, and nothing is copied for an AVP that occurs once.
 *
 * <p>The handles an application reads are fixed, so their slots are laid out once per
 * dictionary ({@link Layout}, immutable and shared between threads); a view costs one small
 * array per message. A handle's identity is its (code, vendor), as {@link AvpKey#matches} has
 * it; an operator-moved AVP ({@link AvpKey#movable()}) is found where the dictionary moved it.
 * AVPs of no slot are skipped; they stay in the message, which the view never changes.
 */
public final class AvpView {
    private final Layout layout;
    private final Avp[] source;
    private final Avp[] first;
    /** Bit {@code s}: slot s has an AVP. In bits rather than a count array: one allocation less per view. */
    private long present;
    /** Bit {@code s}: slot s has more than one AVP (counted by a scan when asked). */
    private long repeated;
    /**
     * The slot after the one last asked for: readers ask for the handles mostly in the order
     * the layout lists them, so the next question usually names this slot and is answered by
     * one comparison instead of a scan of the layout's keys.
     */
    private int next;

    private AvpView(Layout layout, Avp[] source) {
        this.layout = layout;
        this.source = source;
        this.first = new Avp[layout.keys.length];
        for (Avp a : source) {
            int slot = layout.slot(a.code(), a.vendorId());
            if (slot >= 0) {
                long bit = 1L << slot;
                if ((present & bit) == 0) {
                    present |= bit;
                    first[slot] = a;
                } else {
                    repeated |= bit;
                }
            }
        }
    }

    /** The first AVP {@code key} names, or null. */
    public Avp first(AvpKey key) {
        return first[slotOf(key)];
    }

    /** How many AVPs {@code key} names (saturated at 127). */
    public int count(AvpKey key) {
        int slot = slotOf(key);
        long bit = 1L << slot;
        if ((repeated & bit) == 0) {
            return (present & bit) == 0 ? 0 : 1;
        }
        int n = 0;
        for (Avp a : source) {
            if (n < Byte.MAX_VALUE && layout.slot(a.code(), a.vendorId()) == slot) {
                n++;
            }
        }
        return n;
    }

    /** Every AVP {@code key} names, in order; an empty or one-element list without a scan. */
    public List<Avp> all(AvpKey key) {
        int slot = slotOf(key);
        long bit = 1L << slot;
        if ((repeated & bit) != 0) {
            return scan(slot);
        }
        return (present & bit) == 0 ? List.of() : List.of(first[slot]);
    }

    private int slotOf(AvpKey key) {
        int s = next;
        AvpKey[] keys = layout.keys;
        int slot = s < keys.length && keys[s] == key ? s : layout.slotOf(key);
        next = slot + 1;
        return slot;
    }

    private List<Avp> scan(int slot) {
        List<Avp> out = new ArrayList<>(4); // more than one: usually two (an IMSI and an MSISDN)
        for (Avp a : source) {
            if (layout.slot(a.code(), a.vendorId()) == slot) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * The slots of a fixed set of handles in one dictionary: an open-addressing table from
     * (code, vendor) to slot. Immutable; build it once per application and dictionary.
     */
    public static final class Layout {
        /** A view keeps which slots are filled in the bits of a long. */
        public static final int MAX_KEYS = 64;
        /**
         * IETF and 3GPP codes below this are found by one load from a table indexed by code (a
         * few KiB per layout) instead of a hash probe; nearly every AVP of a 3GPP application
         * has such a code. Others go through the hash table.
         */
        private static final int DIRECT_CODES = 4096;
        private static final int VENDOR_3GPP = 10415;
        private final AvpKey[] keys;
        private final int[] codes;
        private final int[] vendors;
        private final int[] table;
        /** Slot + 1 (0: none) by code, for the keys of vendor 0 below {@link #DIRECT_CODES}. */
        private final byte[] ietf;
        /** The same for the keys of the 3GPP vendor id. */
        private final byte[] tgpp;

        private Layout(AvpKey[] keys, int[] codes, int[] vendors) {
            this.keys = keys;
            this.codes = codes;
            this.vendors = vendors;
            this.ietf = direct(codes, vendors, 0);
            this.tgpp = direct(codes, vendors, VENDOR_3GPP);
            this.table = new int[Integer.highestOneBit(Math.max(4, keys.length * 4) - 1) << 1];
            java.util.Arrays.fill(table, -1);
            for (int i = 0; i < keys.length; i++) {
                int t = home(codes[i], vendors[i]);
                while (table[t] >= 0) {
                    t = (t + 1) & (table.length - 1);
                }
                table[t] = i;
            }
        }

        /**
         * The layout of {@code keys}; a movable key takes the identity {@code dictionary} gives it.
         *
         * @throws IllegalArgumentException when two keys have one identity, the dictionary
         *                                  lacks a movable key, or there are more than
         *                                  {@value #MAX_KEYS} keys
         */
        public static Layout of(Dictionary dictionary, AvpKey... keys) {
            if (keys.length > MAX_KEYS) {
                throw new IllegalArgumentException(keys.length + " keys in a layout, at most " + MAX_KEYS);
            }
            int[] codes = new int[keys.length];
            int[] vendors = new int[keys.length];
            for (int i = 0; i < keys.length; i++) {
                AvpDefinition d = keys[i].movable() ? dictionary.definition(keys[i]) : null;
                int code = d == null ? keys[i].code() : d.code();
                int vendor = d == null ? keys[i].vendorId() : d.vendorId();
                for (int j = 0; j < i; j++) {
                    if (codes[j] == code && vendors[j] == vendor) {
                        throw new IllegalArgumentException(keys[i].name() + " shares its identity in the layout");
                    }
                }
                codes[i] = code;
                vendors[i] = vendor;
            }
            return new Layout(keys.clone(), codes, vendors);
        }

        /** The view of a message's top-level AVPs. */
        public AvpView view(DiameterMessage m) {
            return new AvpView(this, m.avpArray());
        }

        /** The view of a Grouped AVP's children (none for an AVP that is not a known Grouped). */
        public AvpView view(Avp grouped) {
            return new AvpView(this, grouped.childArray());
        }

        private int home(int code, int vendor) {
            return ((code * 0x9E3779B9) ^ (vendor * 0x85EBCA6B)) >>> 16 & (table.length - 1);
        }

        private static byte[] direct(int[] codes, int[] vendors, int vendor) {
            int n = 0;
            for (int i = 0; i < codes.length; i++) {
                if (vendors[i] == vendor && Integer.compareUnsigned(codes[i], DIRECT_CODES) < 0) {
                    n = Math.max(n, codes[i] + 1);
                }
            }
            byte[] d = new byte[n];
            for (int i = 0; i < codes.length; i++) {
                if (vendors[i] == vendor && Integer.compareUnsigned(codes[i], DIRECT_CODES) < 0) {
                    d[codes[i]] = (byte) (i + 1);
                }
            }
            return d;
        }

        int slot(int code, int vendor) {
            byte[] d = vendor == 0 ? ietf : vendor == VENDOR_3GPP ? tgpp : null;
            if (d != null && Integer.compareUnsigned(code, DIRECT_CODES) < 0) {
                // every key of this vendor below DIRECT_CODES is in d, so a code past its end names none
                return code < d.length ? d[code] - 1 : -1;
            }
            return hashed(code, vendor);
        }

        private int hashed(int code, int vendor) {
            for (int t = home(code, vendor); ; t = (t + 1) & (table.length - 1)) {
                int s = table[t];
                if (s < 0 || (codes[s] == code && vendors[s] == vendor)) {
                    return s;
                }
            }
        }

        int slotOf(AvpKey key) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == key) {
                    return i;
                }
            }
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(key)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(key.name() + " is not in this layout");
        }
    }
}
