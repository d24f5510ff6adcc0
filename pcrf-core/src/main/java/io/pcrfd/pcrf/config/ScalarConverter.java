package io.pcrfd.pcrf.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Converts one YAML scalar to the Java type of a record component, with messages in the
 * user's terms ("expected an integer, got 'abc'"). Text is accepted for numbers and booleans
 * because environment overrides are always text. Numbers are refused where a string is
 * expected: YAML reads {@code 00101} as an octal number, which would silently corrupt a PLMN
 * id, so such values must be quoted. Enums are written in lower case with dashes
 * ({@code ONE_SHOT} is {@code one-shot}) unless the enum has its own parser. A type with a
 * static {@code parse(String)} method (sizes, bit rates, time windows) is parsed by it.
 */
final class ScalarConverter {
    private ScalarConverter() {
    }

    /** True for value records written as one scalar ({@code 1GB}), false for mappings. */
    static boolean hasParser(Class<?> type) {
        return parser(type) != null;
    }

    static Object convert(JsonNode node, Class<?> type, String path) {
        if (node.isContainerNode()) {
            throw new ConfigException(path, "expected a single value, got " + RecordBinder.describe(node));
        }
        String text = node.asText();
        try {
            return convertText(node, text, type, path);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new ConfigException(path, e.getMessage());
        }
    }

    private static Object convertText(JsonNode node, String text, Class<?> type, String path) {
        if (type == String.class) {
            if (!node.isTextual()) {
                throw new ConfigException(path, "expected a string, got " + text + " (quote it)");
            }
            return text;
        }
        if (type == int.class || type == Integer.class) {
            return int32(node, text, path);
        }
        if (type == long.class || type == Long.class) {
            return integer(node, text, path);
        }
        if (type == boolean.class || type == Boolean.class) {
            return bool(text, path);
        }
        return object(text, type, path);
    }

    private static Object object(String text, Class<?> type, String path) {
        if (type == Duration.class) {
            return Durations.parse(text);
        }
        if (type == Path.class) {
            return Path.of(text);
        }
        if (type == ZoneId.class) {
            return ZoneId.of(text);
        }
        Method parse = parser(type);
        if (parse == null && type.isEnum()) {
            return enumValue(type, text, path);
        }
        if (parse == null) {
            throw new IllegalStateException("no conversion to " + type.getName() + " at " + path);
        }
        return invoke(parse, text);
    }

    private static int int32(JsonNode node, String text, String path) {
        long v = integer(node, text, path);
        if (v != (int) v) {
            throw new ConfigException(path, "expected a 32-bit integer, got " + v);
        }
        return (int) v;
    }

    private static long integer(JsonNode node, String text, String path) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.asLong();
        }
        if (node.isTextual() && text.trim().matches("-?\\d{1,18}")) {
            return Long.parseLong(text.trim());
        }
        throw new ConfigException(path, "expected an integer, got '" + text + "'");
    }

    private static boolean bool(String text, String path) {
        return switch (text.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException(path, "expected true or false, got '" + text + "'");
        };
    }

    private static Object enumValue(Class<?> type, String text, String path) {
        for (Object constant : type.getEnumConstants()) {
            if (enumName((Enum<?>) constant).equals(text.trim())) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(c -> enumName((Enum<?>) c)).collect(Collectors.joining(", "));
        throw new ConfigException(path, "expected one of " + allowed + ", got '" + text + "'");
    }

    /** The YAML spelling of an enum constant: lower case, dashes. */
    static String enumName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Method parser(Class<?> type) {
        if (type == String.class || type == Duration.class || type == Path.class || type == ZoneId.class
                || type.isPrimitive() || type == Integer.class || type == Long.class
                || type == Boolean.class) {
            return null;
        }
        try {
            Method m = type.getMethod("parse", String.class);
            return Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Object invoke(Method parse, String text) {
        try {
            return parse.invoke(null, text);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
