package io.pcrfd.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.model.SySession;
import io.pcrfd.store.model.SySession.PendingStatus;
import io.pcrfd.store.model.SySession.PolicyCounter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sy sessions: by owner, by Sy Session-Id, by Gx session; replaced whole; expiry. */
public interface SySessionContract extends StoreFixture {

    private SySession sy(String syId, Set<String> gxIds, Duration ttl) {
        Map<String, List<String>> gx = new java.util.HashMap<>();
        gxIds.forEach(id -> gx.put(id, List.of("data-cap")));
        return new SySession("imsi:001010000000001", syId, List.of(SubscriberId.imsi("001010000000001")),
                Map.of("data-cap", new PolicyCounter("normal",
                        List.of(new PendingStatus("exhausted", now().plus(Duration.ofHours(1)))))),
                gx, "ocs.example", 7, now().plus(ttl));
    }

    @Test
    default void aSySessionIsFoundByOwnerSessionIdAndGxSession() {
        SySession s = sy("pcrf;1;1", Set.of("gx-a", "gx-b"), TTL);
        await(store().sySessions().put(s));

        assertThat(await(store().sySessions().get(s.owner()))).contains(s);
        assertThat(await(store().sySessions().bySessionId("pcrf;1;1"))).contains(s);
        assertThat(await(store().sySessions().byGxSession("gx-b"))).contains(s);
        assertThat(await(store().sySessions().byGxSession("gx-c"))).isEmpty();
        assertThat(await(store().sySessions().all())).containsExactly(s);
    }

    @Test
    default void aReplacedRecordDropsTheIndexEntriesItNoLongerHas() {
        await(store().sySessions().put(sy("pcrf;1;1", Set.of("gx-a", "gx-b"), TTL)));
        SySession next = sy("pcrf;1;2", Set.of("gx-b"), TTL);
        await(store().sySessions().put(next));

        assertThat(await(store().sySessions().byGxSession("gx-a"))).isEmpty();
        assertThat(await(store().sySessions().bySessionId("pcrf;1;1"))).isEmpty();
        assertThat(await(store().sySessions().bySessionId("pcrf;1;2"))).contains(next);
    }

    @Test
    default void removeTakesTheIndexesAlong() {
        SySession s = sy("pcrf;1;1", Set.of("gx-a"), TTL);
        await(store().sySessions().put(s));

        assertThat(await(store().sySessions().remove(s.owner()))).isTrue();
        assertThat(await(store().sySessions().remove(s.owner()))).isFalse();
        assertThat(await(store().sySessions().get(s.owner()))).isEmpty();
        assertThat(await(store().sySessions().byGxSession("gx-a"))).isEmpty();
        assertThat(await(store().sySessions().all())).isEmpty();
    }

    @Test
    default void anExpiredSySessionReadsAsAbsent() {
        SySession s = sy("pcrf;1;1", Set.of("gx-a"), Duration.ofMillis(-1));
        await(store().sySessions().put(s));

        assertThat(await(store().sySessions().get(s.owner()))).isEmpty();
        assertThat(await(store().sySessions().bySessionId("pcrf;1;1"))).isEmpty();
        assertThat(await(store().sySessions().all())).isEmpty();
    }
}
