package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.InvalidValueException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy file as data: subscribers (by IMSI or MSISDN), plans, the plan of unknown
 * subscribers and whether they are accepted at all.
 *
 * <p>Subscriber keys carry the Subscription-Id-Type, so an MSISDN is never taken for an IMSI:
 * a bare key of digits is an IMSI ({@code "001010000000001"}), other types are prefixed
 * ({@code "msisdn:15550000003"}, {@code "nai:user@realm"}, {@code "sip:user@host"},
 * {@code "private:x"}); {@code "imsi:"} may be written too. Cross-references are checked at load:
 * every plan named exists, and a rule-level grant's Monitoring-Key is carried by a dynamic rule
 * of the same plan (otherwise the PCEF would have nothing to count).
 *
 * @param subscribers       IMSI or MSISDN to subscriber entry
 * @param plans             plan name to plan
 * @param defaultPlan       the plan of subscribers not listed
 * @param unknownSubscriber default-plan or reject for subscribers not listed
 * @param sharedQuotas      shared quotas by name: the members are decided on the owner's Sy policy
 *                          counters; a subscriber is a member of at most one, and an owner is no
 *                          other quota's member
 * @param metering          usage metering across the fixed and mobile networks (metering
 *                          policies, services, lines; see {@code io.pcrfd.pcrf.metering})
 */
public record Policy(Map<String, SubscriberEntry> subscribers, Map<String, Plan> plans, String defaultPlan,
                     UnknownSubscriberPolicy unknownSubscriber, Map<String, SharedQuota> sharedQuotas,
                     MeteringSection metering) {
    public static final String DEFAULT_PLAN = "default";

    public Policy {
        subscribers = Map.copyOf(subscribers);
        plans = Map.copyOf(plans);
        InvalidValueException.check(plans.containsKey(defaultPlan), "defaultPlan",
                "no plan named '" + defaultPlan + "' in plans");
        for (Map.Entry<String, SubscriberEntry> e : subscribers.entrySet()) {
            InvalidValueException.check(validKey(e.getKey()), "subscribers." + e.getKey(),
                    "a subscriber key is an IMSI (digits) or msisdn:, nai:, sip:, private: followed by the id");
            InvalidValueException.check(plans.containsKey(e.getValue().plan()), "subscribers." + e.getKey() + ".plan",
                    "no plan named '" + e.getValue().plan() + "' in plans");
        }
        plans.forEach(Policy::checkRuleLevelKeys);
        sharedQuotas = sharedQuotas == null ? Map.of() : Map.copyOf(sharedQuotas);
        CounterOwners.check(sharedQuotas);
        metering = metering == null ? MeteringSection.NONE : metering;
    }

    /** A policy without a metering section (the form every caller before metering used). */
    public Policy(Map<String, SubscriberEntry> subscribers, Map<String, Plan> plans, String defaultPlan,
                  UnknownSubscriberPolicy unknownSubscriber, Map<String, SharedQuota> sharedQuotas) {
        this(subscribers, plans, defaultPlan, unknownSubscriber, sharedQuotas, MeteringSection.NONE);
    }

    public static Policy defaults() {
        return new Policy(Map.of(), Map.of(DEFAULT_PLAN, new Plan(List.of())), DEFAULT_PLAN,
                UnknownSubscriberPolicy.defaults(), Map.of(), MeteringSection.NONE);
    }

    /** The plan that applies to {@code subscriber}: its own, or the default plan when unknown. */
    public Plan planFor(Optional<Subscriber> subscriber) {
        return plans.get(subscriber.map(Subscriber::plan).orElse(defaultPlan));
    }

    /**
     * The subscriber a request is for: looked up by IMSI first, then by MSISDN, then by the
     * other Subscription-Id types, each by its own type (never an MSISDN taken for an IMSI;
     * the file's keys are distinct strings, so one key cannot be both).
     */
    public Optional<Subscriber> subscriber(PolicyRequest request) {
        return subscriber(request.context());
    }

    /** The subscriber of a session context (by IMSI, then MSISDN, ...), empty when unknown. */
    public Optional<Subscriber> subscriber(IpCanContext request) {
        for (Map.Entry<SubscriptionId.Type, String> t : PREFIXES.entrySet()) {
            Optional<String> id = request.subscriptionId(t.getKey());
            if (id.isEmpty()) {
                continue;
            }
            SubscriberEntry e = subscribers.get(t.getValue() + id.get());
            if (e == null && t.getKey() == SubscriptionId.Type.END_USER_IMSI) {
                e = subscribers.get(id.get());
            }
            if (e != null) {
                return Optional.of(new Subscriber(id.get(), e.plan(), e.attributes()));
            }
        }
        return Optional.empty();
    }

    /** The Subscription-Id of a canonical key ({@code imsi:...}, {@code msisdn:...}). */
    public static SubscriptionId subscriptionIdOf(String canonicalKey) {
        for (Map.Entry<SubscriptionId.Type, String> t : PREFIXES.entrySet()) {
            if (canonicalKey.startsWith(t.getValue())) {
                return new SubscriptionId(t.getKey(), canonicalKey.substring(t.getValue().length()));
            }
        }
        return SubscriptionId.imsi(canonicalKey);
    }

    /** A subscriber key as the file writes it, in canonical form (a bare IMSI gets {@code imsi:}). */
    static String canonical(String key) {
        return key.matches("\\d{5,15}") ? "imsi:" + key : key;
    }

    /**
     * The canonical keys of a context's Subscription-Ids in lookup order (IMSI first):
     * {@code imsi:001010000000001}, {@code msisdn:15550000003}, ...
     */
    static List<String> canonicalKeys(IpCanContext context) {
        List<String> out = new java.util.ArrayList<>(2);
        for (Map.Entry<SubscriptionId.Type, String> t : PREFIXES.entrySet()) {
            context.subscriptionId(t.getKey()).ifPresent(id -> out.add(t.getValue() + id));
        }
        return out;
    }

    /** Lookup order (IMSI first: it is the stable identity) and the key prefix of each type. */
    private static final Map<SubscriptionId.Type, String> PREFIXES = prefixes();

    private static Map<SubscriptionId.Type, String> prefixes() {
        Map<SubscriptionId.Type, String> m = new java.util.LinkedHashMap<>();
        m.put(SubscriptionId.Type.END_USER_IMSI, "imsi:");
        m.put(SubscriptionId.Type.END_USER_E164, "msisdn:");
        m.put(SubscriptionId.Type.END_USER_NAI, "nai:");
        m.put(SubscriptionId.Type.END_USER_SIP_URI, "sip:");
        m.put(SubscriptionId.Type.END_USER_PRIVATE, "private:");
        return java.util.Collections.unmodifiableMap(m);
    }

    static boolean validKey(String key) {
        return key.matches("\\d{5,15}") || PREFIXES.values().stream()
                .anyMatch(p -> key.startsWith(p) && key.length() > p.length());
    }

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
