package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.message.Avp;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * AVPs built once from a value and then shared by every answer that carries the same value:
 * a plan's APN-AMBR, Default-EPS-Bearer-QoS, usage grants, rule installs, Event-Triggers and the
 * negotiated Supported-Features are the same in most CCAs, and an {@link Avp} is immutable, so
 * answers may hold one instance (the octets on the wire are those a fresh build gives, since the
 * AVP depends on nothing but the value).
 *
 * <p>A fixed table of {@value #SLOTS} slots indexed by the value's hash, each holding the
 * last (value, AVP) pair that hashed there; a different value in the slot is built anew and
 * replaces it. So the table never grows, however many distinct values a policy produces, and
 * costs a lookup and an {@code equals} per answer. Values must be immutable (records of
 * immutable parts) with {@code equals} covering everything the AVP is built from.
 *
 * @param <K> the value type
 */
final class SharedAvps<K> {
    static final int SLOTS = 64;

    private record Entry<K>(K value, Avp avp) {
    }

    private final AtomicReferenceArray<Entry<K>> slots = new AtomicReferenceArray<>(SLOTS);
    private final Function<K, Avp> build;

    SharedAvps(Function<K, Avp> build) {
        this.build = build;
    }

    /** The AVP for {@code value}, built now unless the slot already holds it. */
    Avp of(K value) {
        int h = value.hashCode();
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        Entry<K> e = slots.get(slot);
        if (e == null || !e.value.equals(value)) {
            e = new Entry<>(value, build.apply(value));
            slots.setRelease(slot, e);
        }
        return e.avp;
    }
}
