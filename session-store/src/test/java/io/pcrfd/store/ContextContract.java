package io.pcrfd.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SessionState;
import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.model.UsageMonitor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Session contexts: keyed by APN + trafficId + Session-Id, ongoing and closed with retention. */
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
    default void everySessionOfOneApnAndTrafficIdKeepsItsClosedContextNewestFirst() {
        IpCanSession first = await(store().sessions().create(session(104).build())).value();
        await(store().sessions().close(first.sessionId(), now(), now().plus(TTL)));
        IpCanSession second = await(store().sessions().create(session(105).imsi(first.imsi()).build())).value();
        await(store().sessions().close(second.sessionId(), now().plusSeconds(9), now().plus(TTL)));

        assertThat(await(store().contexts().findClosed("internet", SubscriberId.imsi(first.imsi()))))
                .map(SessionContext::sessionId).contains(second.sessionId());
        assertThat(await(store().contexts().find("internet", SubscriberId.imsi(first.imsi()))))
                .extracting(SessionContext::sessionId).containsExactly(second.sessionId(), first.sessionId());
    }

    @Test
    default void aSubscribersContextsOnEveryApnOngoingFirstWithTheirUsage() {
        IpCanSession ims = await(store().sessions().create(session(110).apn("ims").usageMonitors(
                List.of(new UsageMonitor("mk1", true, 1_000_000, 4_096))).build())).value();
        IpCanSession web = await(store().sessions().create(session(111).imsi(ims.imsi()).build())).value();
        await(store().sessions().close(web.sessionId(), now().plusSeconds(3), now().plus(TTL)));
        await(store().sessions().create(session(112).build())); // another subscriber

        List<SessionContext> all = await(store().contexts().findBySubscriber(SubscriberId.imsi(ims.imsi())));

        assertThat(all).extracting(SessionContext::sessionId, SessionContext::apn, SessionContext::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ims.sessionId(), "ims", SessionState.ONGOING),
                        org.assertj.core.groups.Tuple.tuple(web.sessionId(), "internet", SessionState.CLOSED));
        assertThat(all.get(0).usage()).containsExactly(new UsageMonitor("mk1", true, 1_000_000, 4_096));
        assertThat(await(store().contexts().findBySubscriber(SubscriberId.imsi("001019999999999")))).isEmpty();
    }

    @Test
    default void closedContextsUpdatedBeforeTheCutoffAreRemovedForThatSubscriberOnly() {
        IpCanSession old = await(store().sessions().create(session(113).build())).value();
        await(store().sessions().close(old.sessionId(), now(), now().plus(TTL)));
        IpCanSession recent = await(store().sessions().create(session(114).imsi(old.imsi()).apn("ims").build())).value();
        await(store().sessions().close(recent.sessionId(), now().plusSeconds(60), now().plus(TTL)));
        IpCanSession other = await(store().sessions().create(session(115).build())).value();
        await(store().sessions().close(other.sessionId(), now(), now().plus(TTL)));

        assertThat(await(store().contexts().removeClosedBefore(SubscriberId.imsi(old.imsi()), now().plusSeconds(30))))
                .isEqualTo(1);

        assertThat(await(store().contexts().findBySubscriber(SubscriberId.imsi(old.imsi()))))
                .extracting(SessionContext::sessionId).containsExactly(recent.sessionId());
        assertThat(await(store().contexts().findClosed("internet", SubscriberId.imsi(other.imsi())))).isPresent();
        assertThat(await(store().contexts().removeClosedBefore(SubscriberId.imsi(old.imsi()), now()))).isZero();
    }

    @Test
    default void anOngoingContextsUpdateTimeFollowsTheLastStateQuery() {
        IpCanSession s = await(store().sessions().create(session(116).build())).value();
        await(store().sessions().update(s.toBuilder().stateQueriedAt(now().plusSeconds(42)).build()));

        assertThat(await(store().contexts().findBySubscriber(SubscriberId.imsi(s.imsi()))))
                .extracting(SessionContext::updateTime).containsExactly(now().plusSeconds(42));
        assertThat(await(store().sessions().get(s.sessionId()))).map(IpCanSession::updatedAt).contains(now());
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
