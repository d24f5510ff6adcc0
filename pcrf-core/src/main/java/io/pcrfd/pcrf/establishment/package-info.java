/**
 * Reverse-initiated session establishment, the initiator side (README
 * "Reverse-initiated establishment"; TS 29.215 §A.6.1.1.1 and §A.7.6.6 TER; TS 29.213
 * §E.4.2.1 when to send it).
 *
 * <p>The Gx flow calls {@link io.pcrfd.pcrf.establishment.EstablishmentTrigger} (implemented by
 * {@link io.pcrfd.pcrf.establishment.EstablishmentService}). A trigger is sent when a stored
 * IP-CAN session carries a UE-Local-IP-Address (WLAN) or HeNB-Local-IP-Address (H(e)NB on a
 * fixed line) that {@code establishment.mappings} maps to a peer, and neither an S9a/S9
 * session nor a pending trigger exists for that local IP. The trigger goes out in the peer's
 * configured encoding:
 *
 * <ul>
 *   <li>{@code ter} (default): TS 29.215 Trigger-Establishment-Request, stateless
 *       (NO_STATE_MAINTAINED), a new Session-Id per attempt. The peer's CCR-I is matched by
 *       content: UE local IP, then H(e)NB local IP, then IMSI + APN.</li>
 *   <li>{@code ccr}/{@code aar}: the project's own encodings, a CCR or AAR carrying pcrfd.dia's
 *       Session-Establishment-Request (its value names the mode) and Establishment-Id (the
 *       trigger id, matched first). Modes: one-shot (the trigger session is ended by CCR-T once
 *       the peer's session is up; an AAR session just lapses, because neither S9a nor S9
 *       defines STR), device-level (one session per peer: INITIAL, then UPDATE), notify-only
 *       (nothing to end; the AAR says NO_STATE_MAINTAINED, the CCR only in its indication).</li>
 * </ul>
 *
 * <p>Every trigger carries only AVPs its command's grammar names, or that its {@code * [ AVP ]}
 * admits with the M bit clear (RFC 6733 §1.3.4; {@link io.pcrfd.pcrf.establishment.TriggerMessages}):
 * an independent peer answers 5001 to an M-bit AVP its grammar does not name. So PCRF-Address goes
 * only in the S9a TER, and the CCR (whose S9a grammar, TS 29.215 §A.7.2.1, names neither
 * PCRF-Address nor Auth-Session-State) and the AAR leave the peer to open its session towards
 * Origin-Host. The Gx session's Logical-Access-ID (ETSI ES 283 034, M clear) rides along on S9a
 * so a BPCF can find the access line by it.
 *
 * <p>The device-level session is taken as gone when the peer answers 5002 on it (the same
 * trigger is then sent at once as INITIAL_REQUEST in a new session; a 5002 to that fails it),
 * when the peer restarts (Origin-State-Id, RFC 6733 §8.16) and when its connection goes down
 * ({@link io.pcrfd.pcrf.establishment.EstablishmentModule#onNodeEvent}): the next trigger opens a
 * new one. A lost connection need not have lost the peer's session, but a second INITIAL costs the
 * peer one idle session, while an UPDATE into a session it lost would cost the trigger.
 *
 * <p>Answers: 2xxx accepted; no answer, 3002, 3004 and 4xxx are retried when the deadline
 * ({@code triggerTimeout}) passes, at most {@code retries} times; any other 3xxx and every 5xxx
 * (e.g. 5030, 5471) fail the trigger at once. A trigger whose CCR-I does not arrive is sent
 * again at each deadline, then marked FAILED, logged and counted
 * ({@link io.pcrfd.pcrf.establishment.EstablishmentCounters}); the Gx session is never touched.
 * Retries are driven by {@link io.pcrfd.pcrf.establishment.EstablishmentInitiator#runDue()}
 * against an injected clock, so several nodes sharing a Redis store retry each trigger once
 * (compare-and-set on the trigger).
 *
 * <p>A peer that restarts with loss of state (a new Origin-State-Id in its CER, RFC 6733
 * §8.16) takes its S9a/S9 sessions with it: {@link io.pcrfd.pcrf.establishment.EstablishmentModule#peerRestarted}
 * unlinks them at once, and once the peer is up again
 * ({@link io.pcrfd.pcrf.establishment.EstablishmentModule#peerUp}) each IP-CAN session that had
 * one is triggered again, one after the other, exactly as a new IP-CAN session would be; the UEs
 * are still attached, and only the PCRF knows it. A peer that kept its state (same
 * Origin-State-Id) keeps its sessions.
 *
 * <p>Decisions where the specs are silent: a retryable TEA error waits for the deadline rather
 * than resending at once (a 3004 peer is busy); a second Gx session behind an H(e)NB whose S9a
 * session exists is not linked to that S9a session (the store indexes a linked Session-Id to
 * one IP-CAN session), only the first one is; HeNB-Identity (pcrfd.dia) is defined for the
 * CCR/AAR identification but not sent, because Gx carries no H(e)NB identity to copy.
 *
 * <p>RAT-Type and IP-CAN-Type are read and stored but do not gate the trigger: what marks a UE
 * on a fixed broadband line is the local IP the gateway reports and the operator's mapping of
 * its prefix to a BPCF. A UE behind an H(e)NB is on 3GPP access (RAT-Type EUTRAN or UTRAN, not
 * WLAN), and gateways differ in whether they send RAT-Type WLAN or only IP-CAN-Type
 * Non-3GPP-EPS for untrusted WLAN, so requiring either would drop triggers TS 29.213 §E.4.2.1
 * asks for; a prefix that is not a fixed line simply is not mapped.
 */
package io.pcrfd.pcrf.establishment;
