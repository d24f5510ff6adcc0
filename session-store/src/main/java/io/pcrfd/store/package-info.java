/**
 * The store contract: what pcrfd remembers and how handlers reach it (session-store/README.md).
 *
 * <p>{@link io.pcrfd.store.Store} groups five sub-stores: IP-CAN sessions with their indexes
 * ({@link io.pcrfd.store.SessionStore}), subscriber bindings ({@link
 * io.pcrfd.store.BindingStore}), pending establishment triggers ({@link
 * io.pcrfd.store.TriggerStore}), usage counters ({@link io.pcrfd.store.CounterStore}), the
 * running usage per Monitoring-Key ({@link io.pcrfd.store.UsageStore}) and session contexts for
 * exposure ({@link io.pcrfd.store.SessionContextStore}), among others.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Every call is asynchronous and returns a {@link java.util.concurrent.CompletionStage};
 *       the in-memory store completes before returning, Redis completes on Lettuce's event
 *       loop. Nothing blocks a Diameter event loop on I/O. Where a completed stage per call is
       most of what a call costs (the usage totals, several per Gx request), a store that
       answers at once also offers the operations synchronously
       ({@link io.pcrfd.store.UsageStore#immediate()}); callers use the stages otherwise.</li>
 *   <li>Expected outcomes are values, not exceptions: a contested create is a
 *       {@link io.pcrfd.store.Claim.Held}, a lost compare-and-set a
 *       {@link io.pcrfd.store.CasResult.Stale}. Exceptions ({@link
 *       io.pcrfd.store.StoreException} and subclasses) mean the store itself failed.</li>
 *   <li>Every record carries its own {@code expiresAt}, chosen by the caller, so policy (how
 *       long a silent session lives, how long closed contexts are retained) stays out of
 *       the store. A session may be kept until it is closed
 *       ({@link io.pcrfd.store.model.IpCanSession#NO_EXPIRY}).</li>
 *   <li>Session expiry is never silent: {@link io.pcrfd.store.SessionStore#takeExpired} hands
 *       over each session the store expired, once, so its owner ends it like any other
 *       (closed context, linked sessions, counters, logs).</li>
 *   <li>Versioned records (sessions, triggers) get their version from the store: 1 on create,
 *       +1 per successful compare-and-set.</li>
 * </ul>
 */
package io.pcrfd.store;
