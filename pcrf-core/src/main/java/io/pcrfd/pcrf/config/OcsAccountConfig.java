package io.pcrfd.pcrf.config;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One subscriber's account in the OCS.
 *
 * @param subscribers the Subscription-Id-Data values (IMSI, MSISDN, NAI...) that name this
 *                    account in Gy CCRs and Sy SLRs (RFC 4006 §8.46)
 * @param containers  the credit containers, in the order a charging interval is reserved across them
 * @param counters    the policy counters reported over Sy
 */
public record OcsAccountConfig(@Required List<String> subscribers, @Required List<CreditContainerConfig> containers,
                               List<PolicyCounterConfig> counters) {

    public OcsAccountConfig {
        counters = counters == null ? List.of() : List.copyOf(counters);
        // null only in the defaults the binder overlays; both keys are required in a file
        subscribers = subscribers == null ? null : List.copyOf(subscribers);
        containers = containers == null ? null : List.copyOf(containers);
        if (subscribers != null && containers != null) {
            check(subscribers, containers, counters);
        }
    }

    private static void check(List<String> subscribers, List<CreditContainerConfig> containers,
                              List<PolicyCounterConfig> counters) {
        InvalidValueException.check(!subscribers.isEmpty(), "subscribers", "an account needs at least one subscriber id");
        InvalidValueException.check(!containers.isEmpty(), "containers", "an account needs at least one container");
        Map<String, CreditContainerConfig> byId = containersById(containers);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < counters.size(); i++) {
            PolicyCounterConfig c = counters.get(i);
            InvalidValueException.check(ids.add(c.id()), "counters[" + i + "].id", "counter '" + c.id() + "' is listed twice");
            CreditContainerConfig of = byId.get(c.container());
            InvalidValueException.check(of != null, "counters[" + i + "].container",
                    "no container '" + c.container() + "' in this account; it has " + byId.keySet());
            checkThresholds(c, of, "counters[" + i + "].thresholds");
        }
    }

    private static Map<String, CreditContainerConfig> containersById(List<CreditContainerConfig> containers) {
        Map<String, CreditContainerConfig> byId = new HashMap<>();
        for (int i = 0; i < containers.size(); i++) {
            InvalidValueException.check(byId.putIfAbsent(containers.get(i).id(), containers.get(i)) == null,
                    "containers[" + i + "].id", "container '" + containers.get(i).id() + "' is listed twice");
        }
        return byId;
    }

    private static void checkThresholds(PolicyCounterConfig c, CreditContainerConfig of, String path) {
        for (int j = 0; j < c.thresholds().size(); j++) {
            try {
                c.thresholds().get(j).level(of.unit(), of.balanceUnits());
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException(path + "[" + j + "].atOrBelow", e.getMessage());
            }
        }
    }

    public static OcsAccountConfig defaults() {
        return new OcsAccountConfig(null, null, List.of());
    }
}
