/**
 * Liveness and readiness of a node, as {@code GET /health/live} and {@code GET /health/ready}
 * of every pcrfd REST server (the PCRF's admin API and the BPCF's) report them.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Live means the process answers HTTP: 200 whenever the REST server serves. Peers or the
 *       store being away is not a reason to restart the process (it reconnects by itself), so it
 *       never makes liveness fail.</li>
 *   <li>Ready (200, else 503) means the node can serve now: its Diameter sockets are bound, its
 *       store answers, and of the peers it dials at least one per realm is open; see
 *       {@link io.pcrfd.pcrf.health.Readiness} for why peers that dial us are never required.
 *       The body always says why: {@code {"status", "checks": {name: {status, detail}}}}.</li>
 *   <li>The older {@code GET /health} (200 with every peer's state) stays as it was.</li>
 * </ul>
 */
package io.pcrfd.pcrf.health;
