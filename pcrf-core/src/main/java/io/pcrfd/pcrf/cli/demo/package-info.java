/**
 * {@code pcrfd demo}: reverse-initiated establishment (README; TS 29.215 §A.6.1.1.1 TER,
 * TS 29.213 §E.4.2.1) run end to end in one process over real loopback sockets, and its ladder
 * diagram.
 *
 * <p>A PCRF ({@link io.pcrfd.pcrf.node.PcrfNode}), a BPCF (the bpcf role runtime, found through
 * ServiceLoader) and a PCEF simulator (a codec {@code DiameterNode} with Gx) are started; the
 * PCEF and the BPCF each dial the PCRF through a {@link io.pcrfd.pcrf.cli.demo.WireRelay}, a
 * TCP relay that cuts the byte stream into Diameter messages by Message Length and records
 * each one with the time its last octet was read. The ladder is therefore what went over the
 * sockets, not what the nodes believe they sent. The steps: PCEF CCR-I (RAT-Type WLAN,
 * UE-Local-IP-Address) → the trigger (TER, or the project's CCR/AAR) → its answer 2001 → the
 * BPCF's S9a CCR-I → CCA with QoS-Rule-Install → admission (read from the BPCF simulator API)
 * → a policy change (policy file rewritten, reloaded, session re-authorised) → Gx RAR/RAA and
 * S9a RAR with QoS-Rule-Install/RAA → PCEF CCR-T → S9a RAR with Session-Release-Cause → the
 * BPCF's CCR-T → CCA-T.
 *
 * <p>Decisions: the relays use blocking sockets on virtual threads (a demo tool, never on a
 * Netty event loop); capabilities exchange and watchdog messages are left out of the ladder;
 * the BPCF's REST port is probed free beforehand because a role runtime binds configured ports
 * only, so a port taken between the probe and the bind fails the run at start with that
 * message (rerun).
 *
 * <p>Scenario {@code family} ({@code --scenario family}, README): a PCEF, the PCRF and the OCS
 * role (found through ServiceLoader, like the BPCF) in this process; the PCRF dials the OCS through a relay,
 * so Sy (TS 29.219) is on the same ladder as Gx. A shared quota's owner and member attach, one
 * Sy session serves both (SLR/SLA), the owner's counter is set to exhausted through the OCS's
 * REST API, and the OCS's SNR/SNA is followed by a throttling Gx RAR/RAA per session, then
 * STR/STA after the last CCR-T. Decisions: the OCS's Diameter and REST ports are probed free
 * beforehand, as the BPCF's REST port is; the OCS runs on the system clock (no pending
 * statuses in this scenario).
 */
package io.pcrfd.pcrf.cli.demo;
