package io.pcrfd.diameter.dictionary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The named values of one Enumerated (or integer) AVP. An open set: a value without a name is
 * still a valid value on the wire (RFC 6733 §4.3.1 lets IANA and 3GPP add values), so lookups
 * return empty instead of throwing.
 */
public final class EnumValues {
    public static final EnumValues NONE = new EnumValues(Map.of());

    private final Map<String, Integer> byName;
    private final Map<Integer, String> byValue;

    EnumValues(Map<String, Integer> byName) {
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
        Map<Integer, String> reverse = new LinkedHashMap<>();
        byName.forEach((name, value) -> reverse.putIfAbsent(value, name));
        this.byValue = Collections.unmodifiableMap(reverse);
    }

    /** The value of a name, empty when the name is not defined. */
    public OptionalInt value(String name) {
        Integer v = byName.get(name);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    /** The first name defined for a value, or null when the value has no name. */
    public String name(int value) {
        return byValue.get(value);
    }

    /** Every name with its value, in definition order. */
    public Map<String, Integer> asMap() {
        return byName;
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }
}
