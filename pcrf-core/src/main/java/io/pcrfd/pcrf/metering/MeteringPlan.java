package io.pcrfd.pcrf.metering;

import io.pcrfd.pcrf.policy.Actions;
import io.pcrfd.pcrf.policy.MeteringPolicyDef;
import io.pcrfd.pcrf.policy.MeteringSection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The metering section resolved: policies with inherited attributes filled in, services as
 * ordered lists of primaries (a primary in no service is a service of its own, in name order),
 * and each policy's secondaries in name order.
 *
 * @param policies    every policy by name
 * @param services    the services, each an ordered list of primary policy names
 * @param secondaries policy name to the names of the policies that inherit from it
 */
public record MeteringPlan(Map<String, MeteringPolicy> policies, List<List<String>> services,
                           Map<String, List<String>> secondaries) {
    public static final MeteringPlan NONE = of(MeteringSection.NONE);

    public MeteringPlan {
        policies = Map.copyOf(policies);
        services = services.stream().map(List::copyOf).toList();
        secondaries = Map.copyOf(secondaries);
    }

    public boolean isEmpty() {
        return policies.isEmpty();
    }

    /** Resolves {@code section}; its references were checked when it was loaded. */
    public static MeteringPlan of(MeteringSection section) {
        Map<String, MeteringPolicy> resolved = new TreeMap<>();
        section.policies().keySet().forEach(n -> resolved.put(n, resolve(section.policies(), n)));
        Map<String, List<String>> children = new TreeMap<>();
        resolved.values().stream().filter(p -> p.primary() != null)
                .forEach(p -> children.computeIfAbsent(p.primary(), k -> new ArrayList<>()).add(p.name()));
        return new MeteringPlan(resolved, services(section, resolved), children);
    }

    private static List<List<String>> services(MeteringSection section, Map<String, MeteringPolicy> resolved) {
        List<List<String>> out = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        new TreeMap<>(section.services()).values().forEach(list -> {
            out.add(list);
            listed.addAll(list);
        });
        resolved.values().stream().filter(p -> p.primary() == null && !listed.contains(p.name()))
                .forEach(p -> out.add(List.of(p.name())));
        return out;
    }

    private static MeteringPolicy resolve(Map<String, MeteringPolicyDef> defs, String name) {
        MeteringPolicyDef d = defs.get(name);
        if (d.inherits() == null) {
            return new MeteringPolicy(name, null, d.when(), d.monitoringKey(), d.quota().bytes(),
                    d.grant() == null ? MeteringPolicy.DEFAULT_GRANT : d.grant().bytes(),
                    d.rating() == null ? List.of() : d.rating(), d.then() == null ? Actions.NONE : d.then(),
                    d.thresholds() == null ? List.of() : d.thresholds(),
                    d.reset());
        }
        MeteringPolicy up = resolve(defs, d.inherits());
        return new MeteringPolicy(name, d.inherits(), d.when(), up.monitoringKey(),
                d.quota() == null ? up.quota() : d.quota().bytes(), d.grant() == null ? up.grant() : d.grant().bytes(),
                d.rating() == null ? up.rating() : d.rating(), d.then() == null ? up.then() : d.then(),
                d.thresholds() == null ? up.thresholds() : d.thresholds(), reset(d, up));
    }

    /** A secondary that writes no reset keeps its primary's: both meter the same periods. */
    private static io.pcrfd.pcrf.policy.MeteringReset reset(MeteringPolicyDef d, MeteringPolicy up) {
        return d.reset() == null || d.reset().equals(io.pcrfd.pcrf.policy.MeteringReset.defaults()) ? up.reset()
                : d.reset();
    }

    /** The chain from {@code name} up to its top primary: the policies its usage is charged to. */
    public List<MeteringPolicy> chain(String name) {
        List<MeteringPolicy> out = new ArrayList<>(2);
        for (MeteringPolicy p = policies.get(name); p != null; p = p.primary() == null ? null : policies.get(p.primary())) {
            out.add(p);
        }
        return out;
    }
}
