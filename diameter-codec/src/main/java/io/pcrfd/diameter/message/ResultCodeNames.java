package io.pcrfd.diameter.message;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * The names of {@link ResultCodes}, read once from its constants so the two cannot drift.
 */
final class ResultCodeNames {
    static final Map<Long, String> NAMES = read();

    private ResultCodeNames() {
    }

    private static Map<Long, String> read() {
        Map<Long, String> names = new HashMap<>();
        for (Field f : ResultCodes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == long.class) {
                try {
                    names.put(f.getLong(null), f.getName());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("public constant not readable: " + f, e);
                }
            }
        }
        return Map.copyOf(names);
    }
}
