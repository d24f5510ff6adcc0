/**
 * The in-memory store, the default for a single pcrfd node (session-store/README.md).
 *
 * <p>Records live in {@link java.util.concurrent.ConcurrentHashMap}s with secondary indexes
 * beside them. Consistency: a create of a session or trigger, and any write that moves an
 * index key, holds striped locks on its id and unique keys (UE addresses, trigger local IP)
 * while the primary map and every index change, so two racing creates for one UE address (in
 * one APN and IP domain) cannot both win, and an index never names a record that a concurrent
 * create has not finished. On the Gx path the session store takes no more than it needs
 * ({@link io.pcrfd.store.memory.SessionTable} lists each write's locks): a close holds
 * its id's stripe only, and an update that moves no index key (every CCR-U that changes no
 * local IP or linked session) is a compare-and-set on the primary map alone; every session
 * write replaces or removes the very instance it read, so one that lost a race reads again.
 * Readers take no lock and re-check the indexed field on what they find. Bindings and counters need
 * one key only and are atomic through {@code compute}; usage totals live in primitive arrays
 * ({@link io.pcrfd.store.memory.UsageTable}), a report's four figures changed together in
 * place under the lock of the table segment holding the key. An entry there is one cache line
 * of a {@code long[]} (owner number, Monitoring-Key id and hash, figures, expiry); the
 * Monitoring-Keys are numbered per segment ({@link io.pcrfd.store.memory.MonitoringKeyIds}),
 * an id freed with the last entry holding it, so a gateway reporting ever new keys costs no
 * more than the entries it makes. The table is bounded by count ({@code usageMaxEntries}, each
 * segment its share), since its retention (31 days) bounds nothing under a flood of fresh
 * subscribers: a new key in a full segment evicts about the entry updated longest ago (a hand
 * over the dense entries compares 16 expiries, expired ones first; the owner's running total
 * restarts from zero, so evictions are counted, logged once per sweep and exported as a metric),
 * and a segment that fails to grow (an {@link java.lang.OutOfMemoryError}) is left as it was
 * ({@link io.pcrfd.store.memory.UsageSegment} says why and what it costs).
 *
 * <p>Expiry: reads compare {@code expiresAt} with the injected {@link java.time.Clock}, so an
 * expired record is gone at once; {@link io.pcrfd.store.memory.InMemoryStore#sweep()} (or the
 * background sweeper) frees its memory and index entries. An expired session is not dropped:
 * whoever finds it (the sweep, a create for its UE address or Session-Id, a close) moves it
 * out of the indexes into a backlog ({@link io.pcrfd.store.memory.ExpiredBacklog}), and
 * {@code takeExpired} closes it there, writing its closed context, and hands it over, so the
 * PCRF ends it through its one end-of-session path. The backlog is bounded (100,000, the
 * oldest dropped and logged past it) for a store used without anybody taking it; a snapshot
 * carries it across a planned restart, and sessions that expired while the daemon was down
 * join it at load. Why a pull from the audit rather than a listener called by the sweep: the
 * expired sessions found at load exist before any listener could be attached, and the audit
 * pass is where the PCRF already ends sessions, one bounded batch at a time. Counters are
 * filed by expiry second in a {@link io.pcrfd.store.memory.DeadlineQueue}, so their sweep
 * touches only what is due; usage totals are swept by a scan of their arrays, which hold no
 * object per entry to file; closed contexts sit in a
 * {@link io.pcrfd.store.memory.ClosedOrder} of retention ends, linked through the contexts
 * themselves, and in a {@link io.pcrfd.store.memory.ClosedIndex} of bucket chains by
 * trafficId, so that a close at the cap is O(1) with no map size counter shared by the event
 * loops. Closed contexts are also bounded per subscriber (the one updated longest ago
 * dropped first, so a close walks at most the bound) and capped by count (oldest retention
 * end dropped first), because every finished session leaves one. Metering meters are bounded
 * by subscribers ({@code meterMaxSubscribers}): a new subscriber in a full store evicts the
 * record at the head of their {@link io.pcrfd.store.memory.DeadlineQueue}, the earliest
 * deadline ({@link io.pcrfd.store.memory.InMemoryMeterStore} says how and what it costs).
 *
 * <p>Inactivity audit and due-trigger queries scan the primary map: an O(n) pass over one
 * million sessions takes tens of milliseconds and runs every few minutes, which is cheaper
 * than a sorted index costing memory on every session and work on every update.
 *
 * <p>Snapshot: {@link io.pcrfd.store.memory.InMemoryStore#close()} writes all live records as
 * JSON ({@link io.pcrfd.store.json.StoreJson}) through {@link io.pcrfd.store.snapshot.SnapshotFile}
 * (fsync, atomic rename); {@code open} reads it back, rebuilds the indexes and renames the file
 * to {@code NAME.loaded}, so a planned restart loses nothing and a crash later in the run never
 * reloads it. The snapshot also carries the Origin-State-Id the node announced, which the next
 * run announces again because it kept the state. A crash loses everything held in memory (the
 * node then announces a new Origin-State-Id); use Redis when that matters.
 */
package io.pcrfd.store.memory;
