/**
 * The BPCF role (TS 29.215 Annex A, S9a application 16777319; TS 23.139
 * for the fixed-broadband side): the far end of reverse-initiated establishment.
 *
 * <ul>
 *   <li>{@link io.pcrfd.bpcf.TriggerReceiver}: TER, or the project's own CCR/AAR with
 *       Session-Establishment-Request; answered at once, then an S9a CCR-I towards the PCRF in
 *       PCRF-Address (a TER's), else towards Origin-Host (the CCR and AAR variants), carrying the
 *       identification (and the Establishment-Id when the trigger had
 *       one, so the PCRF can match by id).</li>
 *   <li>{@link io.pcrfd.bpcf.BpcfSessions}: the S9a sessions; QoS rules from CCA and RAR are
 *       admitted per access line ({@link io.pcrfd.bpcf.AccessLines}); a rule beyond the line's
 *       capacity is reported in QoS-Rule-Report with PCC-Rule-Status INACTIVE and Rule-Failure-Code
 *       RESOURCES_LIMITATION; a RAR with Session-Release-Cause is answered and followed by CCR-T
 *       (S9a has no ASR/STR).</li>
 *   <li>{@link io.pcrfd.bpcf.Bpcf}: the role as a whole and the simulator commands (attach without
 *       a trigger, detach, usage, line capacity, list), served over HTTP by
 *       {@link io.pcrfd.bpcf.BpcfRestServer} on {@code rest.address}:{@code rest.port}.</li>
 *   <li>{@link io.pcrfd.bpcf.BpcfNode} / {@link io.pcrfd.bpcf.BpcfRoleRuntime}: {@code pcrfd run}
 *       with {@code role: bpcf} (config/bpcf.yaml): the peer stack serving S9a plus the REST
 *       controls.</li>
 *   <li>Restarts ({@link io.pcrfd.bpcf.BpcfStateFile}, {@link io.pcrfd.bpcf.BpcfSnapshot}): of the
 *       {@code store} section only {@code store.snapshot} applies. A graceful stop writes the S9a
 *       sessions (with their next CC-Request-Number and admitted rules), each line's capacity and
 *       reservations, and the Origin-State-Id, with the store's own snapshot code; the next start
 *       takes them back once and announces the same Origin-State-Id, so the PCRF keeps the sessions
 *       (a lab user stops and starts the simulator and carries on). After a crash the BPCF starts
 *       empty under a new Origin-State-Id; the PCRF then ends its S9a sessions with this BPCF and
 *       triggers it again for the UEs whose IP-CAN sessions still need one. Symmetrically, a PCRF
 *       that announces a new Origin-State-Id lost its sessions, and the BPCF ends its sessions
 *       towards it without a message ({@link io.pcrfd.bpcf.BpcfSessions#peerRestarted}).</li>
 * </ul>
 *
 * Fixed-line usage goes in CCR-U as Usage-Monitoring-Information (monitoring key
 * {@code fixed-line}, Used-Service-Unit octets): the S9a grammar defines no usage AVP and its
 * {@code *[AVP]} admits this one because its M bit is clear (RFC 6733 §1.3.4 lets * [ AVP ] carry
 * only such AVPs; every message the BPCF sends keeps to that). Socket-free: the runtime injects
 * the sender.
 */
package io.pcrfd.bpcf;
