/**
 * The Redis store, through Lettuce's asynchronous API, for several pcrfd nodes sharing
 * sessions and bindings (session-store/README.md; bindings per TS 29.213 §7.3). Works with Redis 7
 * (it uses PEXPIREAT ... GT and GETDEL), standalone or Redis Cluster.
 *
 * <p>Layout: a session or trigger is a hash with its version {@code v} and JSON document
 * {@code d}; indexes are separate keys (unique ones are strings naming the record, the others
 * sets, the time-ordered ones sorted sets). Every change that touches more than one key runs
 * as one Lua {@link io.pcrfd.store.redis.Script}, so a concurrent reader or writer never sees
 * half of it, and two racing creates for one UE address in one APN and IP domain cannot both
 * win (the address's set is checked and joined in one script). The scripts derive the index
 * keys from the document themselves. The key layout is in the module README.
 *
 * <p>Expiry: every record key gets {@code PEXPIREAT expiresAt}; a set index's expiry is only
 * ever extended to its longest-lived member. A session kept until it is closed
 * ({@link io.pcrfd.store.model.IpCanSession#NO_EXPIRY}) has no TTL on any of its keys, and a
 * set it joins keeps none. A record that expires by TTL leaves members in set indexes, which
 * reads skip and remove; {@code sweep()} tidies the sorted sets of closed contexts and
 * triggers in bounded batches.
 *
 * <p>A session that expires by TTL is not lost without a word: its Session-Id stays in the
 * activity index ({@code upd}, no TTL) until {@code takeExpired} finds it there without its
 * hash, removes it and hands it over (one script, so with several nodes exactly one node gets
 * it). Each call looks at the 1,000 oldest members and at 1,000 more from a cursor that moves
 * on and wraps, so it is bounded and still reaches lost sessions behind many sessions kept
 * without expiry. Chosen over keyspace notifications, which need a server setting managed
 * Redis often refuses, are lost while no node listens, and carry only the key name. The
 * document is gone, so no closed context can be written for such a session: pcrfd sets the
 * TTL well past its inactivity timeout, so that the audit ends silent sessions first and the
 * TTL only fires when no node ran the audit for that long.
 *
 * <p>Redis Cluster ({@code openCluster}, Lettuce's cluster client, see {@code RedisLink}): the
 * scripts of {@link io.pcrfd.store.redis.RedisStore} touch keys they derive, which Redis Cluster
 * allows only when all of them hash to the script's slot, so its prefix must carry a hash tag,
 * for example {@code {pcrfd}:}: every key then lives in one slot, on one shard (UE address
 * indexes cross subscribers, so no per-subscriber tag can work).
 * {@link io.pcrfd.store.redis.RedisDraStore} spreads over every shard: a binding and its
 * session set share the IMSI's slot ({@code {IMSI}} tag) and every change of them is one script
 * there; alternate keys and session records live in slots of their own, written by
 * single-key commands after the binding step, and a reader trusts an alternate key only while
 * the binding it names still lists it. The consistency argument is in the module README,
 * "Policy DRA on Redis Cluster".
 *
 * <p>Failures: commands time out after the configured command timeout
 * ({@link io.pcrfd.store.StoreTimeoutException}); while the connection is down commands are
 * rejected at once ({@link io.pcrfd.store.StoreUnavailableException}). Lettuce reconnects with
 * exponential back-off capped at {@code reconnectDelayMax}; scripts are re-sent with EVAL
 * when a restarted Redis answers NOSCRIPT.
 */
package io.pcrfd.store.redis;
