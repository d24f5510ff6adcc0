package io.pcrfd.pcrf.policy;

import java.time.Instant;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The policy decision: a pure function of (policy, {@link Situation}, {@link PolicyEvent}). It
 * reads no clock, does no I/O and keeps no state between calls, so the same situation and
 * event always give the same decision and the runtime may call it from any thread. Which event
 * asked changes only what the event itself carries (a Gx request's type and reports); the
 * conditions are tested against the situation alone.
 *
 * <pre>
 *  subscriber? --no--> unknownSubscriber: reject --> Reject(5030)
 *      |                       | default-plan
 *      v                       v
 *   its plan              defaultPlan
 *      \______________________/
 *                 |  rules in order: when holds -> apply then (reject ends, stop ends)
 *                 v
 *   target state -> diff against session (install / remove), grants (capped),
 *                   changed QoS / AMBR / triggers, nextChange of timed rules
 * </pre>
 *
 * <p>A CCR-T gets an empty accept: the session is ending, so there is nothing to install and
 * nothing to grant; its final usage is the runtime's business.
 */
public final class PolicyEngine {
    private final Policy policy;
    private final Set<String> homePlmns;
    private final CounterOwners owners;
    /** Per plan of this policy; filled here and only read afterwards. */
    private final Map<Plan, TargetMemo> memos = new IdentityHashMap<>();
    private final boolean testsUsage;

    public PolicyEngine(Policy policy, Set<String> homePlmns) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.homePlmns = Set.copyOf(homePlmns);
        this.owners = new CounterOwners(policy.sharedQuotas());
        boolean usage = false;
        for (Plan p : policy.plans().values()) {
            memos.put(p, new TargetMemo(p));
            usage |= p.testsUsage();
        }
        this.testsUsage = usage;
    }

    /**
     * True when some plan has a usage condition: only then can usage counted for a subscriber
     * change a decision (its outcome, or a grant capped at a threshold). Without one, a usage
     * report changes nothing another session of the subscriber would be decided on.
     */
    public boolean testsUsage() {
        return testsUsage;
    }

    /**
     * The Sy policy counters a decision in {@code s} needs (TS 29.219 §4.5): those of the plan's
     * rules whose other conditions, time and days aside, hold in {@code s}. So an APN that tests a
     * counter subscribes to it only on a session of that APN, and a time window opening needs no
     * new subscription. Empty for an unknown subscriber the policy rejects.
     */
    public Set<String> countersNeeded(Situation s) {
        if (s.subscriber().isEmpty() && policy.unknownSubscriber().action() == UnknownSubscriberPolicy.Action.REJECT) {
            return Set.of();
        }
        Plan plan = policy.planFor(s.subscriber());
        if (!plan.testsCounters()) {
            return Set.of();
        }
        Facts f = new Facts(s, homePlmns);
        Set<String> out = new TreeSet<>();
        for (PolicyRule rule : plan.rules()) {
            CounterCondition c = rule.when().counter();
            if (c != null && rule.when().matchesAccessAndUsage(f)) {
                out.add(c.id());
            }
        }
        return out;
    }

    /**
     * Whose Sy policy counters decide a session of {@code context}: the owner of the shared quota
     * the subscriber is a member of, else the subscriber itself (IMSI first, then MSISDN, ...), as
     * a canonical key ({@code imsi:001010000000001}, {@code msisdn:15550000003}). Empty without a
     * Subscription-Id.
     */
    public Optional<String> counterOwner(IpCanContext context) {
        List<String> keys = Policy.canonicalKeys(context);
        for (String key : keys) {
            String owner = owners.ownerOf(key);
            if (owner != null) {
                return Optional.of(owner);
            }
        }
        return keys.isEmpty() ? Optional.empty() : Optional.of(keys.get(0));
    }

    /** The members (canonical keys) of the shared quota {@code owner} owns; empty when it owns none. */
    public List<String> quotaMembers(String owner) {
        return owners.membersOf(owner);
    }

    public Policy policy() {
        return policy;
    }

    /** Tests conditions outside a plan with this engine's home PLMNs (metering policies). */
    public Applicability applicability() {
        return new Applicability(homePlmns);
    }

    /** The subscriber profile for a request (by IMSI, then MSISDN, ...), for building the input. */
    public Optional<Subscriber> subscriber(PolicyRequest request) {
        return policy.subscriber(request);
    }

    /** The subscriber profile of a session context, for building a {@link Situation}. */
    public Optional<Subscriber> subscriber(IpCanContext context) {
        return policy.subscriber(context);
    }

    /** Decides a Gx request: {@code decide(in.situation(), in.event())}. */
    public Decision decide(PolicyInput in) {
        return decide(in.situation(), in.event());
    }

    /** Decides what {@code event} changes in {@code s}. */
    public Decision decide(Situation s, PolicyEvent event) {
        if (event.requestType() == CcRequestType.TERMINATION) {
            return terminate(s);
        }
        if (s.subscriber().isEmpty() && policy.unknownSubscriber().action() == UnknownSubscriberPolicy.Action.REJECT) {
            return new Decision.Reject(policy.unknownSubscriber().toResultCode(), "unknown subscriber", Optional.empty());
        }
        Plan plan = policy.planFor(s.subscriber());
        Facts f = new Facts(s, homePlmns);
        return evaluate(s, event, plan, f);
    }

    /**
     * Applies the plan's rules in order. Which rules applied is kept as bits (rule i is bit i),
     * from which {@link TargetMemo} gives the target; a plan too long for that builds it here.
     */
    private Decision evaluate(Situation in, PolicyEvent event, Plan plan, Facts f) {
        List<PolicyRule> rules = plan.rules();
        TargetBuilder builder = rules.size() > TargetMemo.MAX_RULES ? new TargetBuilder() : null;
        long applied = 0;
        Optional<Instant> next = Optional.empty();
        for (int i = 0; i < rules.size(); i++) {
            PolicyRule rule = rules.get(i);
            boolean untimed = rule.when().matchesUntimed(f);
            if (untimed) {
                next = earliest(next, TimeFlips.next(rule.when(), in.now(), in.zone()));
            }
            if (!untimed || !rule.when().matchesTime(f)) {
                continue;
            }
            if (rule.then().reject() != null) {
                return new Decision.Reject(rule.then().reject().toResultCode(), "rule " + rule.name(), next);
            }
            if (builder != null) {
                builder.apply(rule.then());
            } else {
                applied |= 1L << i;
            }
            if (rule.stop()) {
                break;
            }
        }
        if (!in.metering().actions().isEmpty() || !in.metering().grants().isEmpty()) {
            // the metering overlay is per subscriber, not per plan: no remembered target
            if (builder == null) {
                builder = TargetMemo.builder(plan, applied);
            }
            in.metering().actions().forEach(builder::apply);
            builder.apply(in.metering().asActions());
        }
        return accept(in, event, plan, builder, applied, earliest(next, in.metering().nextChange()));
    }

    private Decision.Accept accept(Situation in, PolicyEvent event, Plan plan, TargetBuilder built, long applied,
                                   Optional<Instant> next) {
        TargetMemo memo = memos.get(plan);
        TargetMemo.Target remembered = built == null && memo != null && in.afSessions().isEmpty()
                ? memo.target(applied) : null;
        TargetBuilder builder = built;
        if (remembered == null && builder == null) {
            builder = TargetMemo.builder(plan, applied);
        }
        if (remembered == null) {
            TargetBuilder b = builder;
            in.afSessions().forEach(af -> af.rules().forEach(b::putDynamic));
        }
        Set<String> reported = reportedFailed(event);
        Set<String> failed = failedRules(in, reported, remembered != null ? remembered.wanted() : builder.wantedNames());
        PolicyState target = remembered != null && failed.isEmpty() ? remembered.state()
                : (builder != null ? builder : TargetMemo.builder(plan, applied)).build(failed);
        PolicyState before = in.session().installed();
        Map<String, PccRule> installed = before.rules();
        if (!reported.isEmpty()) {
            installed = new java.util.LinkedHashMap<>(installed);
            installed.keySet().removeAll(reported);
        }
        return new Decision.Accept(target, RuleDiff.between(installed, target.rules()),
                changed(before.defaultQos(), target.defaultQos()), changed(before.ambr(), target.ambr()),
                sameTriggers(before.eventTriggers(), target.eventTriggers()) ? null : target.eventTriggers(),
                GrantPlanner.grants(in, event, memo != null ? memo::thresholds : plan::thresholds, target),
                GrantPlanner.stopped(in, target),
                target.revalidation() == null ? null : in.now().plus(target.revalidation()), failed, next);
    }

    /**
     * The media types the plan refuses an AF in situation {@code s} (TS 29.214 §4.4.1): the
     * {@code refuseMedia} of every rule that holds now, up to a {@code stop}. A plan or rule that
     * rejects the session refuses every type; so does an unknown subscriber the policy rejects.
     */
    public Set<MediaKind> refusedMedia(Situation s) {
        Set<MediaKind> all = java.util.EnumSet.allOf(MediaKind.class);
        if (s.subscriber().isEmpty() && policy.unknownSubscriber().action() == UnknownSubscriberPolicy.Action.REJECT) {
            return all;
        }
        Facts f = new Facts(s, homePlmns);
        Set<MediaKind> refused = java.util.EnumSet.noneOf(MediaKind.class);
        for (PolicyRule rule : policy.planFor(s.subscriber()).rules()) {
            if (!rule.when().matchesUntimed(f) || !rule.when().matchesTime(f)) {
                continue;
            }
            if (rule.then().reject() != null) {
                return all;
            }
            refused.addAll(rule.then().refuseMedia());
            if (rule.stop()) {
                break;
            }
        }
        return refused;
    }

    private static Decision terminate(Situation in) {
        PolicyState installed = in.session().installed();
        return new Decision.Accept(installed, RuleDiff.EMPTY, null, null, null, List.of(), List.of(), null,
                in.session().failedRules(), Optional.empty());
    }

    /** Failures remembered or {@code reported} now, as long as the policy still wants those rules. */
    private static Set<String> failedRules(Situation in, Set<String> reported, Set<String> wanted) {
        if (in.session().failedRules().isEmpty() && reported.isEmpty()) {
            return Set.of();
        }
        Set<String> failed = new HashSet<>(in.session().failedRules());
        failed.addAll(reported);
        failed.retainAll(wanted);
        return new TreeSet<>(failed);
    }

    /** The rule names the event's Charging-Rule-Reports say failed (none without reports). */
    private static Set<String> reportedFailed(PolicyEvent event) {
        if (event.ruleReports().isEmpty()) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        for (RuleReport rep : event.ruleReports()) {
            if (rep.failed()) {
                names.addAll(rep.ruleNames());
            }
        }
        return names;
    }

    /** Equal trigger sets; two empty ones (the usual plan's) without the iterator of {@code Set.equals}. */
    private static boolean sameTriggers(Set<?> before, Set<?> after) {
        return before == after || before.isEmpty() && after.isEmpty() || before.equals(after);
    }

    private static <T> T changed(T before, T after) {
        return Objects.equals(before, after) ? null : after;
    }

    private static Optional<Instant> earliest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().isBefore(a.get()) ? b : a;
    }
}
