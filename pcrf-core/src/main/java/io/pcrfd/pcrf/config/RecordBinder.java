package io.pcrfd.pcrf.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a YAML tree onto immutable records, strictly, reporting every mistake with the dotted
 * path of the key. Why not plain Jackson databind: Jackson cannot tell an absent key from a
 * zero, reports type errors in Java terms, and has no notion of "the default record this file
 * overlays". Here a mapping overlays the type's defaults (its static {@code defaults()}
 * method, or an empty instance), lists replace lists, and each value is converted by
 * {@link ScalarConverter}. Impossible values are refused by the records' own constructors
 * ({@link InvalidValueException}) and reported here with the record's path.
 */
public final class RecordBinder {
    private RecordBinder() {
    }

    /** Binds {@code node} (a mapping, or null for "all defaults") as {@code type} at {@code path}. */
    public static <T extends Record> T bind(JsonNode node, Class<T> type, String path) {
        return type.cast(bindRecord(node, type, Schema.defaultsOf(type), path));
    }

    static Object bindValue(JsonNode node, Type type, Object fallback, String path) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return fallback;
        }
        Class<?> raw = Schema.raw(type);
        if (raw == List.class) {
            return bindList(node, Schema.typeArgument(type, 0), path);
        }
        if (raw == Map.class) {
            return bindMap(node, Schema.typeArgument(type, 1), path);
        }
        if (raw.isRecord() && !ScalarConverter.hasParser(raw)) {
            Object base = fallback != null ? fallback : Schema.defaultsOf(raw);
            return bindRecord(node, raw, base, path);
        }
        return ScalarConverter.convert(node, raw, path);
    }

    private static Object bindRecord(JsonNode node, Class<?> type, Object base, String path) {
        if (node == null || node.isNull()) {
            return base;
        }
        if (!node.isObject()) {
            throw new ConfigException(path, "expected a mapping of keys, got " + describe(node));
        }
        RecordComponent[] components = type.getRecordComponents();
        rejectUnknownKeys(node, components, path);
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            JsonNode child = node.get(c.getName());
            String childPath = join(path, c.getName());
            Object fallback = Schema.componentValue(base, c);
            if (c.isAnnotationPresent(Required.class) && absent(child) && fallback == null) {
                throw new ConfigException(childPath, "missing required key");
            }
            args[i] = bindValue(child, c.getGenericType(), fallback, childPath);
        }
        return construct(type, components, args, path);
    }

    private static List<Object> bindList(JsonNode node, Type element, String path) {
        if (!node.isArray()) {
            throw new ConfigException(path, "expected a list, got " + describe(node));
        }
        List<Object> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            Class<?> raw = Schema.raw(element);
            Object base = raw.isRecord() && !ScalarConverter.hasParser(raw) ? Schema.defaultsOf(raw) : null;
            Object value = bindValue(node.get(i), element, base, path + "[" + i + "]");
            if (value == null) {
                throw new ConfigException(path + "[" + i + "]", "empty list entry");
            }
            out.add(value);
        }
        return Collections.unmodifiableList(out);
    }

    private static Map<String, Object> bindMap(JsonNode node, Type value, String path) {
        if (!node.isObject()) {
            throw new ConfigException(path, "expected a mapping, got " + describe(node));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Class<?> raw = Schema.raw(value);
            Object base = raw.isRecord() && !ScalarConverter.hasParser(raw) ? Schema.defaultsOf(raw) : null;
            String childPath = join(path, e.getKey());
            Object v = bindValue(e.getValue(), value, base, childPath);
            if (v == null) {
                throw new ConfigException(childPath, "empty value");
            }
            out.put(e.getKey(), v);
        }
        return Collections.unmodifiableMap(out);
    }

    private static void rejectUnknownKeys(JsonNode node, RecordComponent[] components, String path) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (Schema.component(components, key) == null) {
                String hint = Schema.closest(components, key);
                throw new ConfigException(join(path, key), "unknown key '" + key + "'"
                        + (hint == null ? "" : ", did you mean '" + hint + "'?"));
            }
        }
    }

    private static Object construct(Class<?> type, RecordComponent[] components, Object[] args, String path) {
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(Schema.componentTypes(components));
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw translate(e.getCause(), path);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private static RuntimeException translate(Throwable cause, String path) {
        if (cause instanceof InvalidValueException iv) {
            return new ConfigException(join(path, iv.key()), iv.getMessage());
        }
        if (cause instanceof ConfigException ce) {
            return ce;
        }
        if (cause instanceof IllegalArgumentException iae) {
            return new ConfigException(path, iae.getMessage());
        }
        return cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static boolean absent(JsonNode n) {
        return n == null || n.isNull();
    }

    static String describe(JsonNode node) {
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        return "'" + node.asText() + "'";
    }
}
