package io.pcrfd.pcrf.policy;

import java.util.Map;

/**
 * Name/number conversion for the open enumerations written in policy YAML and kept in session
 * records. Parsing runs on every Gx request (a stored RAT-Type name is read back), so the
 * exact name and the plain number are recognised without a regex or a copied string; only
 * other spellings (case, '-' for '_') fall back to a scan of the names.
 */
final class CodeNames {
    private CodeNames() {
    }

    static int parse(String text, Map<String, Integer> names, String what) {
        String t = text.trim();
        Integer exact = names.get(t);
        if (exact != null) {
            return exact;
        }
        if (isSmallNumber(t)) {
            return Integer.parseInt(t);
        }
        for (Map.Entry<String, Integer> e : names.entrySet()) {
            if (e.getKey().equalsIgnoreCase(t) || e.getKey().replace('-', '_').equalsIgnoreCase(t)) {
                return e.getValue();
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + text + "' (use a name such as "
                + names.keySet().stream().sorted().limit(4).toList() + " or the number)");
    }

    /** Up to 9 ASCII digits: fits an int without overflow. */
    private static boolean isSmallNumber(String t) {
        if (t.isEmpty() || t.length() > 9) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The name alone (the map's own string, so nothing is copied), or the number when unnamed. */
    static String plainName(int value, Map<String, Integer> names) {
        for (Map.Entry<String, Integer> e : names.entrySet()) {
            if (e.getValue() == value) {
                return e.getKey();
            }
        }
        return Integer.toString(value);
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
