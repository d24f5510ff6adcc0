package io.pcrfd.diameter.message;

import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.dictionary.DataType;
import io.pcrfd.diameter.dictionary.Dictionary;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The AVP list shared by {@link MessageBuilder} and {@link GroupedAvpBuilder}: resolves names
 * in the dictionary, so flags and vendor ids never come from call sites. The AVPs sit in a
 * plain array that the built message or Grouped AVP takes over when it is exactly full, so a
 * builder costs no list object and, most often, no copy.
 */
final class AvpCollector {
    final Dictionary dictionary;
    private Avp[] avps;
    private int size;

    AvpCollector(Dictionary dictionary, int capacity) {
        this.dictionary = dictionary;
        this.avps = new Avp[capacity];
    }

    void add(Avp avp) {
        if (size == avps.length) {
            avps = Arrays.copyOf(avps, Math.max(4, size * 2));
        }
        avps[size++] = avp;
    }

    int size() {
        return size;
    }

    Avp get(int i) {
        return avps[i];
    }

    /** The AVPs, exactly sized; the builder hands them over and is not used again. */
    Avp[] takeArray() {
        return size == avps.length ? avps : Arrays.copyOf(avps, size);
    }

    AvpDefinition definition(String name) {
        return dictionary.avp(name).orElseThrow(() -> new IllegalArgumentException("no AVP named " + name
                + " in the dictionary"));
    }

    void add(String name, Object value) {
        AvpDefinition def = definition(name);
        add(Avp.owned(def, AvpValues.encode(def, value)));
    }

    void addGrouped(String name, Consumer<GroupedAvpBuilder> body) {
        add(grouped(dictionary, definition(name), body));
    }

    static Avp grouped(Dictionary dictionary, AvpDefinition def, Consumer<GroupedAvpBuilder> body) {
        if (def.type() != DataType.GROUPED) {
            throw new IllegalArgumentException(def.name() + " is " + def.type().specName() + ", not Grouped");
        }
        GroupedAvpBuilder inner = new GroupedAvpBuilder(dictionary);
        body.accept(inner);
        return Avp.groupedOwned(def, inner.collector.takeArray());
    }

    /** Unknown (code, vendor) with raw data; a known identity gets the dictionary's flags. */
    void addRaw(int code, int vendorId, byte[] data) {
        AvpDefinition def = dictionary.lookupAvp(code, vendorId);
        add(def != null ? Avp.of(def, data) : Avp.unknown(code, vendorId, data));
    }
}
