package io.pcrfd.store.memory;

import io.pcrfd.store.DraStore;
import io.pcrfd.store.DraStoreContractTest;
import io.pcrfd.store.TestClock;

/**
 * The DRA store contract in one DRA's memory: the "other node" is the same store (its close
 * holds nothing, so closing it twice is harmless).
 */
class InMemoryDraStoreTest extends DraStoreContractTest {

    private InMemoryDraStore last;

    @Override
    protected DraStore openEmpty(TestClock clock) {
        last = new InMemoryDraStore(clock);
        return last;
    }

    @Override
    protected DraStore openSibling(TestClock clock) {
        return last;
    }
}
