package io.pcrfd.pcrf.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What to put in Charging-Rule-Install and Charging-Rule-Remove to move a session from the
 * rules it has to the rules the policy wants. A rule installed and unchanged is left alone; a
 * dynamic rule whose definition changed is installed again, which replaces it at the PCEF
 * (TS 29.212 §4.5.2.1), so it is never also removed; the same holds for a predefined rule
 * replaced by a dynamic one of the same name, since both share the Charging-Rule-Name space
 * and therefore a {@link PccRule#key()}. Hence no key is ever in both lists.
 *
 * @param install rules to install, in the policy's order
 * @param remove  rules to remove, in the session's order
 */
public record RuleDiff(List<PccRule> install, List<PccRule> remove) {
    public static final RuleDiff EMPTY = new RuleDiff(List.of(), List.of());

    public RuleDiff {
        install = List.copyOf(install);
        remove = List.copyOf(remove);
    }

    /** The diff from {@code installed} to {@code target}, both keyed by {@link PccRule#key()}. */
    public static RuleDiff between(Map<String, PccRule> installed, Map<String, PccRule> target) {
        List<PccRule> install = new ArrayList<>();
        for (Map.Entry<String, PccRule> e : target.entrySet()) {
            if (!e.getValue().equals(installed.get(e.getKey()))) {
                install.add(e.getValue());
            }
        }
        List<PccRule> remove = new ArrayList<>();
        for (Map.Entry<String, PccRule> e : installed.entrySet()) {
            if (!target.containsKey(e.getKey())) {
                remove.add(e.getValue());
            }
        }
        return new RuleDiff(install, remove);
    }

    public boolean isEmpty() {
        return install.isEmpty() && remove.isEmpty();
    }
}
