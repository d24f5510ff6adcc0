package io.pcrfd.pcrf.policy;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.Dictionary;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Name/number conversion for the open enumerations written in policy YAML and kept in session
 * records. Parsing runs on every Gx request (a stored RAT-Type name is read back), so the
 * exact name and the plain number are recognised without a regex or a copied string; only
 * other spellings (case, '-' for '_') fall back to a scan of the names. Every Integer32 is a
 * value, named or not, negative included: what {@link Plain#nameOf} writes, {@link #parse} reads
 * back, so a session that arrived with an unnamed value can always be decided again and ended.
 */
final class CodeNames {
    private static final long NOT_A_NUMBER = Long.MIN_VALUE;

    private CodeNames() {
    }

    /** The dictionary's names of an Enumerated AVP's values (sorted; the spec's spelling). */
    static Map<String, Integer> dictionaryNames(AvpKey.Enumerated avp) {
        return Collections.unmodifiableMap(new TreeMap<>(Dictionary.standard().definition(avp).enumValues().asMap()));
    }

    static int parse(String text, Map<String, Integer> names, String what) {
        String t = text.trim();
        Integer exact = names.get(t);
        if (exact != null) {
            return exact;
        }
        long number = int32(t);
        if (number != NOT_A_NUMBER) {
            return (int) number;
        }
        for (Map.Entry<String, Integer> e : names.entrySet()) {
            if (e.getKey().equalsIgnoreCase(t) || e.getKey().replace('-', '_').equalsIgnoreCase(t)) {
                return e.getValue();
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + text + "' (use a name such as "
                + names.keySet().stream().sorted().limit(4).toList() + " or the number)");
    }

    /**
     * An optional '-' and 1-10 ASCII digits within the Integer32 range (RFC 6733 §4.3.1: an
     * Enumerated is an Integer32, so every such value can arrive and be stored), else
     * {@link #NOT_A_NUMBER}; no exception, since names are tried first and this runs per request.
     */
    private static long int32(String t) {
        int start = t.startsWith("-") ? 1 : 0;
        if (t.length() == start || t.length() - start > 10) {
            return NOT_A_NUMBER;
        }
        long v = 0;
        for (int i = start; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_A_NUMBER;
            }
            v = v * 10 + (c - '0');
        }
        v = start == 1 ? -v : v;
        return v < Integer.MIN_VALUE || v > Integer.MAX_VALUE ? NOT_A_NUMBER : v;
    }

    /**
     * The plain name of each value as a table: the first name of the value in the map's order,
     * looked up by binary search (no iterator: session records are written with it per request).
     * The last value asked and its name are kept beside the table: a node mostly sees one
     * RAT-Type and one IP-CAN-Type, so the usual question is answered by one comparison. The
     * pair is immutable and published through a plain field (its fields are final, so a reader
     * sees it whole or an older one; a lost update only costs a search).
     */
    static final class Plain {
        private final int[] values;
        private final String[] names;
        private Named last;

        private record Named(int value, String name) {
        }

        private Plain(int[] values, String[] names) {
            this.values = values;
            this.names = names;
        }

        static Plain of(Map<String, Integer> names) {
            TreeMap<Integer, String> first = new TreeMap<>();
            names.forEach((name, value) -> first.putIfAbsent(value, name));
            return new Plain(first.keySet().stream().mapToInt(Integer::intValue).toArray(),
                    first.values().toArray(String[]::new));
        }

        /** The name alone (the map's own string), or the number when unnamed. */
        String nameOf(int value) {
            Named l = last;
            if (l != null && l.value == value) {
                return l.name;
            }
            int i = java.util.Arrays.binarySearch(values, value);
            if (i < 0) {
                return Integer.toString(value);
            }
            last = new Named(value, names[i]);
            return names[i];
        }
    }

    static String name(int value, Map<String, Integer> names) {
        for (Map.Entry<String, Integer> e : names.entrySet()) {
            if (e.getValue() == value) {
                return e.getKey() + "(" + value + ")";
            }
        }
        return String.valueOf(value);
    }
}
