package io.pcrfd.diameter.message;

import io.pcrfd.diameter.dictionary.AvpKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Searching and describing lists of AVPs; shared by {@link DiameterMessage} and {@link Avp}. */
final class AvpLists {
    private AvpLists() {
    }

    static Optional<Avp> first(List<Avp> avps, String name) {
        for (Avp a : avps) {
            if (a.definition() != null && a.definition().name().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    static List<Avp> all(List<Avp> avps, String name) {
        List<Avp> out = new ArrayList<>();
        for (Avp a : avps) {
            if (a.definition() != null && a.definition().name().equals(name)) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * The first AVP {@code key} names. The key's identity is read once, not per AVP: a handle is
     * one of several record types, so each of its accessors is an interface call at this site.
     */
    static Optional<Avp> first(Avp[] avps, AvpKey key) {
        if (key.movable()) {
            for (Avp a : avps) {
                if (key.matches(a.code(), a.vendorId(), a.definition())) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }
        return first(avps, key.code(), key.vendorId());
    }

    /** Every AVP {@code key} names, in order, in a new list. */
    static List<Avp> all(Avp[] avps, AvpKey key) {
        List<Avp> out = new ArrayList<>();
        boolean movable = key.movable();
        int code = key.code();
        int vendorId = key.vendorId();
        for (Avp a : avps) {
            if (movable ? key.matches(a.code(), a.vendorId(), a.definition())
                    : a.code() == code && a.vendorId() == vendorId) {
                out.add(a);
            }
        }
        return out;
    }

    static Optional<Avp> first(Avp[] avps, int code, int vendorId) {
        for (Avp a : avps) {
            if (a.code() == code && a.vendorId() == vendorId) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** A one-line description for logs: name, flags and a readable value. */
    static String describe(Avp a) {
        String flags = (a.isVendorSpecific() ? "V" : "") + (a.isMandatory() ? "M" : "") + (a.isProtected() ? "P" : "");
        return a.name() + "[" + flags + "]=" + value(a);
    }

    private static String value(Avp a) {
        try {
            return switch (a.type()) {
                case GROUPED -> a.children().toString();
                case UTF8_STRING, DIAMETER_IDENTITY, DIAMETER_URI, IP_FILTER_RULE, QOS_FILTER_RULE -> a.asUtf8String();
                case INTEGER32 -> Integer.toString(a.asInt());
                case ENUMERATED -> a.enumName() != null ? a.enumName() + "(" + a.asInt() + ")" : Integer.toString(a.asInt());
                case UNSIGNED32 -> Long.toString(a.asUnsigned32());
                case INTEGER64 -> Long.toString(a.asLong());
                case UNSIGNED64 -> Long.toUnsignedString(a.asLong());
                case FLOAT32 -> Float.toString(a.asFloat());
                case FLOAT64 -> Double.toString(a.asDouble());
                case ADDRESS -> a.asAddress().getHostAddress();
                case TIME -> a.asTime().toString();
                case OCTET_STRING -> "0x" + HexFormat.of().formatHex(a.data());
            };
        } catch (IllegalStateException e) {
            // A malformed value must still be loggable: show the octets instead.
            return "0x" + HexFormat.of().formatHex(a.data());
        }
    }
}
