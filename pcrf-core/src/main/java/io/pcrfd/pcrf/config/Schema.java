package io.pcrfd.pcrf.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * Reflection over the configuration records: their components, their defaults and the
 * generic element types of lists and maps. Shared by {@link RecordBinder} and
 * {@link EnvOverrides} so both walk the same schema.
 */
final class Schema {
    private Schema() {
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported configuration type " + type);
    }

    static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalStateException("raw collection type " + type + " in a configuration record");
    }

    /** The record's static {@code defaults()}, or an instance with empty values. */
    static Object defaultsOf(Class<?> type) {
        try {
            Method m = type.getDeclaredMethod("defaults");
            if (Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type) {
                m.setAccessible(true);
                return m.invoke(null);
            }
        } catch (NoSuchMethodException e) {
            return emptyInstance(type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("defaults() of " + type.getName() + " failed", e);
        }
        return emptyInstance(type);
    }

    private static Object emptyInstance(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = emptyValue(components[i].getType());
        }
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(componentTypes(components));
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build an empty " + type.getName(), e);
        }
    }

    private static Object emptyValue(Class<?> type) {
        if (type == List.class) {
            return List.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }

    static Class<?>[] componentTypes(RecordComponent[] components) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        return types;
    }

    static Object componentValue(Object record, RecordComponent c) {
        if (record == null) {
            return null;
        }
        try {
            Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    static RecordComponent component(RecordComponent[] components, String name) {
        for (RecordComponent c : components) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** The component name within edit distance 2 of {@code key}, to suggest a fix for a typo. */
    static String closest(RecordComponent[] components, String key) {
        String best = null;
        int bestDistance = 3;
        for (RecordComponent c : components) {
            int d = distance(c.getName().toLowerCase(), key.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = c.getName();
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** {@code originHost} becomes {@code ORIGIN_HOST}: the environment variable spelling. */
    static String upperSnake(String camel) {
        StringBuilder sb = new StringBuilder();
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                sb.append('_');
            }
            sb.append(Character.toUpperCase(ch));
        }
        return sb.toString();
    }
}
