package io.pcrfd.store;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The one contract every {@link Store} implementation passes. The tests live in the
 * interfaces it implements, one per area; a subclass only says how to open and wipe its
 * store. The clock starts at the real time (Redis expires keys on its own clock) truncated
 * to milliseconds (the precision Redis scores keep).
 */
public abstract class StoreContractTest implements SessionContract, AddressContract, ContextContract,
        ClosedCapContract, ClosedPerSubscriberContract, BindingContract, TriggerContract, CounterContract, ConcurrencyContract,
        ExpiryContract, AfSessionContract, SySessionContract, MeterContract, UsageContract {

    private final TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    private final List<Store> extraStores = new ArrayList<>();
    private Store store;

    /** A store with nothing in it, using {@code clock} wherever it needs time. */
    protected abstract Store openEmptyStore(Clock clock);

    /** The same with at most {@code closedMaxEntries} closed session contexts. */
    protected abstract Store openEmptyStore(Clock clock, int closedMaxEntries);

    /** The same with at most {@code closedPerSubscriber} closed session contexts per trafficId. */
    protected abstract Store openEmptyStoreWithClosedPerSubscriber(Clock clock, int closedPerSubscriber);

    @Override
    public Store openStoreWithClosedPerSubscriber(int max) {
        Store s = openEmptyStoreWithClosedPerSubscriber(clock, max);
        extraStores.add(s);
        return s;
    }

    @Override
    public Store openStoreWithClosedMax(int max) {
        Store s = openEmptyStore(clock, max);
        extraStores.add(s);
        return s;
    }

    @BeforeEach
    void openStore() {
        store = openEmptyStore(clock);
    }

    @AfterEach
    void closeStore() {
        store.close();
        extraStores.forEach(Store::close);
    }

    @Override
    public Store store() {
        return store;
    }

    @Override
    public TestClock clock() {
        return clock;
    }
}
