/**
 * The OCS's end of Sy (TS 29.219): SLR/SLA initial and intermediate, STR/STA, and SNR/SNA
 * towards the client when a subscribed policy counter's report changes.
 *
 * <p>Decisions, where the specification leaves room:
 * <ul>
 *   <li>An SLR with no Policy-Counter-Identifier subscribes to every counter of the account
 *       (TS 29.219 §4.5); an intermediate SLR's list replaces the subscriptions.</li>
 *   <li>An unknown subscriber is Result-Code 5030 DIAMETER_USER_UNKNOWN (RFC 4006 §9.1, a
 *       Result-Code of vendor 0); unknown counters are Experimental-Result 5570 (vendor 10415),
 *       with the unknown identifiers in Failed-AVP, and the subscriptions stay as they were.</li>
 *   <li>An SNR carries only the counters whose report changed, and no SN-Request-Type: absent,
 *       it means a normal report (TS 29.219 §5.3); this OCS never asks the PCRF to end a session.</li>
 *   <li>Sessions live in memory. A restart loses them and announces a higher Origin-State-Id
 *       (in CEA, SLA, STA and SNR), so the PCRF knows to subscribe again; a client that
 *       announces a new Origin-State-Id loses its sessions here too.</li>
 * </ul>
 */
package io.pcrfd.ocs.sy;
