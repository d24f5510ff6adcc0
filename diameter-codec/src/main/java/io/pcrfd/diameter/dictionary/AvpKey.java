package io.pcrfd.diameter.dictionary;

/**
 * A typed handle on one AVP of the bundled dictionary: its name, (code, vendor) and data
 * format. The handles are generated from the {@code .dia} files into {@code
 * io.pcrfd.diameter.spec} (one class per file), so a call site that names an AVP through one
 * is checked by the compiler, and the value it gives is checked against the AVP's format: a
 * misspelt AVP, or a string given to an Unsigned32, does not compile.
 *
 * <p>The variants follow RFC 6733 §4.2 and §4.3. The derived text formats (UTF8String,
 * DiameterIdentity, DiameterURI, IPFilterRule, QoSFilterRule) share {@link Text}; Enumerated
 * has its own variant whose values are {@code int} constants in the generated class (an open
 * set: a value without a name still travels).
 *
 * <p>{@link #movable()} marks the project's own AVPs, whose identity an operator may move to
 * an enterprise number of its own ({@link AvpIdentity}); those are found by name, every other
 * handle by (code, vendor).
 */
public sealed interface AvpKey {

    /** The spec name, e.g. {@code Charging-Rule-Install}. */
    String name();

    /** The AVP code in the bundled dictionary. */
    int code();

    /** The vendor id in the bundled dictionary (0 for IETF AVPs). */
    int vendorId();

    /** Whether an operator may move the AVP's identity; such handles match by name. */
    boolean movable();

    /** The data format. */
    DataType type();

    /** Whether an AVP read off the wire (its identity and, when known, definition) is this one. */
    default boolean matches(int avpCode, int avpVendorId, AvpDefinition definition) {
        if (movable()) {
            return definition != null && definition.name().equals(name());
        }
        return avpCode == code() && avpVendorId == vendorId();
    }

    /** UTF8String and the formats derived from it. */
    record Text(String name, int code, int vendorId, boolean movable, DataType type) implements AvpKey {
    }

    record Octets(String name, int code, int vendorId, boolean movable) implements AvpKey {
        @Override
        public DataType type() {
            return DataType.OCTET_STRING;
        }
    }

    record Integer32(String name, int code, int vendorId, boolean movable) implements AvpKey {
        @Override
        public DataType type() {
            return DataType.INTEGER32;
        }
    }

    record Integer64(String name, int code, int vendorId, boolean movable) implements AvpKey {
        @Override
        public DataType type() {
            return DataType.INTEGER64;
        }
    }

    record Unsigned32(String name, int code, int vendorId, boolean movable) implements AvpKey {
        @Override
        public DataType type() {
            return DataType.UNSIGNED32;
        }
    }

    record Unsigned64(String name, int code, int vendorId, boolean movable) implements AvpKey {
        @Override
        public DataType type() {
            return DataType.UNSIGNED64;
        }
    }

    record Float32(String name, int code, int vendorId, boolean movable) implements AvpKey {
        @Override
        public DataType type() {
            return DataType.FLOAT32;
        }
    }

    record Float64(String name, int code, int vendorId, boolean movable) implements AvpKey {
        @Override
        public DataType type() {
            return DataType.FLOAT64;
        }
    }

    record Address(String name, int code, int vendorId, boolean movable) implements AvpKey {
        @Override
        public DataType type() {
            return DataType.ADDRESS;
        }
    }

    record Time(String name, int code, int vendorId, boolean movable) implements AvpKey {
        @Override
        public DataType type() {
            return DataType.TIME;
        }
    }

    record Enumerated(String name, int code, int vendorId, boolean movable) implements AvpKey {
        @Override
        public DataType type() {
            return DataType.ENUMERATED;
        }
    }

    record Grouped(String name, int code, int vendorId, boolean movable) implements AvpKey {
        @Override
        public DataType type() {
            return DataType.GROUPED;
        }
    }
}
