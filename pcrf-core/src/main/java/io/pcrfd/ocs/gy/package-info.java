/**
 * The OCS's end of Gy: RFC 4006 session-based credit control (application 4) as TS 32.299
 * uses it, with Multiple-Services-Credit-Control per rating group.
 *
 * <p>Decisions, where the specifications leave room:
 * <ul>
 *   <li>The OCS grants its configured charging interval ({@code ocs.intervals}), whatever amount
 *       the Requested-Service-Unit names: the RSU only says which unit (CC-Total-Octets or
 *       CC-Input/Output-Octets, CC-Time, CC-Money); an empty RSU takes the rating group's unit
 *       from {@code ocs.ratingGroups}, octets by default.</li>
 *   <li>The interval is reserved whole across the account's containers (see
 *       {@link io.pcrfd.ocs.credit}); only the account's last credit is granted as a smaller
 *       interval, with Final-Unit-Indication TERMINATE (RFC 4006 §5.6.1).</li>
 *   <li>A Used-Service-Unit commits the rating group's reservation; usage reported without one
 *       (after a refusal, say) is charged from what is available.</li>
 *   <li>Sessions and reservations live in memory. A session also ends without CCR-T: when it
 *       was silent for twice the Validity-Time, or when its gateway announces a new
 *       Origin-State-Id; its reservations are then released ({@link io.pcrfd.ocs.gy.GyModule}).</li>
 * </ul>
 */
package io.pcrfd.ocs.gy;
