package io.pcrfd.pcrf.policy;

/**
 * A PCC rule as installed at the PCEF: predefined (a Charging-Rule-Name the PCEF knows), a
 * rule base (Charging-Rule-Base-Name, a group of predefined rules) or dynamic (a full
 * Charging-Rule-Definition). Rule names and base names are separate name spaces, so the
 * {@link #key()} prefixes base names.
 */
public sealed interface PccRule {

    /** The Charging-Rule-Name or Charging-Rule-Base-Name. */
    String name();

    /** Identity within a session: equal keys denote the same rule at the PCEF. */
    default String key() {
        return name();
    }

    /** A predefined rule, activated by name (TS 29.212 §5.3.6). */
    record Predefined(String name) implements PccRule {
    }

    /** A group of predefined rules, activated by base name (TS 29.212 §5.3.5). */
    record RuleBase(String name) implements PccRule {
        @Override
        public String key() {
            return "base:" + name;
        }
    }

    /** A rule defined by the PCRF (TS 29.212 §5.3.4). */
    record Dynamic(ChargingRuleDefinition definition) implements PccRule {
        @Override
        public String name() {
            return definition.name();
        }
    }
}
