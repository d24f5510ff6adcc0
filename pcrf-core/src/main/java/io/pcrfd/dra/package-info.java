/**
 * The Policy DRA role ({@code role: dra}): a Diameter proxy agent (RFC 6733 §2.8.2, §6) in front
 * of pools of PCRFs, keeping the subscriber bindings of TS 29.213 §7.3 so that every
 * binding-capable session of a subscriber (Gx, Gxx, S9) reaches one PCRF, and the
 * binding-dependent sessions (Rx, Gx-Prime) follow them there.
 *
 * <pre>
 *  PCEF / AF ──CCR, AAR, STR──▶ DraNode ── Dispatcher ── DraProxy ──▶ DiameterNode.send ──▶ PCRF
 *            ◀─answer (client's Hop-by-Hop id)──────────────────────◀─answer──────────────┘
 *            ◀─RAR, ASR (to the session's client)───────────────────◀─RAR, ASR────────────  PCRF
 *                                        │
 *                       DraStore: binding SBR (IMSI[:APN] → PCRF, alternate keys MSISDN,
 *                       IPv4, IPv6 prefix) and session SBR (Session-Id → binding, PCRF, client);
 *                       memory for one DRA, Redis for several
 * </pre>
 *
 * <p>Packages: {@code dra.pool} (pool, sub-pool and PCRF selection), {@code dra.proxy} (the
 * request flows and the proxy's message rules), {@code dra.rest} (the REST API). The DRA reaches
 * the rest of pcrfd only through public APIs: the peer layer's {@code DiameterNode}, the
 * application-module contract, the configuration records, the store contract, the REST server.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Advertised applications</b>: the ones it proxies (Gx, Gxx, S9, Rx; each switched by
 *       {@code applications.*}), not the Relay id 0xffffffff: RFC 6733 §2.8.2 has a proxy
 *       advertise the applications it supports, and Relay (§2.4) is for agents that route without
 *       looking at the application. It also keeps gateways that refuse unknown ids working.</li>
 *   <li><b>Choosing the PCRF</b>: the proxy sets Destination-Host to the PCRF it chose (the
 *       binding's) and the peer layer sends by it; the PCRFs are {@code diameter.peers} the DRA
 *       dials. A request whose Destination-Host already names a PCRF of another binding is sent to
 *       the binding's PCRF: no split binding.</li>
 *   <li><b>An existing binding always wins</b>, even when a rule configured later would choose
 *       another pool. Only a binding this CCR-I created fails over to the next PCRF of its pool
 *       (its PCRF unreachable, or answering 3002/3004); a CCR-I on an existing binding whose PCRF
 *       is down gets 3002, or moves the binding (next point). A CCR-I whose PCRF did not answer in time is not sent elsewhere: the
 *       PCRF may have served it, and a second PCRF would split the binding.</li>
 *   <li><b>A PCRF that is down</b> (its connection closed, or its watchdog DOWN: RFC 3539 §3.4.1;
 *       SUSPECT is not down yet) gets no new binding. What its bindings do is chosen per pool,
 *       {@code dra.pools[].onPcrfDown} (README "Growing past one node"):
 *       <ul>
 *         <li>{@code refuse} (the default): a CCR-I for such a subscriber is answered 3002
 *             DIAMETER_UNABLE_TO_DELIVER (RFC 6733 §7.1.3: the server that must serve it cannot be
 *             reached) and the binding stays. For PCRFs that come back with their sessions
 *             (state kept across a restart) and operators who would rather refuse an attach than
 *             ever split a subscriber.</li>
 *         <li>{@code rehome}: the CCR-I moves the binding to a live PCRF of the binding's pool, in
 *             one atomic store step (two DRAs moving it at once: the first move wins, the other
 *             uses it), and goes there. The binding keeps its alternate keys, so Rx and Gx-Prime
 *             sessions follow it to the new PCRF (the one PCRF per binding of TS 29.213 §7.3).
 *             For PCRFs that keep their sessions to themselves: the subscriber's state died with
 *             the PCRF, and refusing would keep the subscriber off the network until the binding
 *             expires.</li>
 *       </ul>
 *       Either way the later requests of a session that lived on the dead PCRF (CCR-U/T, AAR,
 *       STR) get 3002 rather than go to another PCRF: their state died with it, another PCRF
 *       would answer 5002 DIAMETER_UNKNOWN_SESSION_ID (RFC 6733 §7.1.5), and 3002 lets the gateway
 *       apply its failure handling (Credit-Control-Failure-Handling, RFC 4006 §8.14) and set the
 *       session up again, which re-homes it. A CCR-T or STR still removes the session record.
 *       The choice is made before forwarding, from the peer layer's view: a CCR-I whose send
 *       fails because the PCRF went down just then gets 3002, and the gateway's retry moves it.</li>
 *   <li><b>A failed CCA-I</b> (not 2xxx, or no answer) detaches its session; a binding left
 *       without sessions goes, which removes one this request created. CCR-T and STR remove the
 *       session record once answered, and the binding with its last binding-capable session.</li>
 *   <li><b>IMSI required</b>: a binding-capable CCR-I without Subscription-Id END_USER_IMSI is
 *       answered 5005 with an example Subscription-Id in Failed-AVP.</li>
 *   <li><b>Malformed requests</b> are refused by the DRA's own codec (the generic grammar checks
 *       of the peer layer) rather than forwarded: the answer is the same a PCRF would give.</li>
 *   <li><b>No Origin-State-Id</b> (0): the sessions belong to the clients and the PCRFs, so a
 *       DRA restart must not make either end them (RFC 6733 §8.16). A DRA with a memory store
 *       forgets its bindings when it restarts; later requests then follow their Destination-Host
 *       to the PCRF that serves them. Several DRAs, or restarts that keep bindings, use Redis.</li>
 *   <li><b>Lifetimes</b>: bindings and session records expire {@code dra.sessionLifetime} after
 *       their last use; a request on a session renews it once half of that is gone (one store
 *       write per half-lifetime, not per request).</li>
 *   <li><b>Stale bindings</b>: the audit ({@code dra.audit}) asks each binding's PCRF over its
 *       admin REST API whether it still knows the sessions; Diameter has no request a proxy may
 *       send a PCRF to ask that.</li>
 * </ul>
 */
package io.pcrfd.dra;
