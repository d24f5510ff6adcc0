package io.pcrfd.pcrf.policy;

import java.util.Map;

/** Name/number conversion for the open enumerations written in policy YAML. */
final class CodeNames {
    private CodeNames() {
    }

    static int parse(String text, Map<String, Integer> names, String what) {
        String t = text.trim();
        if (t.matches("\\d{1,9}")) {
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

    static String name(int value, Map<String, Integer> names) {
        for (Map.Entry<String, Integer> e : names.entrySet()) {
            if (e.getValue() == value) {
                return e.getKey() + "(" + value + ")";
            }
        }
        return String.valueOf(value);
    }
}
