package io.pcrfd.store.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The alternate keys of a {@link PcrfBinding} as strings: {@code TYPE:value} (any APN or IP
 * domain, the latest binding wins) and {@code TYPE:value@space} (within one APN or IP-Domain-Id,
 * TS 29.214 §5.3.x: UE addresses of different APNs may overlap). Built here only, so the store
 * and its callers can never disagree about a key's form.
 */
public final class AlternateKeys {

    /** What an alternate key identifies. */
    public enum Type { MSISDN, IPV4, IPV6 }

    private AlternateKeys() {
    }

    /** The key of {@code value} in any address space. */
    public static String any(Type type, String value) {
        return type.name() + ':' + value;
    }

    /** The key of {@code value} within {@code space} (an APN or IP-Domain-Id; null or empty: any). */
    public static String within(Type type, String value, String space) {
        return space == null || space.isEmpty() ? any(type, value)
                : any(type, value) + '@' + space.toLowerCase(Locale.ROOT);
    }

    /** Both forms of {@code value}: any space, and within {@code space} when there is one. */
    public static List<String> both(Type type, String value, String space) {
        List<String> out = new ArrayList<>(2);
        out.add(any(type, value));
        if (space != null && !space.isEmpty()) {
            out.add(within(type, value, space));
        }
        return out;
    }
}
