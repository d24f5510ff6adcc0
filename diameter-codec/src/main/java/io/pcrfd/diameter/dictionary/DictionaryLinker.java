package io.pcrfd.diameter.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the definitions of every file into one consistent {@link Dictionary}. Runs after all
 * files are parsed, so a grammar may name an AVP defined in a file loaded later. A definition
 * repeated identically in two files is accepted (specs re-use each other's AVPs); a conflicting
 * one is refused with both locations.
 */
final class DictionaryLinker {
    private final RawDefinitions raw;
    private final Map<String, RawDefinitions.AvpType> avpsByName = new LinkedHashMap<>();
    private final Map<Long, RawDefinitions.AvpType> avpsByKey = new HashMap<>();
    private final Map<String, Map<String, Integer>> enums = new HashMap<>();
    private final Map<String, Grammar> groupedGrammars = new HashMap<>();
    private final Map<String, String> groupedOrigins = new HashMap<>();

    private DictionaryLinker(RawDefinitions raw) {
        this.raw = raw;
    }

    static Dictionary link(RawDefinitions raw) {
        DictionaryLinker l = new DictionaryLinker(raw);
        l.avpTypes();
        l.enumValues();
        l.groupedGrammars();
        List<AvpDefinition> avps = l.avpDefinitions();
        return new Dictionary(l.applications(), avps, l.commands());
    }

    private void avpTypes() {
        for (RawDefinitions.AvpType a : raw.avps) {
            RawDefinitions.AvpType same = avpsByName.get(a.name());
            if (same != null && !sameAvp(same, a)) {
                throw new DictionaryException(a.origin(), "AVP " + a.name() + " conflicts with its definition at "
                        + same.origin());
            }
            RawDefinitions.AvpType sameKey = avpsByKey.get(AvpDefinition.key(a.code(), a.vendorId()));
            if (sameKey != null && !sameKey.name().equals(a.name())) {
                throw new DictionaryException(a.origin(), "AVP " + a.name() + " has the code and vendor of "
                        + sameKey.name() + " defined at " + sameKey.origin());
            }
            avpsByName.putIfAbsent(a.name(), a);
            avpsByKey.putIfAbsent(AvpDefinition.key(a.code(), a.vendorId()), a);
        }
    }

    private static boolean sameAvp(RawDefinitions.AvpType x, RawDefinitions.AvpType y) {
        return x.code() == y.code() && x.vendorId() == y.vendorId() && x.type() == y.type()
                && x.mandatory() == y.mandatory();
    }

    private void enumValues() {
        for (RawDefinitions.EnumValue e : raw.enums) {
            RawDefinitions.AvpType avp = avpsByName.get(e.avpName());
            if (avp == null) {
                throw new DictionaryException(e.origin(), "@enum for undefined AVP " + e.avpName());
            }
            if (!avp.type().mayHaveNamedValues()) {
                throw new DictionaryException(e.origin(), "@enum for " + e.avpName() + " of type " + avp.type().specName());
            }
            Map<String, Integer> values = enums.computeIfAbsent(e.avpName(), k -> new LinkedHashMap<>());
            Integer old = values.putIfAbsent(e.valueName(), e.value());
            if (old != null && old != e.value()) {
                throw new DictionaryException(e.origin(), "duplicate enum name " + e.valueName() + " in "
                        + e.avpName() + " (already " + old + ")");
            }
        }
    }

    private void groupedGrammars() {
        for (RawDefinitions.Grouped g : raw.grouped) {
            RawDefinitions.AvpType avp = avpsByName.get(g.name());
            if (avp == null) {
                throw new DictionaryException(g.origin(), "@grouped for undefined AVP " + g.name());
            }
            if (avp.type() != DataType.GROUPED || avp.code() != g.code() || avp.vendorId() != g.vendorId()) {
                throw new DictionaryException(g.origin(), "@grouped " + g.name() + " does not match its @avp_types line at "
                        + avp.origin() + " (type Grouped, code " + Integer.toUnsignedString(avp.code())
                        + ", vendor " + Integer.toUnsignedString(avp.vendorId()) + ")");
            }
            Grammar grammar = grammar(g.rules());
            Grammar old = groupedGrammars.putIfAbsent(g.name(), grammar);
            if (old != null && !old.equals(grammar)) {
                throw new DictionaryException(g.origin(), "grammar of " + g.name() + " conflicts with the one at "
                        + groupedOrigins.get(g.name()));
            }
            groupedOrigins.putIfAbsent(g.name(), g.origin());
        }
    }

    private Grammar grammar(List<RawDefinitions.Rule> rules) {
        List<GrammarRule> resolved = new ArrayList<>(rules.size());
        for (RawDefinitions.Rule r : rules) {
            if (GrammarRule.WILDCARD.equals(r.name())) {
                resolved.add(new GrammarRule(r.kind(), r.name(), 0, 0, r.min(), r.max()));
                continue;
            }
            RawDefinitions.AvpType avp = avpsByName.get(r.name());
            if (avp == null) {
                throw new DictionaryException(r.origin(), "grammar names undefined AVP " + r.name());
            }
            resolved.add(new GrammarRule(r.kind(), r.name(), avp.code(), avp.vendorId(), r.min(), r.max()));
        }
        return new Grammar(resolved);
    }

    private List<AvpDefinition> avpDefinitions() {
        List<AvpDefinition> out = new ArrayList<>(avpsByName.size());
        for (RawDefinitions.AvpType a : avpsByName.values()) {
            Grammar g = groupedGrammars.getOrDefault(a.name(), Grammar.ANY);
            Map<String, Integer> values = enums.get(a.name());
            out.add(new AvpDefinition(a.name(), a.code(), a.vendorId(), a.type(), a.mandatory(), g,
                    values == null ? EnumValues.NONE : new EnumValues(values), a.origin()));
        }
        return out;
    }

    private List<ApplicationDefinition> applications() {
        Map<Long, ApplicationDefinition> byId = new LinkedHashMap<>();
        for (RawDefinitions.Application a : raw.applications) {
            ApplicationDefinition old = byId.putIfAbsent(a.id(),
                    new ApplicationDefinition(a.id(), a.name(), a.kind(), a.origin()));
            if (old != null && !old.name().equals(a.name())) {
                throw new DictionaryException(a.origin(), "application " + a.id() + " is already named "
                        + old.name() + " at " + old.origin());
            }
        }
        return List.copyOf(byId.values());
    }

    private List<CommandDefinition> commands() {
        Map<String, CommandDefinition> byKey = new LinkedHashMap<>();
        for (RawDefinitions.Command c : raw.commands) {
            CommandDefinition def = new CommandDefinition(c.name(), c.applicationId(), c.code(), c.request(),
                    c.proxiable(), grammar(c.rules()), c.origin());
            String key = c.applicationId() + "/" + c.code() + "/" + c.request();
            CommandDefinition old = byKey.putIfAbsent(key, def);
            if (old != null && (!old.name().equals(def.name()) || !old.grammar().equals(def.grammar())
                    || old.proxiable() != def.proxiable())) {
                throw new DictionaryException(c.origin(), "command " + c.name() + " conflicts with " + old.name()
                        + " at " + old.origin());
            }
        }
        return List.copyOf(byKey.values());
    }
}
