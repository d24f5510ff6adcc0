/**
 * Policy counters (TS 29.219 §4.2) and their statuses. A counter watches one credit container:
 * its status is the one of the lowest threshold its balance is at or below ({@code normal},
 * {@code near-limit}, {@code exhausted} by default), so Gy usage and top-ups change it. An
 * operator may set a status, now or from a change time on; until that time it is reported as
 * pending (Pending-Policy-Counter-Information, TS 29.219 §5.3), after it as the status.
 *
 * <p>Decisions: the derived status reads the balance, not what is available after
 * reservations (a granted interval is not spent yet, and a status that flipped with each grant
 * and flipped back with each commit would flood the PCRF with SNRs). When a pending status's
 * time comes the OCS sends no SNR: the PCRF already knows it and applies it itself (TS 29.219
 * §4.5); the next SLA or SNR reports it as the status.
 */
package io.pcrfd.ocs.counter;
