/**
 * PCRF pool selection for new bindings: APN to pool rules with a default pool, sub-pool rules by
 * the CCR-I's Origin-Host, and a routing table per pool (priorities, weights, availability).
 *
 * <p>Decisions:
 * <ul>
 *   <li>Priority 1 is the highest, for sub-pool rules and routing-table entries alike, as in
 *       the realm table of the peer layer (RFC 6733 §2.7) and DNS SRV: one convention in the
 *       whole file.</li>
 *   <li>Sub-pool rules: the best priority wins; at one priority a full Origin-Host match wins
 *       over a partial one (prefix or suffix), so a host named in full is never overruled by a
 *       domain rule of the same rank; a longer partial value wins over a shorter one.</li>
 *   <li>A PCRF is available when its connection is open and its watchdog (RFC 3539) is OKAY or
 *       REOPEN; SUSPECT and DOWN PCRFs get no new binding.</li>
 * </ul>
 */
package io.pcrfd.dra.pool;
