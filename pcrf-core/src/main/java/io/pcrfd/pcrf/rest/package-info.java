/**
 * The admin REST API of a node: health, one session, a session search, re-authorisation of a
 * session by RAR (TS 29.212 §4.5.2 "PCRF-initiated IP-CAN session modification"), policy
 * reload, counters, a session's ladder of recent messages, and the read-only web console that
 * reads them. See {@link io.pcrfd.pcrf.rest.AdminServer} for the routes.
 *
 * <p>Decisions:
 * <ul>
 *   <li>The JDK's {@code com.sun.net.httpserver} and Jackson: no web framework for a
 *       dozen routes. Each request runs on its own virtual thread, so handlers may block on the store,
 *       a RAR round trip or the policy file without touching a Diameter event loop. The server
 *       and the error shape live in {@link io.pcrfd.pcrf.rest.JsonHttpServer}, which the BPCF
 *       simulator's API uses too, so both answer mistakes the same way.</li>
 *   <li>No authentication: it binds to 127.0.0.1 unless {@code rest.address} says otherwise.</li>
 *   <li>{@code POST /sessions/{id}/reauthorize} answers 202 once the RAA (or its absence after
 *       the retries) is known, with the outcome in the body: the operator sees what the gateway
 *       did, and the request still never outlives {@code gx.rarTimeout × (gx.rarRetries + 1)}.</li>
 *   <li>{@code POST /policy/reload} swaps the policy for the next decision of every session
 *       (its next CCR-U, RAR or time-of-day change); it sends no RAR to every session at once,
 *       which on a large node would be a signalling storm. A bad file answers 400 with the
 *       loader's one-line message and keeps the old policy.</li>
 *   <li>{@code GET /health} is 200 whenever the process serves; the body says {@code UP} when
 *       every configured peer is open and {@code DEGRADED} otherwise. Probes use {@code
 *       /health/live} and {@code /health/ready} ({@link io.pcrfd.pcrf.rest.OperationsRoutes},
 *       every server has them, with {@code /metrics} and {@code /openapi.json}).</li>
 *   <li>Routes are data ({@link io.pcrfd.pcrf.rest.Routes}): the server answers from the table,
 *       and the tests compare the same table with the published OpenAPI document, which is
 *       hand-written JSON ({@code admin-openapi.json}, {@code operations-openapi.json}) rather than
 *       generated from annotations: no framework, and the document says what a client needs
 *       (error shapes, percent-encoded Session-Ids) in words.</li>
 *   <li>The web console ({@code console.html}, {@link io.pcrfd.pcrf.rest.ConsolePage}) is one
 *       static page with its script inline and no library: no build step, nothing fetched from
 *       elsewhere (its Content-Security-Policy allows only this origin), every value written as
 *       text, never as HTML, since Session-Ids and host names come from peers. It is read-only:
 *       it calls GET routes only. It polls {@code /health} and {@code /metrics/counters} every
 *       second; a search is a link ({@code /console#imsi=...}) that can be shared.</li>
 *   <li>{@code GET /sessions} takes exactly one of {@code sessionId}, {@code imsi}, {@code ueIp}
 *       ({@link io.pcrfd.pcrf.rest.SessionSearch}) and answers every session found, an empty
 *       list when none: it is a search, not a resource. Each lookup is one of the store's
 *       indexes, never a scan.</li>
 * </ul>
 */
package io.pcrfd.pcrf.rest;
