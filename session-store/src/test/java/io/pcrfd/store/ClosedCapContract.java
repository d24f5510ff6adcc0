package io.pcrfd.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SubscriberId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cap on closed session contexts ({@code closedMaxEntries}): past it, the contexts whose
 * retention ends first are dropped, so with one retention the newest closes are the ones kept.
 */
public interface ClosedCapContract extends StoreFixture {

    /** Another empty store on the same clock keeping at most {@code max} closed contexts; closed by the test class. */
    Store openStoreWithClosedMax(int max);

    @Test
    default void afterNPlusKClosesOnlyTheNewestNRemain() {
        Store capped = openStoreWithClosedMax(3);
        List<IpCanSession> closed = closeInTurn(capped, 300, 5, 0);

        for (int i = 0; i < 2; i++) {
            SubscriberId imsi = SubscriberId.imsi(closed.get(i).imsi());
            assertThat(await(capped.contexts().findClosed("internet", imsi))).as("dropped %d", i).isEmpty();
            assertThat(await(capped.contexts().find("internet", imsi))).as("dropped %d", i).isEmpty();
        }
        for (int i = 2; i < 5; i++) {
            assertThat(await(capped.contexts().findClosed("internet", SubscriberId.imsi(closed.get(i).imsi()))))
                    .as("kept %d", i).map(SessionContext::sessionId).contains(closed.get(i).sessionId());
        }
    }

    @Test
    default void aContextReplacedByALaterCloseCountsOnceAndAsNew() {
        Store capped = openStoreWithClosedMax(3);
        List<IpCanSession> first = closeInTurn(capped, 310, 3, 0);
        IpCanSession again = await(capped.sessions().create(session(313).imsi(first.get(0).imsi()).build())).value();
        close(capped, again, 3);
        IpCanSession fresh = closeInTurn(capped, 314, 1, 4).get(0);

        assertThat(await(capped.contexts().findClosed("internet", SubscriberId.imsi(first.get(0).imsi()))))
                .map(SessionContext::sessionId).contains(again.sessionId());
        assertThat(await(capped.contexts().findClosed("internet", SubscriberId.imsi(first.get(1).imsi()))))
                .isEmpty();
        assertThat(await(capped.contexts().findClosed("internet", SubscriberId.imsi(first.get(2).imsi()))))
                .isPresent();
        assertThat(await(capped.contexts().findClosed("internet", SubscriberId.imsi(fresh.imsi())))).isPresent();
    }

    @Test
    default void pastTheCapTheContextWhoseRetentionEndsFirstGoesEvenIfClosedLater() {
        Store capped = openStoreWithClosedMax(2);
        IpCanSession a = await(capped.sessions().create(session(320).build())).value();
        IpCanSession shortLived = await(capped.sessions().create(session(321).build())).value();
        IpCanSession c = await(capped.sessions().create(session(322).build())).value();
        close(capped, a, 0);
        Instant at = now().plusSeconds(1); // a shorter retention, as after a configuration change
        await(capped.sessions().close(shortLived.sessionId(), at, at.plusSeconds(60)));
        close(capped, c, 2);

        assertThat(await(capped.contexts().findClosed("internet", SubscriberId.imsi(shortLived.imsi())))).isEmpty();
        assertThat(await(capped.contexts().findClosed("internet", SubscriberId.imsi(a.imsi())))).isPresent();
        assertThat(await(capped.contexts().findClosed("internet", SubscriberId.imsi(c.imsi())))).isPresent();
    }

    /**
     * Opens and closes sessions {@code from} .. {@code from + count - 1}, one second apart from
     * now + {@code firstSecond} s.
     */
    private List<IpCanSession> closeInTurn(Store s, int from, int count, int firstSecond) {
        List<IpCanSession> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            IpCanSession created = await(s.sessions().create(session(from + i).build())).value();
            close(s, created, firstSecond + i);
            out.add(created);
        }
        return out;
    }

    /** Closes at now + {@code second} s, retained for TTL after that. */
    private void close(Store s, IpCanSession session, int second) {
        Instant at = now().plusSeconds(second);
        await(s.sessions().close(session.sessionId(), at, at.plus(TTL)));
    }
}
