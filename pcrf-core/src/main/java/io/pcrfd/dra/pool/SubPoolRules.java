package io.pcrfd.dra.pool;

import io.pcrfd.pcrf.config.DraSubPoolRuleConfig;
import io.pcrfd.pcrf.config.DraSubPoolRuleConfig.Match;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sub-pool rules of one pool, in the order they are tried: best priority (1) first; at one
 * priority a full Origin-Host match before a partial one, and a longer partial value before a
 * shorter one (it says more about the host); then the order of the file. The first rule that
 * matches the CCR-I's Origin-Host names the sub-pool.
 */
final class SubPoolRules {
    private final List<DraSubPoolRuleConfig> ordered;

    SubPoolRules(List<DraSubPoolRuleConfig> rules) {
        this.ordered = rules.stream().sorted(Comparator.comparingInt(DraSubPoolRuleConfig::priority)
                .thenComparing(r -> r.match() == Match.FULL ? 0 : 1)
                .thenComparing(r -> -r.originHost().length())).toList();
    }

    /** The sub-pool for a CCR-I from {@code originHost}, if a rule matches. */
    Optional<String> subPool(String originHost) {
        String host = originHost.toLowerCase(Locale.ROOT);
        return ordered.stream().filter(r -> matches(r, host)).map(DraSubPoolRuleConfig::subPool).findFirst();
    }

    private static boolean matches(DraSubPoolRuleConfig r, String host) {
        String v = r.originHost().toLowerCase(Locale.ROOT);
        return switch (r.match()) {
            case FULL -> host.equals(v);
            case PREFIX -> host.startsWith(v);
            case SUFFIX -> host.endsWith(v);
        };
    }
}
