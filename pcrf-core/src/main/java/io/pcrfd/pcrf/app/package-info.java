/**
 * Diameter applications as modules: the contract every application of a node implements
 * ({@link io.pcrfd.pcrf.app.DiameterApplicationModule}), and the runtime that resolves a role's
 * list of modules against the configuration ({@link io.pcrfd.pcrf.app.ApplicationModules}).
 *
 * <h2>Adding an application</h2>
 * Write a module: the applications it can serve ({@link io.pcrfd.pcrf.app.ServedApplication},
 * each with its {@code applications} key and when {@code auto} turns it on), its handlers,
 * ports, timers, counters and node events; then append it to the role's list (the PCRF's
 * {@code PcrfModules}, the BPCF's {@code BpcfModules}, found through {@code ServiceLoader} so
 * pcrf-core never names it). No other class changes. A module may use what the node
 * ({@code Store}, {@code PolicySource}) or a module before it published
 * ({@link io.pcrfd.pcrf.app.ModulePorts}); the list's order is the wiring order, so there are
 * no forward references: Gx publishes its policy port and its session events, and establishment,
 * after it, takes both.
 *
 * <h2>What CER/CEA advertise</h2>
 * Exactly the applications switched on (RFC 6733 §5.3.4: a peer may close the connection on an
 * application it does not know, and some clients drop it on the first unknown id they read).
 * {@code on} and {@code off} are what they say; {@code auto}:
 * <ul>
 *   <li>PCRF: {@code gx} on; {@code s9a} on when {@code establishment.peers} has an s9a peer (a
 *       BPCF); {@code s9} on when it has an s9 peer (this PCRF is an H-PCRF). A V-PCRF, which
 *       only answers its H-PCRF's TER and nothing else in the configuration implies, sets
 *       {@code s9: on}. {@code rx} off (nothing in the configuration implies an AF): an AF's
 *       PCRF sets {@code rx: on}.</li>
 *   <li>BPCF: {@code s9a} on (its only application).</li>
 *   <li>OCS: {@code sy} and {@code gy} on (Sy, 16777302, advertised vendor-specific; credit
 *       control, 4).</li>
 * </ul>
 * Decisions: an application the configuration uses cannot be switched off (a trigger would go
 * out for a session the node then refuses); a key the role has no module for, and a
 * configuration that leaves no application on, stop the start with one line. A module is
 * wired and started even when all its applications are off (its ports serve later modules);
 * the switches decide what is advertised and dispatched, and a request for an application
 * that is off is answered 3007 DIAMETER_APPLICATION_UNSUPPORTED by the dispatcher (RFC 6733
 * §7.1.3), since the node no longer lists it.
 */
package io.pcrfd.pcrf.app;
