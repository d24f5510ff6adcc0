package io.pcrfd.diameter.dictionary;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link DiaParser} reads from the files, before names are resolved across files by
 * {@link DictionaryLinker}. Every entry keeps its {@code file:line}.
 */
final class RawDefinitions {
    record Application(long id, String name, String kind, String origin) { }

    record AvpType(String name, int code, int vendorId, DataType type, FlagRule mandatory, String origin) { }

    record EnumValue(String avpName, String valueName, int value, String origin) { }

    record Rule(GrammarRule.Kind kind, String name, int min, int max, String origin) { }

    record Grouped(String name, int code, int vendorId, List<Rule> rules, String origin) { }

    record Command(String name, long applicationId, int code, boolean request, boolean proxiable,
                   List<Rule> rules, String origin) { }

    final List<Application> applications = new ArrayList<>();
    final List<AvpType> avps = new ArrayList<>();
    final List<EnumValue> enums = new ArrayList<>();
    final List<Grouped> grouped = new ArrayList<>();
    final List<Command> commands = new ArrayList<>();

    /**
     * Gives every definition of {@code o.name()} the new identity before linking; the linker
     * then refuses a collision with another AVP as it would in a file.
     */
    void reidentify(AvpIdentity o) {
        boolean found = false;
        for (int i = 0; i < avps.size(); i++) {
            AvpType a = avps.get(i);
            if (a.name().equals(o.name())) {
                avps.set(i, new AvpType(a.name(), o.code(), o.vendorId(), a.type(), a.mandatory(),
                        a.origin() + " (re-identified as " + Integer.toUnsignedString(o.code()) + "/"
                                + Integer.toUnsignedString(o.vendorId()) + ")"));
                found = true;
            }
        }
        if (!found) {
            throw new DictionaryException("overrides", "no AVP named " + o.name() + " to re-identify");
        }
        grouped.replaceAll(g -> g.name().equals(o.name())
                ? new Grouped(g.name(), o.code(), o.vendorId(), g.rules(), g.origin()) : g);
    }
}
