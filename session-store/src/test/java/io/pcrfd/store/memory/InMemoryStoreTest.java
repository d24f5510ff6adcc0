package io.pcrfd.store.memory;

import io.pcrfd.store.Store;
import io.pcrfd.store.StoreContractTest;
import java.time.Clock;
import java.time.Duration;

/** The contract against the in-memory store (no sweeper thread: the clock is the test's). */
class InMemoryStoreTest extends StoreContractTest {

    @Override
    protected Store openEmptyStore(Clock clock) {
        return InMemoryStore.open(InMemoryStoreOptions.DEFAULTS.withSweepInterval(Duration.ZERO), clock);
    }

    @Override
    protected Store openEmptyStore(Clock clock, int closedMaxEntries) {
        return InMemoryStore.open(InMemoryStoreOptions.DEFAULTS.withSweepInterval(Duration.ZERO)
                .withClosedMaxEntries(closedMaxEntries), clock);
    }

    @Override
    protected Store openEmptyStoreWithClosedPerSubscriber(Clock clock, int closedPerSubscriber) {
        return InMemoryStore.open(InMemoryStoreOptions.DEFAULTS.withSweepInterval(Duration.ZERO)
                .withClosedPerSubscriber(closedPerSubscriber), clock);
    }
}
