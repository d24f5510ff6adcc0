/**
 * Rx (TS 29.214, application 16777236): application functions (a P-CSCF, a video server) ask
 * for QoS for their media; the PCRF authorises the media against the policy, derives dynamic
 * PCC rules and installs them on the bound Gx session. The module is
 * {@link io.pcrfd.pcrf.rx.RxModule}; AAR and STR are handled by {@code AfSessionService}, the
 * reports to AFs (RAR, ASR) by {@code RxNotifier}.
 *
 * <h2>Decisions written down</h2>
 * <ul>
 *   <li><b>Binding</b> (TS 29.214 §4.4.1, TS 29.213 §7.3): by Framed-IP-Address, else
 *       Framed-IPv6-Prefix, in the APN (Called-Station-Id) and IP-Domain-Id the AAR names, else by
 *       Subscription-Id; made only when one IP-CAN session fits, otherwise 5065
 *       IP-CAN_SESSION_NOT_AVAILABLE (Experimental-Result, vendor 10415). An AAR for a known AF
 *       Session-Id modifies that AF session and keeps its binding (§4.4.2).</li>
 *   <li><b>The rules live in the decision.</b> An AF session stores the PCC rules derived from
 *       its media ({@code MediaRules}, QoS by {@link io.pcrfd.pcrf.qos.MediaQos}); every decision
 *       of the bound Gx session, whatever its event (CCR-U, time of day, reload), installs them
 *       beside the plan's, so no later decision drops them. An AAR or STR is an
 *       {@code RX_REQUEST} push: decide again, send the difference by Gx RAR
 *       (Charging-Rule-Install, Charging-Rule-Remove).</li>
 *   <li><b>AAA after RAA.</b> TS 29.214 allows the AAA before the Gx provisioning completes; this
 *       PCRF answers once the RAA is in (bounded by {@code gx.rarTimeout} and
 *       {@code gx.rarRetries}), so the AAA says whether the rules reached the PCEF: 2001 when the
 *       RAA applied them (or the rules were there already); when the PCEF applied the RAR but
 *       reported some rules INACTIVE, still 2001, followed by a RAR with
 *       INDICATION_OF_FAILED_RESOURCES_ALLOCATION if the AF subscribed (§4.4.6.1); 5065 when the
 *       Gx session turned out gone; 5012 DIAMETER_UNABLE_TO_COMPLY when the PCEF refused the RAR
 *       or never answered. After a 5065 or 5012 the AF session is removed. STA, on the other hand,
 *       is sent at once and the rules are removed after it (the AF has nothing to wait for).</li>
 *   <li><b>Preliminary service information</b> (Service-Info-Status PRELIMINARY, §4.4.7): authorised
 *       and installed with the gates closed (Flow-Status DISABLED); the final information opens
 *       them as its Flow-Status says.</li>
 *   <li><b>Policy</b>: a plan's rule may list {@code refuseMedia} (media types); an AAR asking for
 *       one while that rule holds for the Gx session (subscriber's plan, APN, access, time...)
 *       gets 5063 REQUESTED_SERVICE_NOT_AUTHORIZED with the Media-Component-Description in
 *       Failed-AVP. The verdict is taken at each AAR; a policy reload does not withdraw media
 *       already authorised.</li>
 *   <li><b>End of the Gx session</b> (CCR-T, eviction, gateway restart, audit, expiry): ASR with
 *       Abort-Cause BEARER_RELEASED to each bound AF; the AF session stays until the AF's STR
 *       (or its expiry, which is the Gx session's at the last AAR).</li>
 *   <li>AF sessions are stored in the node's store (memory or Redis) but not in the in-memory
 *       snapshot: after a restart the PCRF no longer knows them, so the next decision of the Gx
 *       session removes their rules, and the AF's next AAR or STR gets 5002.</li>
 * </ul>
 */
package io.pcrfd.pcrf.rx;
