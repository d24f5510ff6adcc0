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
 * <h2>Usage monitoring on S9a</h2>
 * TS 29.215 Annex A names no usage AVP for S9a, but its CCR, CCA, RAR and RAA end in
 * {@code *[AVP]}, and Gx's usage monitoring (TS 29.212 §4.5.16, AVPs §5.3.59-63) has its M bit
 * clear on Usage-Monitoring-Information, so a strict receiver accepts it there (RFC 6733 §1.3.4;
 * every message the BPCF sends keeps to its grammar, M-bit AVPs included). The BPCF plays the
 * PCEF's part of §4.5.16 on that basis:
 * <ul>
 *   <li>It keeps usage per S9a session (one per UE behind a line) and per Monitoring-Key
 *       ({@link io.pcrfd.bpcf.SessionUsage}), with the last Granted-Service-Unit the PCRF sent
 *       for the key in a CCA or RAR.</li>
 *   <li>The simulator's {@code usage} command adds usage and sends a CCR-U carrying, per key,
 *       Usage-Monitoring-Information { Monitoring-Key, Used-Service-Unit { CC-Total-Octets,
 *       [CC-Input-Octets, CC-Output-Octets] }, [Usage-Monitoring-Level] } ({@link
 *       io.pcrfd.bpcf.UsageAvps}). At once by default (testers want reports on demand); with
 *       {@code whenGranted} the usage is held until the key's usage since its last report reaches
 *       the grant, as a PCEF does (held as well while the key has no grant; a new grant the held
 *       usage already reaches sends it after the RAA or CCA). A line's usage goes to
 *       the line's first S9a session only ({@link io.pcrfd.bpcf.UsageTarget}): sent on each UE
 *       session of the line it would be metered once per session.</li>
 *   <li>A RAR with Usage-Monitoring-Report USAGE_MONITORING_REPORT_REQUIRED (or
 *       Usage-Monitoring-Support USAGE_MONITORING_DISABLED, which also drops the key's grant) is
 *       answered RAA 2001, then a CCR-U reports the key's usage since its last report, zero
 *       included; every key the session knows when the request names none.</li>
 *   <li>Usage goes out once: taken from the key when the CCR-U is built, it counts as reported on
 *       a success answer and is put back on an error or no answer, to go in the next report. The
 *       CCR-T carries every key's usage not yet reported (its final usage).</li>
 *   <li>The session view ({@code GET /sessions}) shows each key's grant, unreported and reported
 *       usage, and each admitted QoS rule with the QoS it was last installed with (a throttle by a
 *       RAR re-installing a rule with a lower MBR shows there).</li>
 * </ul>
 * Socket-free: the runtime injects the sender.
 */
package io.pcrfd.bpcf;
