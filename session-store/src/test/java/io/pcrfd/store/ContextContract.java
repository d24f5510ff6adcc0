package io.pcrfd.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SessionState;
import io.pcrfd.store.model.SubscriberId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Session contexts: keyed by APN + trafficId, ongoing and closed with retention. */
public interface ContextContract extends StoreFixture {

    @Test
    default void ongoingThenClosedContextOfTheSameApnAndImsi() {
        IpCanSession old = await(store().sessions().create(session(100).build())).value();
        await(store().sessions().close(old.sessionId(), now().plusSeconds(5), now().plus(TTL)));
        IpCanSession current = await(store().sessions().create(session(101)
                .imsi(old.imsi()).build())).value();

        List<SessionContext> found = await(store().contexts().find("internet",
                SubscriberId.imsi(old.imsi())));

        assertThat(found).extracting(SessionContext::state, SessionContext::sessionId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SessionState.ONGOING, current.sessionId()),
                        org.assertj.core.groups.Tuple.tuple(SessionState.CLOSED, old.sessionId()));
        SessionContext closed = found.get(1);
        assertThat(closed.updateTime()).isEqualTo(now().plusSeconds(5));
        assertThat(closed.expiresAt()).isEqualTo(now().plus(TTL));
        assertThat(closed.mcc()).isEqualTo("001");
        assertThat(closed.mnc()).isEqualTo("01");
        assertThat(closed.pccRuleIds()).containsExactly("default", "video");
        assertThat(closed.qos().qci()).isEqualTo(9);
        assertThat(closed.ipv4Addr()).isEqualTo(old.ueIpv4());
        assertThat(closed.pcef()).isEqualTo("pgw1.example.org");
    }

    @Test
    default void msisdnIsTheTrafficIdOnlyWhenThereIsNoImsi() {
        IpCanSession noImsi = await(store().sessions().create(session(102).imsi(null).build())).value();
        await(store().sessions().close(noImsi.sessionId(), now(), now().plus(TTL)));

        assertThat(await(store().contexts().findClosed("internet", SubscriberId.msisdn(noImsi.msisdn()))))
                .map(SessionContext::trafficId).contains(SubscriberId.msisdn("4670000102"));
        IpCanSession withImsi = await(store().sessions().create(session(103).build())).value();
        assertThat(await(store().contexts().find("internet", SubscriberId.msisdn(withImsi.msisdn()))))
                .isEmpty();
    }

    @Test
    default void aLaterCloseReplacesTheClosedContext() {
        IpCanSession first = await(store().sessions().create(session(104).build())).value();
        await(store().sessions().close(first.sessionId(), now(), now().plus(TTL)));
        IpCanSession second = await(store().sessions().create(session(105).imsi(first.imsi()).build())).value();
        await(store().sessions().close(second.sessionId(), now().plusSeconds(9), now().plus(TTL)));

        assertThat(await(store().contexts().findClosed("internet", SubscriberId.imsi(first.imsi()))))
                .map(SessionContext::sessionId).contains(second.sessionId());
    }

    @Test
    default void theLastUpdatedSessionsContextWinsWhateverTheCloseOrder() {
        IpCanSession later = await(store().sessions().create(session(107).build())).value();
        IpCanSession earlier = await(store().sessions().create(session(108).imsi(later.imsi()).build())).value();
        await(store().sessions().close(later.sessionId(), now().plusSeconds(20), now().plus(TTL)));
        await(store().sessions().close(earlier.sessionId(), now().plusSeconds(10), now().plus(TTL)));

        assertThat(await(store().contexts().findClosed("internet", SubscriberId.imsi(later.imsi()))))
                .map(SessionContext::sessionId).contains(later.sessionId());
    }

    @Test
    default void aClosedContextPastItsRetentionIsGone() {
        IpCanSession s = await(store().sessions().create(session(106).build())).value();
        await(store().sessions().close(s.sessionId(), now(), now().minus(Duration.ofSeconds(1))));

        assertThat(await(store().contexts().findClosed("internet", SubscriberId.imsi(s.imsi())))).isEmpty();
    }
}
