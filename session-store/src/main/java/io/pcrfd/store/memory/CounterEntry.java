package io.pcrfd.store.memory;

import io.pcrfd.store.model.CounterKey;
import java.time.Instant;

/** A counter's value and expiry, as kept in memory and in snapshots. */
record CounterEntry(CounterKey key, long value, Instant expiresAt) {
}
