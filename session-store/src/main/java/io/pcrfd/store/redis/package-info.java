/**
 * The Redis store, through Lettuce's asynchronous API, for several pcrfd nodes sharing
 * sessions and bindings (DESIGN.md "The store"; seed 001 for bindings). Works with Redis 7
 * standalone (it uses PEXPIREAT ... GT and GETDEL).
 *
 * <p>Layout: a session or trigger is a hash with its version {@code v} and JSON document
 * {@code d}; indexes are separate keys (unique ones are strings naming the record, the others
 * sets, the time-ordered ones sorted sets). Every change that touches more than one key runs
 * as one Lua {@link io.pcrfd.store.redis.Script}, so a concurrent reader or writer never sees
 * half of it, and two racing creates for one UE address cannot both win. The scripts derive
 * the index keys from the document themselves. The key layout is in the module README.
 *
 * <p>Expiry: every record key gets {@code PEXPIREAT expiresAt}; a set index's expiry is only
 * ever extended to its longest-lived member. A record that expires by TTL leaves members in
 * set and sorted-set indexes; reads skip (and remove) them, and {@code sweep()} tidies the
 * sorted sets in bounded batches.
 *
 * <p>Redis Cluster: the scripts touch keys they derive, which Redis Cluster allows only when
 * all of them hash to the script's slot. Give the prefix a hash tag, for example
 * {@code {pcrfd}:}, so every key hashes on {@code pcrfd} alone and lives in one slot. That
 * works but puts all data on one shard; sharding per subscriber is not possible because UE
 * address indexes cross subscribers. For more capacity run several standalone Redis
 * instances (one per pcrfd site or pool) rather than one cluster.
 *
 * <p>Failures: commands time out after the configured command timeout
 * ({@link io.pcrfd.store.StoreTimeoutException}); while the connection is down commands are
 * rejected at once ({@link io.pcrfd.store.StoreUnavailableException}). Lettuce reconnects with
 * exponential back-off capped at {@code reconnectDelayMax}; scripts are re-sent with EVAL
 * when a restarted Redis answers NOSCRIPT.
 */
package io.pcrfd.store.redis;
