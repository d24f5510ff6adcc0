/**
 * Usage metering across the fixed line and the mobile network: one usage metric per metering
 * policy, computed from the usage both networks report and their rating factors, compared with
 * thresholds whose actions go to the PCEF (Gx) and the BPCF (S9a).
 *
 * <h2>Where the usage comes from</h2>
 * <ul>
 * <li><b>Mobile:</b> Usage-Monitoring-Information in Gx CCR-U/CCR-T (TS 29.212 §4.5.16,
 *     §5.3.60): Monitoring-Key and Used-Service-Unit CC-Total-Octets. A Gx session over fixed
 *     access (IP-CAN-Type xDSL, DOCSIS, FBA, a wireline RAT-Type) counts as the fixed network.</li>
 * <li><b>Fixed:</b> the same grouped AVP in the BPCF's S9a CCR-U (TS 29.215 Annex A uses the Gx
 *     usage monitoring procedure; see {@code io.pcrfd.pcrf.establishment.s9a}). The S9a session
 *     is linked to the subscriber's IP-CAN session, so the meters are the same subscriber's.</li>
 * <li>Both go to the meters of the subscriber the Gx usage counters use (IMSI, else MSISDN).</li>
 * </ul>
 *
 * <h2>Policies ({@link io.pcrfd.pcrf.metering.MeteringPlan} from the policy file's
 * {@code metering:} section; its shape is documented in config/policy.yaml)</h2>
 * <ul>
 * <li><b>Active policy.</b> Policies are grouped in services (ordered lists; a primary in no
 *     service is a service of its own). In each service the first primary whose applicability
 *     condition holds and whose quota is not used up is active; when all applicable ones are used
 *     up, the last applicable one stays active (usage beyond the last quota is still counted and
 *     its thresholds keep applying). Under the chosen primary, the first secondary (in name
 *     order) whose own condition holds and whose quota is not used up is active instead, down
 *     the hierarchy: a secondary is applicable only when its primary's and its own conditions
 *     hold.</li>
 * <li><b>Charging.</b> A report of {@code n} octets under a key is charged to the active policy
 *     of each service metering that key, rated with <em>that</em> policy's factor, and the same
 *     rated amount is added to every policy above it (hierarchical metering charges both).
 *     A whole report is charged to the policy active when it arrives (the grant makes reports
 *     end at the boundary, so a report straddles a quota by at most what the PCEF counted past
 *     its grant).</li>
 * <li><b>Conditions.</b> Applicability and rating conditions are plan conditions (access, APN,
 *     RAT-Type, IP-CAN-Type, time windows, days, roaming, subscriber attributes), tested on the
 *     situation of the subscriber's IP-CAN session as seen from the report's network. Usage and
 *     Sy counter conditions are refused at load: a report is metered before any decision, where
 *     neither the plan's usage totals nor the Sy statuses are at hand; they belong in the plan,
 *     whose rules see the metering overlay's effect anyway.</li>
 * <li><b>Rating.</b> The first rating line whose condition holds (the report's network as its
 *     access kind, the report's instant for time windows and days) gives the factor; none: 1.
 *     A secondary that writes no rating uses its primary's.</li>
 * <li><b>Thresholds and actions.</b> A threshold is crossed while the active policy's rated
 *     usage is at or above its level; its actions, and the active policy's own {@code then},
 *     are applied after the plan's rules (so a throttle's AMBR or QoS replaces the plan's), on
 *     the networks the threshold names: for the PCEF in the Gx decision, for the BPCF in the QoS
 *     rules derived from a decision with the fixed network's actions. Thresholds of a policy
 *     above the active one do not apply (its meters still count).</li>
 * <li><b>Periods.</b> Monthly on a billing day (the month's last day when shorter), weekly,
 *     daily, at local midnight in {@code policy.zone}, or never; an operator reset removes the
 *     meters. Meter names carry the period start, so a period's end needs no write; the
 *     decision's next change includes the next reset and the next rating or applicability
 *     window, so the time-of-day scheduler decides the sessions again at that instant.</li>
 * </ul>
 *
 * <h2>Arithmetic (exact, written down)</h2>
 * <ul>
 * <li>Rating factors have at most three decimals and are kept as thousandths; rated usage is
 *     stored in milli-octets ({@code octets × factor × 1000}), a sum of exact integer products,
 *     so no rounding ever happens in a meter and reports in any order give the same sum.</li>
 * <li>Threshold levels: {@code p%} of a quota {@code Q} is {@code Q × 10 × p} milli-octets
 *     (whole percentages only), an absolute level {@code L} is {@code L × 1000}; crossed when
 *     rated ≥ level.</li>
 * <li>Shown usage (REST) is rated milli-octets divided by 1000, rounded down.</li>
 * <li>A grant is the octets to the next boundary (threshold or quota) divided by the factor,
 *     rounded <em>up</em>, so the report at the grant reaches the boundary and one octet less
 *     would not; at factor 0, or beyond every boundary, the policy's grant as written.</li>
 * <li>Overflow is refused ({@code Math.multiplyExact}), not wrapped: 10^18 milli-octets is
 *     10^15 octets per period.</li>
 * </ul>
 *
 * <h2>Exactly once</h2>
 * Each report is one batch in the store ({@code MeterStore}), identified by the reporting
 * Session-Id and CC-Request-Number: a retransmitted CCR (RFC 6733 §5.5.4) adds nothing, and
 * two reports at once, from both networks or two nodes on one Redis, both add (one
 * {@code compute} in memory, one Lua script on Redis).
 *
 * <p>{@link io.pcrfd.pcrf.metering.Metering} and the records are pure (no clock, store or
 * Diameter); {@link io.pcrfd.pcrf.metering.UsageMeters} is the runtime that reads and writes
 * the store.
 */
package io.pcrfd.pcrf.metering;
