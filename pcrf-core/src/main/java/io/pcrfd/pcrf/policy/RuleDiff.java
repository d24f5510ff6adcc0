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

    /**
     * The diff from {@code installed} to {@code target}, both keyed by {@link PccRule#key()}.
     * The same map (the engine shares one target per plan and rule set, and a session keeps it)
     * or two without a difference give {@link #EMPTY}; lists are made only for a difference.
     */
    public static RuleDiff between(Map<String, PccRule> installed, Map<String, PccRule> target) {
        if (installed == target) {
            return EMPTY;
        }
        List<PccRule> install = List.of();
        for (Map.Entry<String, PccRule> e : target.entrySet()) {
            if (!e.getValue().equals(installed.get(e.getKey()))) {
                install = plus(install, e.getValue());
            }
        }
        List<PccRule> remove = List.of();
        if (installed.size() > target.size() - install.size()) { // else every installed key is in target
            for (Map.Entry<String, PccRule> e : installed.entrySet()) {
                if (!target.containsKey(e.getKey())) {
                    remove = plus(remove, e.getValue());
                }
            }
        }
        return install.isEmpty() && remove.isEmpty() ? EMPTY : new RuleDiff(install, remove);
    }

    private static List<PccRule> plus(List<PccRule> list, PccRule rule) {
        List<PccRule> out = list.isEmpty() ? new ArrayList<>(4) : list;
        out.add(rule);
        return out;
    }

    public boolean isEmpty() {
        return install.isEmpty() && remove.isEmpty();
    }
}
