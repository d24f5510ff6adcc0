package io.pcrfd.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.store.model.AfSession;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rx AF sessions and their link to the IP-CAN session (TS 29.214 §4.4.1). */
public interface AfSessionContract extends StoreFixture {

    default AfSession afSession(String id, String gx) {
        return new AfSession(id, 0, gx, "pcscf.example.org", "example.org", "IMS Services", List.of(2, 9),
                "{\"media\":1}", now(), now(), now().plus(TTL));
    }

    @Test
    default void anAfSessionIsCreatedOnceAndFoundByItsGxSession() {
        assertThat(await(store().afSessions().create(afSession("af;1", "gx;1")))).isTrue();
        assertThat(await(store().afSessions().create(afSession("af;1", "gx;2")))).isFalse();
        await(store().afSessions().create(afSession("af;2", "gx;1")));
        await(store().afSessions().create(afSession("af;3", "gx;2")));

        assertThat(await(store().afSessions().get("af;1"))).contains(afSession("af;1", "gx;1").withVersion(1));
        assertThat(await(store().afSessions().findByGxSession("gx;1"))).extracting(AfSession::sessionId)
                .containsExactlyInAnyOrder("af;1", "af;2");
        assertThat(await(store().afSessions().findByGxSession("gx;9"))).isEmpty();
    }

    @Test
    default void updatesAreCompareAndSetOnTheVersion() {
        await(store().afSessions().create(afSession("af;1", "gx;1")));
        AfSession v1 = await(store().afSessions().get("af;1")).orElseThrow();
        AfSession changed = v1.updated("video", List.of(9), "{\"media\":2}", now(), now().plus(TTL));

        CasResult<AfSession> first = await(store().afSessions().update(changed));
        CasResult<AfSession> second = await(store().afSessions().update(changed));

        assertThat(first).isEqualTo(new CasResult.Applied<>(changed.withVersion(2)));
        assertThat(second).isEqualTo(new CasResult.Stale<>(changed.withVersion(2)));
        assertThat(await(store().afSessions().update(afSession("af;none", "gx;1"))))
                .isInstanceOf(CasResult.Missing.class);
    }

    @Test
    default void anUpdateMayNotMoveTheSessionToAnotherGxSession() {
        await(store().afSessions().create(afSession("af;1", "gx;1")));
        AfSession moved = afSession("af;1", "gx;2").withVersion(1);

        assertThatThrownBy(() -> await(store().afSessions().update(moved)))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThat(await(store().afSessions().findByGxSession("gx;1"))).hasSize(1);
    }

    @Test
    default void removingTakesTheSessionOutOfItsGxIndex() {
        await(store().afSessions().create(afSession("af;1", "gx;1")));

        assertThat(await(store().afSessions().remove("af;1"))).map(AfSession::sessionId).contains("af;1");
        assertThat(await(store().afSessions().remove("af;1"))).isEmpty();
        assertThat(await(store().afSessions().findByGxSession("gx;1"))).isEmpty();
        assertThat(await(store().afSessions().create(afSession("af;1", "gx;2")))).isTrue();
    }

    @Test
    default void anExpiredAfSessionIsNotFound() {
        AfSession expired = new AfSession("af;old", 0, "gx;1", "pcscf.example.org", null, null, List.of(), null,
                now(), now(), now().minus(Duration.ofSeconds(1)));
        await(store().afSessions().create(expired));

        assertThat(await(store().afSessions().get("af;old"))).isEmpty();
        assertThat(await(store().afSessions().findByGxSession("gx;1"))).isEmpty();
        assertThat(await(store().afSessions().create(afSession("af;old", "gx;1")))).isTrue();
    }
}
