package io.pcrfd.diameter.message;

import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.dictionary.DataType;
import io.pcrfd.diameter.dictionary.Dictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The AVP list shared by {@link MessageBuilder} and {@link GroupedAvpBuilder}: resolves names
 * in the dictionary, so flags and vendor ids never come from call sites.
 */
final class AvpCollector {
    final Dictionary dictionary;
    final List<Avp> avps = new ArrayList<>();

    AvpCollector(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    AvpDefinition definition(String name) {
        return dictionary.avp(name).orElseThrow(() -> new IllegalArgumentException("no AVP named " + name
                + " in the dictionary"));
    }

    void add(String name, Object value) {
        AvpDefinition def = definition(name);
        avps.add(Avp.owned(def, AvpValues.encode(def, value)));
    }

    void addGrouped(String name, Consumer<GroupedAvpBuilder> body) {
        avps.add(grouped(dictionary, definition(name), body));
    }

    static Avp grouped(Dictionary dictionary, AvpDefinition def, Consumer<GroupedAvpBuilder> body) {
        if (def.type() != DataType.GROUPED) {
            throw new IllegalArgumentException(def.name() + " is " + def.type().specName() + ", not Grouped");
        }
        GroupedAvpBuilder inner = new GroupedAvpBuilder(dictionary);
        body.accept(inner);
        return Avp.grouped(def, inner.collector.avps);
    }

    /** Unknown (code, vendor) with raw data; a known identity gets the dictionary's flags. */
    void addRaw(int code, int vendorId, byte[] data) {
        AvpDefinition def = dictionary.lookupAvp(code, vendorId);
        avps.add(def != null ? Avp.of(def, data) : Avp.unknown(code, vendorId, data));
    }
}
