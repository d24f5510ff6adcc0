package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.InvalidValueException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy file as data: subscribers (by IMSI or MSISDN), plans, the plan of unknown
 * subscribers and whether they are accepted at all. Cross-references are checked at load:
 * every plan named exists, and a rule-level grant's Monitoring-Key is carried by a dynamic rule
 * of the same plan (otherwise the PCEF would have nothing to count).
 *
 * @param subscribers       IMSI or MSISDN to subscriber entry
 * @param plans             plan name to plan
 * @param defaultPlan       the plan of subscribers not listed
 * @param unknownSubscriber default-plan or reject for subscribers not listed
 */
public record Policy(Map<String, SubscriberEntry> subscribers, Map<String, Plan> plans, String defaultPlan,
                     UnknownSubscriberPolicy unknownSubscriber) {
    public static final String DEFAULT_PLAN = "default";

    public Policy {
        subscribers = Map.copyOf(subscribers);
        plans = Map.copyOf(plans);
        InvalidValueException.check(plans.containsKey(defaultPlan), "defaultPlan",
                "no plan named '" + defaultPlan + "' in plans");
        for (Map.Entry<String, SubscriberEntry> e : subscribers.entrySet()) {
            InvalidValueException.check(plans.containsKey(e.getValue().plan()), "subscribers." + e.getKey() + ".plan",
                    "no plan named '" + e.getValue().plan() + "' in plans");
        }
        plans.forEach(Policy::checkRuleLevelKeys);
    }

    public static Policy defaults() {
        return new Policy(Map.of(), Map.of(DEFAULT_PLAN, new Plan(List.of())), DEFAULT_PLAN,
                UnknownSubscriberPolicy.defaults());
    }

    /**
     * The subscriber a request is for: looked up by IMSI first, then by MSISDN, then by the
     * other Subscription-Id types, each by its own type (never an MSISDN taken for an IMSI;
     * the file's keys are distinct strings, so one key cannot be both).
     */
    public Optional<Subscriber> subscriber(PolicyRequest request) {
        for (SubscriptionId.Type type : LOOKUP_ORDER) {
            Optional<String> id = request.subscriptionId(type);
            if (id.isPresent() && subscribers.containsKey(id.get())) {
                SubscriberEntry e = subscribers.get(id.get());
                return Optional.of(new Subscriber(id.get(), e.plan(), e.attributes()));
            }
        }
        return Optional.empty();
    }

    private static final List<SubscriptionId.Type> LOOKUP_ORDER = List.of(SubscriptionId.Type.END_USER_IMSI,
            SubscriptionId.Type.END_USER_E164, SubscriptionId.Type.END_USER_NAI, SubscriptionId.Type.END_USER_SIP_URI,
            SubscriptionId.Type.END_USER_PRIVATE);

    private static void checkRuleLevelKeys(String planName, Plan plan) {
        List<String> carried = plan.rules().stream().flatMap(r -> r.then().dynamicRules().stream())
                .map(ChargingRuleDefinition::monitoringKey).filter(k -> k != null).toList();
        for (int i = 0; i < plan.rules().size(); i++) {
            for (UsageGrant g : plan.rules().get(i).then().usageMonitoring()) {
                InvalidValueException.check(g.level() != MonitoringLevel.RULE || carried.contains(g.key()),
                        "plans." + planName + ".rules[" + i + "].then.usageMonitoring",
                        "rule-level key '" + g.key() + "' is not the monitoringKey of any dynamic rule of this plan");
            }
        }
    }
}
