package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.Store;
import io.pcrfd.store.StoreFixture;
import io.pcrfd.store.TestClock;
import io.pcrfd.store.model.LinkedInterface;
import io.pcrfd.store.model.LinkedSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The linked-session counts the node's metrics read (sessions per application). */
class InMemoryLinkedCountTest implements StoreFixture {
    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemoryStore store = InMemoryStore.open(
            InMemoryStoreOptions.DEFAULTS.withSweepInterval(Duration.ZERO), clock);

    @Override
    public Store store() {
        return store;
    }

    @Override
    public TestClock clock() {
        return clock;
    }

    @Test
    void linkedSessionsAreCountedPerInterfaceAndGoWithTheirSession() {
        assertThat(store.linkedSessionCounts()).isEmpty();
        await(store.sessions().create(session(1).linkedSessions(List.of(
                new LinkedSession(LinkedInterface.S9A, "bpcf;1;1", "bpcf"),
                new LinkedSession(LinkedInterface.RX, "af;1;1", "af"))).build()));
        await(store.sessions().create(session(2).linkedSessions(List.of(
                new LinkedSession(LinkedInterface.S9A, "bpcf;1;2", "bpcf"))).build()));
        await(store.sessions().create(session(3).linkedSessions(List.of(
                new LinkedSession(LinkedInterface.S9, "vpcrf;1;3", "vpcrf"))).build()));
        await(store.sessions().create(session(4).build()));

        assertThat(store.linkedSessionCounts()).isEqualTo(Map.of(LinkedInterface.S9A, 2, LinkedInterface.S9, 1,
                LinkedInterface.RX, 1));
        await(store.sessions().remove(session(2).build().sessionId()));
        assertThat(store.linkedSessionCounts()).isEqualTo(Map.of(LinkedInterface.S9A, 1, LinkedInterface.S9, 1,
                LinkedInterface.RX, 1));
        assertThat(store.sessionCount()).isEqualTo(3);
    }
}
