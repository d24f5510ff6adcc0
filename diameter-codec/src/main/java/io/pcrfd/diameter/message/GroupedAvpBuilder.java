package io.pcrfd.diameter.message;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.Dictionary;
import java.util.function.Consumer;

/** Builds the children of a Grouped AVP; see {@link MessageBuilder#addGrouped}. */
public final class GroupedAvpBuilder extends TypedAvps<GroupedAvpBuilder> {

    /** Room for the children most groups have before the array grows. */
    private static final int CAPACITY = 4;

    GroupedAvpBuilder(Dictionary dictionary) {
        super(dictionary, CAPACITY);
    }

    /**
     * A Grouped AVP on its own, outside any message: for AVPs many messages carry alike,
     * which a caller builds once and adds to each ({@link Avp} is immutable, so messages may
     * share it).
     */
    public static Avp build(Dictionary dictionary, AvpKey.Grouped key, Consumer<GroupedAvpBuilder> body) {
        return AvpCollector.grouped(dictionary, dictionary.definition(key), body);
    }

    @Override
    GroupedAvpBuilder self() {
        return this;
    }

    /** Adds an AVP by name; the value is typed as the dictionary says (see the module README). */
    public GroupedAvpBuilder add(String name, Object value) {
        collector.add(name, value);
        return this;
    }

    public GroupedAvpBuilder addGrouped(String name, Consumer<GroupedAvpBuilder> body) {
        collector.addGrouped(name, body);
        return this;
    }

    /** Adds an AVP already built or received (kept byte for byte). */
    public GroupedAvpBuilder add(Avp avp) {
        collector.add(avp);
        return this;
    }

    /** Adds raw data under a numeric identity, for AVPs the dictionary does not know. */
    public GroupedAvpBuilder addRaw(int code, int vendorId, byte[] data) {
        collector.addRaw(code, vendorId, data);
        return this;
    }
}
