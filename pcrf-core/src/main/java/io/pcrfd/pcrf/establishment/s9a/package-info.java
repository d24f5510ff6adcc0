/**
 * The PCRF's end of the session a peer opens after a trigger: S9a (TS 29.215 Annex A,
 * application 16777319, BPCF to PCRF) and S9 for the V-PCRF case (application 16777267).
 *
 * <ul>
 *   <li>{@link io.pcrfd.pcrf.establishment.s9a.S9aRequestHandler}: CCR-I matched to the pending
 *       trigger (Establishment-Id first, else by content), linked to the Gx IP-CAN session in the
 *       store, answered with QoS-Rule-Install derived from the Gx policy
 *       ({@link io.pcrfd.pcrf.policy.QosRuleDerivation}); an unmatched CCR-I is accepted when the
 *       UE has an IP-CAN session, else answered 5030 DIAMETER_USER_UNKNOWN. CCR-U carries
 *       QoS-Rule-Report rejections back to Gx; CCR-T unlinks.</li>
 *   <li>{@link io.pcrfd.pcrf.establishment.s9a.S9aPolicyPush}: RAR with QoS-Rule-Install /
 *       QoS-Rule-Remove when the Gx policy changes (§A.5.3.2); when the Gx session ends, RAR with
 *       Session-Release-Cause UNSPECIFIED_REASON (TS 29.212 §5.3.44 keeps IP_CAN_SESSION_TERMINATION
 *       for Sd; S9a has no ASR), and the BPCF's CCR-T
 *       that follows is answered 2001.</li>
 *   <li>{@link io.pcrfd.pcrf.establishment.s9a.PeerRestart}: a BPCF (or V-PCRF) that announces a
 *       new Origin-State-Id lost its sessions (RFC 6733 §8.16): its S9a/S9 sessions are unlinked
 *       here without a message (S9a has no abort procedure and the peer no longer knows them);
 *       the parent package then triggers the peer again for those IP-CAN sessions.</li>
 *   <li>{@link io.pcrfd.pcrf.establishment.s9a.GxPolicyPort}: what the Gx package implements
 *       for this side (the installed policy, the fixed network's policy, fixed usage; what to
 *       do with rejected QoS rules).</li>
 * </ul>
 *
 * <h2>Usage reports on S9a (decision written down)</h2>
 * The BPCF reports fixed-line usage as the PCEF does on Gx: CCR-U with
 * {@code *Usage-Monitoring-Information { Monitoring-Key, Used-Service-Unit { CC-Total-Octets
 * [, CC-Input-Octets, CC-Output-Octets] } [, Usage-Monitoring-Level] }} (TS 29.212 §4.5.16,
 * §5.3.60). The PCRF answers in the CCA-U (and may send in a RAR) Usage-Monitoring-Information
 * with Granted-Service-Unit, the volume to report at, and asks for a report now with
 * Usage-Monitoring-Information { Monitoring-Key, Usage-Monitoring-Report =
 * USAGE_MONITORING_REPORT_REQUIRED }. The S9a command grammars of TS 29.215 Annex A name no
 * Usage-Monitoring-Information, but each ends in {@code *[AVP]} and the AVP is sent with its
 * M bit clear, so a BPCF that does not meter ignores it (RFC 6733 §3.2: a non-mandatory AVP
 * it does not know). The usage goes to the same meters as the subscriber's mobile usage
 * ({@code io.pcrfd.pcrf.metering}); the S9a session's IP-CAN session gives the subscriber.
 * The PCRF asks for that report whenever it asks the Gx gateway of the linked IP-CAN session
 * for one (session context exposure's subscriber state), with the Gx session's Monitoring-Keys,
 * and does not wait for the BPCF's answer.
 * The QoS rules sent to the BPCF derive from {@link GxPolicyPort#fixedPolicy}: the Gx
 * decision with the metering actions meant for the fixed network.
 *
 * This package does not depend on its parent, which composes it; it reads usage AVPs with the
 * Gx package's validating reader.
 */
package io.pcrfd.pcrf.establishment.s9a;
