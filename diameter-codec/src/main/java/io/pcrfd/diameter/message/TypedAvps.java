package io.pcrfd.diameter.message;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.Dictionary;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The typed half of {@link MessageBuilder} and {@link GroupedAvpBuilder}: adds an AVP named by
 * a generated {@link AvpKey} with a value of the Java type its data format takes, encoded
 * without boxing or name lookups. Flags and vendor id still come from the dictionary.
 *
 * @param <B> the builder, returned for chaining
 */
public abstract sealed class TypedAvps<B extends TypedAvps<B>> permits MessageBuilder, GroupedAvpBuilder {
    final AvpCollector collector;

    TypedAvps(Dictionary dictionary, int capacity) {
        this.collector = new AvpCollector(dictionary, capacity);
    }

    abstract B self();

    private B put(AvpKey key, byte[] data) {
        collector.add(Avp.owned(collector.dictionary.definition(key), data));
        return self();
    }

    /** UTF8String, DiameterIdentity, DiameterURI, IPFilterRule, QoSFilterRule. */
    public B add(AvpKey.Text key, String value) {
        return put(key, value.getBytes(StandardCharsets.UTF_8));
    }

    public B add(AvpKey.Octets key, byte[] value) {
        return put(key, value.clone());
    }

    /** An OctetString that carries text (a rule name, an APN-like label): its UTF-8 octets. */
    public B add(AvpKey.Octets key, String value) {
        return put(key, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Unsigned32: 0 to 2^32 - 1. */
    public B add(AvpKey.Unsigned32 key, long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(key.name() + ": " + value + " is not an Unsigned32");
        }
        return put(key, AvpValues.sharedInt32(value));
    }

    public B add(AvpKey.Integer32 key, int value) {
        return put(key, AvpValues.sharedInt32(value));
    }

    /** Enumerated: a constant of the generated class, or any other value (an open set). */
    public B add(AvpKey.Enumerated key, int value) {
        return put(key, AvpValues.sharedInt32(value));
    }

    public B add(AvpKey.Integer64 key, long value) {
        return put(key, AvpValues.int64(value));
    }

    /** Unsigned64: the 64 bits of {@code value} (see {@link Long#toUnsignedString}). */
    public B add(AvpKey.Unsigned64 key, long value) {
        return put(key, AvpValues.int64(value));
    }

    public B add(AvpKey.Float32 key, float value) {
        return put(key, AvpValues.int32(Float.floatToIntBits(value)));
    }

    public B add(AvpKey.Float64 key, double value) {
        return put(key, AvpValues.int64(Double.doubleToLongBits(value)));
    }

    public B add(AvpKey.Address key, InetAddress value) {
        return put(key, AvpValues.address(value.getAddress()));
    }

    public B add(AvpKey.Time key, Instant value) {
        return put(key, AvpValues.int32(AvpValues.ntpSeconds(value)));
    }

    /** A Grouped AVP whose children {@code body} adds. */
    public B add(AvpKey.Grouped key, Consumer<GroupedAvpBuilder> body) {
        collector.add(AvpCollector.grouped(collector.dictionary, collector.dictionary.definition(key), body));
        return self();
    }
}
