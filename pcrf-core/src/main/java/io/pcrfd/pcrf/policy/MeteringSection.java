package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.InvalidValueException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code metering:} section of the policy file: metering policies by name and services (an
 * ordered list of primary policies each: the first applicable one whose quota is not used up
 * is active). A primary listed in no service is a service of its own. Checked at load: every
 * name exists, inheritance has no cycle, a policy is in at most one service, and only
 * primaries are listed in services.
 *
 * @param policies metering policies by name
 * @param services service name to its ordered list of primary metering policies
 */
public record MeteringSection(Map<String, MeteringPolicyDef> policies, Map<String, List<String>> services) {
    public static final MeteringSection NONE = new MeteringSection(Map.of(), Map.of());

    public MeteringSection {
        policies = policies == null ? Map.of() : Map.copyOf(policies);
        services = services == null ? Map.of() : Map.copyOf(services);
        for (Map.Entry<String, MeteringPolicyDef> e : policies.entrySet()) {
            e.getValue().check("policies." + e.getKey());
            checkChain(policies, e.getKey());
        }
        checkServices(policies, services);
    }

    public static MeteringSection defaults() {
        return NONE;
    }

    public boolean isEmpty() {
        return policies.isEmpty();
    }

    private static void checkChain(Map<String, MeteringPolicyDef> all, String name) {
        Set<String> seen = new HashSet<>();
        String at = name;
        while (all.get(at).inherits() != null) {
            String up = all.get(at).inherits();
            InvalidValueException.check(all.containsKey(up), "policies." + at + ".inherits",
                    "no metering policy named '" + up + "'");
            InvalidValueException.check(seen.add(at), "policies." + name + ".inherits", "inheritance goes round in a cycle");
            at = up;
        }
    }

    private static void checkServices(Map<String, MeteringPolicyDef> all, Map<String, List<String>> services) {
        Set<String> listed = new HashSet<>();
        services.forEach((service, names) -> {
            for (String n : names) {
                String path = "services." + service;
                InvalidValueException.check(all.containsKey(n), path, "no metering policy named '" + n + "'");
                InvalidValueException.check(all.get(n).inherits() == null, path,
                        "'" + n + "' is a secondary policy: it is active under its primary, not listed in a service");
                InvalidValueException.check(listed.add(n), path, "'" + n + "' is listed in more than one service");
            }
        });
    }
}
