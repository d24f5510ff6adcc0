package io.pcrfd.store.memory;

import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.util.Objects;

/** One entry of the usage totals as snapshots keep it. */
record UsageEntry(UsageKey key, UsageTotals totals) {
    UsageEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(totals, "totals");
    }
}
