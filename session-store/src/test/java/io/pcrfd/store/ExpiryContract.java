package io.pcrfd.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SessionState;
import io.pcrfd.store.model.SubscriberId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expiry is never silent: every session whose {@code expiresAt} passed before anybody closed it
 * is handed over once by {@code takeExpired}, whichever way the store found out. A session the
 * store still held comes back closed, its closed context stored; one whose record was lost
 * comes back by Session-Id alone (each store's own tests say which it does).
 */
public interface ExpiryContract extends StoreFixture {

    /** Stored already expired: Redis deletes the keys at once, the in-memory store hides it. */
    private IpCanSession expired(int n) {
        IpCanSession s = session(n).expiresAt(now().minus(Duration.ofSeconds(1))).build();
        await(store().sessions().create(s));
        return s;
    }

    private List<ExpiredSession> take(int limit) {
        return await(store().sessions().takeExpired(now(), now().plus(TTL), limit));
    }

    @Test
    default void anExpiredSessionIsHandedOverOnceAndLiveOnesAreNot() {
        IpCanSession live = await(store().sessions().create(session(101).build())).value();
        IpCanSession dead = expired(102);

        List<ExpiredSession> first = take(10);

        assertThat(first).extracting(ExpiredSession::sessionId).containsExactly(dead.sessionId());
        first.get(0).session().ifPresent(closed -> {
            assertThat(closed.state()).isEqualTo(SessionState.CLOSED);
            assertThat(closed.updatedAt()).isEqualTo(now());
            assertThat(await(store().contexts().findClosed("internet", SubscriberId.imsi(dead.imsi()))))
                    .hasValueSatisfying(c -> assertThat(c.sessionId()).isEqualTo(dead.sessionId()));
        });
        assertThat(take(10)).isEmpty();
        assertThat(await(store().sessions().get(live.sessionId()))).contains(live);
        assertThat(await(store().sessions().get(dead.sessionId()))).isEmpty();
    }

    @Test
    default void theLimitBoundsEachHandOverAndTheRestComeNext() {
        List<String> dead = new ArrayList<>();
        for (int n = 110; n < 115; n++) {
            dead.add(expired(n).sessionId());
        }

        List<String> taken = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            List<ExpiredSession> batch = take(2);
            assertThat(batch).hasSizeLessThanOrEqualTo(2);
            batch.forEach(e -> taken.add(e.sessionId()));
        }

        assertThat(taken).containsExactlyInAnyOrderElementsOf(dead);
        assertThat(take(2)).isEmpty();
    }

    @Test
    default void anExpiredSessionWhoseAddressANewSessionTookIsStillHandedOver() {
        IpCanSession dead = expired(120);

        assertThat(await(store().sessions().create(session(121).ueIpv4(dead.ueIpv4())
                .ueIpv6Prefix(dead.ueIpv6Prefix()).build())).claimed()).isTrue();

        assertThat(take(10)).extracting(ExpiredSession::sessionId).containsExactly(dead.sessionId());
    }

    @Test
    default void closingAnExpiredSessionFindsNothingAndItIsStillHandedOver() {
        IpCanSession dead = expired(122);

        assertThat(await(store().sessions().close(dead.sessionId(), now(), now().plus(TTL)))).isEmpty();
        assertThat(await(store().sessions().remove(dead.sessionId()))).isEmpty();

        assertThat(take(10)).extracting(ExpiredSession::sessionId).containsExactly(dead.sessionId());
    }

    @Test
    default void aSessionKeptWithoutExpiryIsNeverHandedOver() {
        IpCanSession kept = await(store().sessions().create(session(123).expiresAt(IpCanSession.NO_EXPIRY)
                .build())).value();

        clock().advance(Duration.ofDays(1_000));
        await(store().sweep());

        assertThat(take(10)).isEmpty();
        assertThat(await(store().sessions().get(kept.sessionId()))).contains(kept);
        assertThat(await(store().sessions().findByIpv4(kept.ueIpv4(), "internet", null))).contains(kept);
    }
}
