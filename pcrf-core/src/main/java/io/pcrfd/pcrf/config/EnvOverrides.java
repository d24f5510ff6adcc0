package io.pcrfd.pcrf.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Environment overrides for containers: {@code PCRFD_} followed by the key's path in upper
 * snake case replaces that key before validation, so an override is checked exactly like the
 * file. Examples: {@code PCRFD_DIAMETER_ORIGIN_HOST=pcrf.lab}, {@code PCRFD_STORE_TYPE=redis},
 * {@code PCRFD_DIAMETER_PEERS_0_ADDRESS=10.0.0.7} (a list index; {@code _N} with N equal to
 * the list's length appends an entry), {@code PCRFD_POLICY_HOME_PLMNS=00101,00102} (a list of
 * values, comma separated), {@code PCRFD_LOGGING_LEVELS_IO_PCRFD=debug} (a map key, with
 * underscores for dots). A {@code PCRFD_} variable that names no key is refused, so a typo in
 * a compose file is not silently ignored; {@link #RESERVED} names are left to the launcher.
 */
public final class EnvOverrides {
    public static final String PREFIX = "PCRFD_";
    /** Variables of the launcher, not configuration keys. */
    public static final Set<String> RESERVED = Set.of("PCRFD_CONFIG", "PCRFD_OPTS", "PCRFD_HOME");

    private EnvOverrides() {
    }

    /** Applies every {@code PCRFD_*} entry of {@code env} to {@code root}, in name order. */
    public static void apply(ObjectNode root, Class<? extends Record> type, Map<String, String> env) {
        for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
            String name = e.getKey();
            if (name.startsWith(PREFIX) && !RESERVED.contains(name)) {
                List<String> tokens = Arrays.asList(name.substring(PREFIX.length()).split("_", -1));
                new Cursor(name, tokens, e.getValue()).intoRecord(root, type, 0);
            }
        }
    }

    /** One override being walked down the schema. */
    private record Cursor(String name, List<String> tokens, String value) {

        void intoRecord(ObjectNode obj, Class<?> type, int i) {
            RecordComponent[] components = type.getRecordComponents();
            for (int end = tokens.size(); end > i; end--) {
                String candidate = String.join("_", tokens.subList(i, end));
                for (RecordComponent c : components) {
                    if (Schema.upperSnake(c.getName()).equals(candidate)) {
                        intoComponent(obj, c.getName(), c.getGenericType(), end);
                        return;
                    }
                }
            }
            throw fail("names no configuration key");
        }

        private void intoComponent(ObjectNode obj, String key, Type type, int j) {
            Class<?> raw = Schema.raw(type);
            if (raw == List.class) {
                intoList(obj, key, Schema.typeArgument(type, 0), j);
            } else if (raw == Map.class) {
                if (j == tokens.size()) {
                    throw fail("names a map; add the entry's key");
                }
                String mapKey = String.join(".", tokens.subList(j, tokens.size())).toLowerCase(Locale.ROOT);
                obj.withObjectProperty(key).put(mapKey, value);
            } else if (isSection(raw)) {
                if (j == tokens.size()) {
                    throw fail("names a section, not a key");
                }
                intoRecord(objectChild(obj, key), raw, j);
            } else {
                if (j != tokens.size()) {
                    throw fail("names no configuration key");
                }
                obj.put(key, value);
            }
        }

        private void intoList(ObjectNode obj, String key, Type element, int j) {
            Class<?> raw = Schema.raw(element);
            if (j == tokens.size()) {
                wholeList(obj, key, raw);
                return;
            }
            ArrayNode array = obj.get(key) instanceof ArrayNode a ? a : obj.putArray(key);
            int index = index(tokens.get(j), array.size());
            if (!isSection(raw)) {
                if (j + 1 != tokens.size()) {
                    throw fail("names no configuration key");
                }
                setOrAppend(array, index);
                return;
            }
            if (index == array.size()) {
                array.addObject();
            }
            if (!(array.get(index) instanceof ObjectNode entry)) {
                throw fail("entry " + index + " is not a mapping in the file");
            }
            intoRecord(entry, raw, j + 1);
        }

        /** {@code PCRFD_POLICY_HOME_PLMNS=00101,00102}: the whole list, comma separated. */
        private void wholeList(ObjectNode obj, String key, Class<?> element) {
            if (isSection(element)) {
                throw fail("names a list of sections; add an index, e.g. " + name + "_0_...");
            }
            ArrayNode array = obj.putArray(key);
            Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(array::add);
        }

        private void setOrAppend(ArrayNode array, int index) {
            if (index == array.size()) {
                array.add(value);
            } else {
                array.set(index, value);
            }
        }

        private int index(String token, int size) {
            if (!token.matches("\\d{1,6}")) {
                throw fail("expected a list index after the list's name, got '" + token + "'");
            }
            int index = Integer.parseInt(token);
            if (index > size) {
                throw fail("index " + index + " skips entries: the list has " + size);
            }
            return index;
        }

        private ObjectNode objectChild(ObjectNode obj, String key) {
            JsonNode child = obj.get(key);
            return child instanceof ObjectNode o ? o : obj.putObject(key);
        }

        private ConfigException fail(String problem) {
            return new ConfigException(name, problem);
        }
    }

    private static boolean isSection(Class<?> raw) {
        return raw.isRecord() && !ScalarConverter.hasParser(raw);
    }
}
