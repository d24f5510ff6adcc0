/**
 * The RFC 3539 §3.4.1 transport watchdog (required by RFC 6733 §5.5) as a pure function:
 * {@link io.pcrfd.diameter.peer.watchdog.Watchdog#next} maps the watchdog's variables and an
 * event to new variables and ordered actions. The Tw timer is an event; the runtime owns the
 * clock, applies the ±2 s jitter of RFC 3539 §3.4.1 and carries out the actions on the peer's
 * event loop.
 *
 * <pre>
 *  INITIAL ──up──▶ OKAY ──Tw, DWR pending──▶ SUSPECT ──Tw──▶ DOWN ──up──▶ REOPEN ──3 DWA──▶ OKAY
 *                   ▲                           │ any message                 │ Tw, DWR pending twice
 *                   └───────────────────────────┘                             ▼
 *                                                                            DOWN
 * </pre>
 *
 * <p>Decision: in REOPEN the timer is re-armed after each DWA only when it fires (the RFC's
 * table), so failback after a reconnect takes about 3 Tw. REOPEN is not {@code available()}
 * for realm routing; the node may still use it for requests addressed by Destination-Host
 * when it is the only way to reach that host (see the peer package).
 */
package io.pcrfd.diameter.peer.watchdog;
