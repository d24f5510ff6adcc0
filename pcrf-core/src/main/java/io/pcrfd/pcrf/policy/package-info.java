/**
 * The policy engine: a pure function from (policy, {@link io.pcrfd.pcrf.policy.Situation},
 * {@link io.pcrfd.pcrf.policy.PolicyEvent}) to a decision, and the policy file it runs on. No
 * Diameter type appears here; the Gx and S9a handlers translate AVPs to
 * {@link io.pcrfd.pcrf.policy.PolicyRequest} and {@link io.pcrfd.pcrf.policy.Decision} back to AVPs.
 *
 * <h2>Calling it</h2>
 * <pre>
 *   PolicyEngine engine = new PolicyEngine(PolicyLoader.load(config.policy().file()),
 *                                          Set.copyOf(config.policy().homePlmns()));
 *   Situation s = Situation.of(session, latestContext, engine.subscriber(latestContext),
 *                              usageTotals, clock.instant(), config.policy().zone());
 *   Decision d = engine.decide(s, PolicyEvent.gx(request));          // a CCR
 *   Decision d = engine.decide(s, PolicyEvent.of(Kind.TIME_FLIP));   // the PCRF's own RAR
 *   Accept: send d.rules() (Charging-Rule-Install/Remove), defaultQos, ambr, eventTriggers
 *           (null = unchanged; an empty set = send NO_EVENT_TRIGGERS, TS 29.212 §5.3.7),
 *           grants (Usage-Monitoring-Information), stopMonitoring, revalidationTime;
 *           store new PolicySession(d.target(), d.failedRules()) once the PCEF accepted it;
 *           schedule a re-decision (RAR) at d.nextChange() if present.
 *   Reject: answer d.resultCode() (Result-Code when vendor 0, else Experimental-Result).
 * </pre>
 *
 * <h2>Situation and event</h2>
 * A decision is taken whenever an event arrives, always from the subscriber's situation:
 * <ul>
 * <li><b>Situation:</b> what the session has installed, its <em>latest</em> context
 *     ({@link io.pcrfd.pcrf.policy.IpCanContext}: subscription ids, APN, RAT-Type, IP-CAN-Type,
 *     serving MCC-MNC, UE/H(e)NB local addresses; set by CCR-I and changed by each CCR-U, which
 *     carries only what changed, TS 29.212 §4.5.2), the subscriber's profile, usage totals,
 *     the linked sessions, and room for Sy policy counter statuses and Rx AF sessions (empty
 *     until those applications feed them), the instant and the policy zone.</li>
 * <li><b>Event:</b> GX_REQUEST (with the CCR's type and its usage and rule reports),
 *     TIME_FLIP, USAGE_CROSSING, OPERATOR_PUSH, POLICY_RELOAD, and next SY_NOTIFICATION,
 *     RX_REQUEST, BPCF_REPORT. Conditions are tested against the situation only, so the same
 *     situation gives the same target whatever the event; the event adds only what it
 *     carries: CCR-T ends the session (empty accept), CCR-I grants every monitored key, a
 *     usage report re-grants its key, a failed-rule report keeps that rule out. An event
 *     raised by the PCRF itself is decided as an update of a running session.</li>
 * <li><b>Why:</b> a RAR decided on a CCR "re-typed UPDATE" took the context of whatever
 *     request the code had at hand, and a CCR-U's context that was not stored was lost: the
 *     next time flip or reload decided on the CCR-I's access and could undo what the CCA-U
 *     installed. The runtime now stores every CCR-U's context with the session (in-memory
 *     and Redis stores alike) and builds every situation from the stored session.</li>
 * </ul>
 *
 * <h2>Policy model</h2>
 * A policy has subscribers (keyed by Subscription-Id: bare digits are an IMSI, other types are
 * prefixed {@code msisdn:}, {@code nai:}, {@code sip:}, {@code private:}, so an MSISDN is never
 * taken for an IMSI), plans, a default plan and what to do with unknown subscribers (default
 * plan, or reject with 5030 DIAMETER_USER_UNKNOWN, RFC 4006 §9.1). A plan is an ordered list of
 * rules; for each rule whose {@link io.pcrfd.pcrf.policy.Conditions} hold, its
 * {@link io.pcrfd.pcrf.policy.Actions} apply: rule lists accumulate, {@code remove} takes away
 * what earlier rules added, single values are replaced by later rules, {@code reject} ends the
 * evaluation, {@code stop} ends it after that rule. "The plan's next state" after a usage
 * threshold is simply a later rule with a usage condition.
 *
 * <h2>Decisions written down</h2>
 * <ul>
 * <li><b>Diff:</b> the decision carries the full target state and the diff against what the
 *     session has; an installed, unchanged rule is not installed again; a changed dynamic rule
 *     is re-installed, which replaces it (TS 29.212 §4.5.2.1), never removed and installed.</li>
 * <li><b>Failed rules:</b> a rule reported INACTIVE in Charging-Rule-Report (TS 29.212
 *     §5.3.18) is treated as gone and is not offered again while the policy keeps wanting it;
 *     once the policy stops wanting it the failure is forgotten. TEMPORARILY_INACTIVE rules
 *     stay installed.</li>
 * <li><b>Usage:</b> totals in the input already include the request's reports. A grant is
 *     sent on CCR-I, after a report for its key, or when the plan's grant changed; it never
 *     reaches past the next threshold of the plan's usage conditions on that key
 *     ({@link io.pcrfd.pcrf.policy.GrantPlanner}), so the PCEF reports exactly at the threshold
 *     and the next state applies in that answer. USAGE_REPORT (33) is subscribed whenever
 *     something is monitored, REVALIDATION_TIMEOUT (17) whenever a revalidation time is set.</li>
 * <li><b>Time:</b> windows are local time in {@code policy.zone}, start included, end excluded,
 *     wrapping past midnight; days test the local date independently of windows.
 *     {@code nextChange} is the exact first instant at which a timed rule whose other
 *     conditions hold changes value, DST gaps and overlaps included
 *     ({@link io.pcrfd.pcrf.policy.TimeFlips}).</li>
 * <li><b>Access kind:</b> fixed for wireline RAT-Types (3-5) or IP-CAN-Type DOCSIS, xDSL, FBA;
 *     WLAN for RAT-Type 0-2 or a UE-Local-IP-Address without RAT-Type; 3GPP otherwise (an H(e)NB
 *     is 3GPP radio). See {@link io.pcrfd.pcrf.policy.AccessKind}.</li>
 * <li><b>Roaming:</b> 3GPP-SGSN-MCC-MNC present and not among the configured home PLMNs; with
 *     no home PLMNs configured nobody is roaming.</li>
 * <li><b>CCR-T:</b> an empty accept; nothing to install at the end of a session.</li>
 * <li><b>S9a:</b> {@link io.pcrfd.pcrf.policy.QosRuleDerivation} turns the Gx target into QoS
 *     rules for the BPCF (one per dynamic rule with QoS; predefined names mean nothing to a
 *     BPCF), and diffs two states into QoS-Rule-Install/Remove.</li>
 * <li><b>Sy policy counters</b> (TS 29.219): a {@code counter} condition holds when the
 *     counter's Policy-Counter-Status in the situation is one of its list; no status never
 *     matches. {@link io.pcrfd.pcrf.policy.PolicyEngine#countersNeeded} names the counters of the
 *     rules whose other conditions, time and days aside, hold: what the runtime subscribes to
 *     before deciding, so a counter tied to an APN or an access is subscribed only when a
 *     session needs it, and a time flip never needs a new subscription. A shared quota's members
 *     are decided on its owner's counters ({@link io.pcrfd.pcrf.policy.PolicyEngine#counterOwner});
 *     the engine itself only tests statuses, it never knows where they came from.</li>
 * <li><b>Metering:</b> the policy file's {@code metering:} section
 *     ({@link io.pcrfd.pcrf.policy.MeteringSection}) is data here; its arithmetic is
 *     {@code io.pcrfd.pcrf.metering}. A decision gets what metering adds as the situation's
 *     {@link io.pcrfd.pcrf.policy.MeteringOverlay}: the actions of the active metering policies
 *     and their crossed thresholds for the session's network, applied after the plan's rules
 *     (so a throttle's AMBR or QoS replaces the plan's), grants for the metered keys already cut
 *     at the next threshold (the plan's grant of that key is replaced, then capped by the plan's
 *     own usage thresholds as usual), and the next instant metering changes by itself, folded
 *     into {@code nextChange}. {@link io.pcrfd.pcrf.policy.Applicability} tests a condition
 *     outside a plan with the same meaning as in one.</li>
 * <li>RAT-Type, IP-CAN-Type and Event-Trigger are open sets (records around the number), so
 *     a value newer than our tables is kept and compared, not rejected.</li>
 * </ul>
 */
package io.pcrfd.pcrf.policy;
