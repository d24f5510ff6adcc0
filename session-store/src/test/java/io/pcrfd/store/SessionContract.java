package io.pcrfd.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.store.model.AccessInfo;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.LinkedInterface;
import io.pcrfd.store.model.LinkedSession;
import io.pcrfd.store.model.SessionState;
import io.pcrfd.store.model.SubscriberId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** IP-CAN sessions: create, every index, compare-and-set, close, inactivity, gateway scan. */
public interface SessionContract extends StoreFixture {

    default SessionStore sessions() {
        return store().sessions();
    }

    @Test
    default void createStoresVersionOneAndGetReturnsEveryField() {
        IpCanSession s = session(1).linkedSessions(List.of(
                new LinkedSession(LinkedInterface.S9A, "bpcf;9;1", "bpcf.example.net"))).build();

        Claim<IpCanSession> claim = await(sessions().create(s));

        assertThat(claim).isInstanceOf(Claim.Claimed.class);
        assertThat(claim.value().version()).isEqualTo(1);
        assertThat(await(sessions().get(s.sessionId()))).contains(s.toBuilder().version(1).build());
    }

    @Test
    default void everyIndexFindsTheSession() {
        IpCanSession s = await(sessions().create(session(2).linkedSessions(List.of(
                new LinkedSession(LinkedInterface.RX, "af;7;2", "af.example.net"),
                new LinkedSession(LinkedInterface.SY, "ocs;3;2", "ocs.example.net"))).build())).value();
        await(sessions().create(session(3).build()));

        assertThat(await(sessions().findBySubscriber(SubscriberId.imsi("001010000002"), "internet")))
                .containsExactly(s);
        assertThat(await(sessions().findBySubscriber(SubscriberId.msisdn("46700002"), "internet")))
                .containsExactly(s);
        assertThat(await(sessions().findBySubscriber(SubscriberId.imsi("001010000002"), "ims"))).isEmpty();
        assertThat(await(sessions().findByIpv4("10.0.0.2", "internet", null))).contains(s);
        assertThat(await(sessions().findByIpv6Prefix("2001:db8:0:2::/64", "internet", null))).contains(s);
        assertThat(await(sessions().findByUeLocalIp("192.0.2.2"))).containsExactly(s);
        assertThat(await(sessions().findByHenbLocalIp("198.51.100.1"))).hasSize(2).contains(s);
        assertThat(await(sessions().findByLinkedSessionId("af;7;2"))).contains(s);
        assertThat(await(sessions().findByLinkedSessionId("ocs;3;2"))).contains(s);
        assertThat(await(sessions().findByIpv4("10.0.0.99", "internet", null))).isEmpty();
    }

    @Test
    default void sameSessionIdIsHeldByTheFirst() {
        IpCanSession first = await(sessions().create(session(4).build())).value();

        Claim<IpCanSession> second = await(sessions().create(session(4).ueIpv4("10.9.9.9")
                .ueIpv6Prefix(null).build()));

        assertThat(second).isEqualTo(new Claim.Held<>(first));
    }

    @Test
    default void boundUeIpv4ReturnsTheHolderUntilItIsClosed() {
        IpCanSession stale = await(sessions().create(session(5).build())).value();
        IpCanSession fresh = session(6).ueIpv4(stale.ueIpv4()).build();

        assertThat(await(sessions().create(fresh))).isEqualTo(new Claim.Held<>(stale));
        assertThat(await(sessions().get(fresh.sessionId()))).isEmpty();

        await(sessions().close(stale.sessionId(), now(), now().plus(TTL)));
        Claim<IpCanSession> retry = await(sessions().create(fresh));

        assertThat(retry.claimed()).isTrue();
        assertThat(await(sessions().findByIpv4(stale.ueIpv4(), "internet", null))).contains(retry.value());
    }

    @Test
    default void boundIpv6PrefixReturnsTheHolder() {
        IpCanSession holder = await(sessions().create(session(7).ueIpv4(null).build())).value();

        Claim<IpCanSession> other = await(sessions().create(session(8).ueIpv4(null)
                .ueIpv6Prefix(holder.ueIpv6Prefix()).build()));

        assertThat(other).isEqualTo(new Claim.Held<>(holder));
    }

    @Test
    default void compareAndSetAppliesOnceThenReportsStale() {
        IpCanSession v1 = await(sessions().create(session(9).build())).value();
        IpCanSession changed = v1.toBuilder().pccRules(List.of("gold")).updatedAt(now().plusSeconds(1)).build();

        CasResult<IpCanSession> first = await(sessions().update(changed));
        CasResult<IpCanSession> second = await(sessions().update(v1.toBuilder().ratType("WLAN").build()));

        IpCanSession v2 = changed.toBuilder().version(2).build();
        assertThat(first).isEqualTo(new CasResult.Applied<>(v2));
        assertThat(second).isEqualTo(new CasResult.Stale<>(v2));
        assertThat(await(sessions().get(v1.sessionId()))).contains(v2);
    }

    @Test
    default void updateOfAnUnknownSessionIsMissing() {
        assertThat(await(sessions().update(session(10).version(1).build())))
                .isEqualTo(new CasResult.Missing<>());
    }

    @Test
    default void updateMayNotChangeTheUeAddress() {
        IpCanSession v1 = await(sessions().create(session(11).build())).value();

        assertThatThrownBy(() -> sessions().update(v1.toBuilder().ueIpv4("10.1.1.1").build())
                .toCompletableFuture().join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(IllegalArgumentException.class);
        assertThat(await(sessions().findByIpv4(v1.ueIpv4(), "internet", null))).contains(v1);
    }

    @Test
    default void updateMovesAccessAndLinkedSessionIndexes() {
        IpCanSession v1 = await(sessions().create(session(12).linkedSessions(List.of(
                new LinkedSession(LinkedInterface.S9A, "bpcf;1;12", "bpcf"))).build())).value();
        IpCanSession moved = v1.toBuilder()
                .access(new AccessInfo("203.0.113.12", null, 0, null))
                .linkedSessions(List.of(new LinkedSession(LinkedInterface.SD, "tdf;1;12", "tdf")))
                .build();

        IpCanSession v2 = ((CasResult.Applied<IpCanSession>) await(sessions().update(moved))).value();

        assertThat(await(sessions().findByUeLocalIp("192.0.2.12"))).isEmpty();
        assertThat(await(sessions().findByHenbLocalIp("198.51.100.1"))).isEmpty();
        assertThat(await(sessions().findByUeLocalIp("203.0.113.12"))).containsExactly(v2);
        assertThat(await(sessions().findByLinkedSessionId("bpcf;1;12"))).isEmpty();
        assertThat(await(sessions().findByLinkedSessionId("tdf;1;12"))).contains(v2);
    }

    /**
     * The context a CCR-U reports (TS 29.212 §4.5.2) replaces the CCR-I's in the stored session,
     * so that a later PCRF-initiated decision reads it: RAT-Type, IP-CAN-Type, the serving
     * network and the local addresses of a UE that moved to WLAN; the identity stays.
     */
    @Test
    default void updateKeepsTheLatestAccessContextForTheNextDecision() {
        IpCanSession v1 = await(sessions().create(session(16).build())).value();
        IpCanSession moved = v1.toBuilder().ratType("WLAN").ipCanType("Non-3GPP-EPS").sgsnMccMnc("00102")
                .access(new AccessInfo("203.0.113.16", null, 4500, "lai-16")).build();

        IpCanSession v2 = ((CasResult.Applied<IpCanSession>) await(sessions().update(moved))).value();

        IpCanSession read = await(sessions().get(v1.sessionId())).orElseThrow();
        assertThat(read).isEqualTo(v2);
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.ratType()).isEqualTo("WLAN");
        assertThat(read.ipCanType()).isEqualTo("Non-3GPP-EPS");
        assertThat(read.sgsnMccMnc()).isEqualTo("00102");
        assertThat(read.access()).isEqualTo(new AccessInfo("203.0.113.16", null, 4500, "lai-16"));
        assertThat(read.sameIdentity(v1)).isTrue();
        assertThat(await(sessions().findByUeLocalIp("203.0.113.16"))).containsExactly(read);
        assertThat(await(sessions().findByUeLocalIp("192.0.2.16"))).isEmpty();
    }

    @Test
    default void sessionsAreFoundByThePeerOfTheirSubsessionsUntilUnlinked() {
        IpCanSession a = await(sessions().create(session(14).linkedSessions(List.of(
                new LinkedSession(LinkedInterface.S9A, "bpcf;1;14", "bpcf.example.net"),
                new LinkedSession(LinkedInterface.S9A, "bpcf;2;14", "bpcf.example.net"),
                new LinkedSession(LinkedInterface.RX, "af;1;14", "af.example.net"))).build())).value();
        IpCanSession b = await(sessions().create(session(15).linkedSessions(List.of(
                new LinkedSession(LinkedInterface.S9A, "bpcf;1;15", "bpcf.example.net"))).build())).value();

        assertThat(await(sessions().findByLinkedPeer("bpcf.example.net"))).containsExactlyInAnyOrder(a, b);
        assertThat(await(sessions().findByLinkedPeer("af.example.net"))).containsExactly(a);

        IpCanSession unlinked = ((CasResult.Applied<IpCanSession>) await(sessions().update(a.toBuilder()
                .linkedSessions(List.of(new LinkedSession(LinkedInterface.RX, "af;1;14", "af.example.net")))
                .build()))).value();
        await(sessions().close(b.sessionId(), now(), now().plus(TTL)));

        assertThat(await(sessions().findByLinkedPeer("bpcf.example.net"))).isEmpty();
        assertThat(await(sessions().findByLinkedPeer("af.example.net"))).containsExactly(unlinked);
    }

    @Test
    default void closeRemovesEveryIndexAndReturnsTheClosedSession() {
        IpCanSession s = await(sessions().create(session(13).linkedSessions(List.of(
                new LinkedSession(LinkedInterface.S9, "vpcrf;1;13", "vpcrf"))).build())).value();

        IpCanSession closed = await(sessions().close(s.sessionId(), now().plusSeconds(30),
                now().plus(TTL))).orElseThrow();

        assertThat(closed.state()).isEqualTo(SessionState.CLOSED);
        assertThat(closed.updatedAt()).isEqualTo(now().plusSeconds(30));
        assertThat(await(sessions().get(s.sessionId()))).isEmpty();
        assertThat(await(sessions().findByIpv4(s.ueIpv4(), "internet", null))).isEmpty();
        assertThat(await(sessions().findByIpv6Prefix(s.ueIpv6Prefix(), "internet", null))).isEmpty();
        assertThat(await(sessions().findBySubscriber(SubscriberId.imsi(s.imsi()), "internet"))).isEmpty();
        assertThat(await(sessions().findByGateway(s.gatewayHost()))).isEmpty();
        assertThat(await(sessions().findByUeLocalIp(s.access().ueLocalIp()))).isEmpty();
        assertThat(await(sessions().findByLinkedSessionId("vpcrf;1;13"))).isEmpty();
        assertThat(await(sessions().findInactiveSince(now().plus(TTL), 10))).isEmpty();
        assertThat(await(sessions().close(s.sessionId(), now(), now().plus(TTL)))).isEmpty();
    }

    @Test
    default void subscriberLookupWithoutApnFindsEverySessionOfThatSubscriberOnly() {
        IpCanSession internet = await(sessions().create(session(60).build())).value();
        IpCanSession ims = await(sessions().create(session(60).sessionId("pgw1.example.org;2;60")
                .apn("ims").ueIpv4("10.1.0.60").ueIpv6Prefix("2001:db8:1:60::/64").build())).value();
        IpCanSession other = await(sessions().create(session(61).build())).value();

        assertThat(await(sessions().findBySubscriber(SubscriberId.imsi(internet.imsi()))))
                .containsExactlyInAnyOrder(internet, ims);
        assertThat(await(sessions().findBySubscriber(SubscriberId.msisdn(internet.msisdn()))))
                .containsExactlyInAnyOrder(internet, ims);
        assertThat(await(sessions().findBySubscriber(SubscriberId.imsi(other.imsi()))))
                .containsExactly(other);
        assertThat(await(sessions().findBySubscriber(SubscriberId.msisdn(internet.imsi()))))
                .as("an IMSI value looked up as an MSISDN").isEmpty();

        await(sessions().close(internet.sessionId(), now(), now().plus(TTL)));

        assertThat(await(sessions().findBySubscriber(SubscriberId.imsi(internet.imsi()))))
                .containsExactly(ims);
        assertThat(await(sessions().findBySubscriber(SubscriberId.msisdn(internet.msisdn()))))
                .containsExactly(ims);
    }

    @Test
    default void removeLeavesNoClosedContext() {
        IpCanSession s = await(sessions().create(session(14).build())).value();

        assertThat(await(sessions().remove(s.sessionId()))).contains(s);

        assertThat(await(sessions().get(s.sessionId()))).isEmpty();
        assertThat(await(store().contexts().find("internet", SubscriberId.imsi(s.imsi())))).isEmpty();
        assertThat(await(sessions().remove(s.sessionId()))).isEmpty();
    }

    @Test
    default void inactivityQueryReturnsTheOldestFirstUpToTheLimit() {
        for (int i = 20; i < 25; i++) {
            await(sessions().create(session(i).updatedAt(now().minusSeconds(100 - i)).build()));
        }
        await(sessions().create(session(25).updatedAt(now()).build()));

        List<IpCanSession> silent = await(sessions().findInactiveSince(now().minusSeconds(60), 3));

        assertThat(silent).extracting(IpCanSession::sessionId).containsExactly(
                "pgw1.example.org;1;20", "pgw1.example.org;1;21", "pgw1.example.org;1;22");
        assertThat(await(sessions().findInactiveSince(now().minusSeconds(60), 100))).hasSize(5);
    }

    @Test
    default void gatewayScanReturnsEverySessionOfThatGatewayOnly() {
        for (int i = 30; i < 80; i++) {
            String gw = i % 2 == 0 ? "pgw1.example.org" : "pgw2.example.org";
            await(sessions().create(session(i).gatewayHost(gw).build()));
        }
        await(sessions().close("pgw1.example.org;1;30", now(), now().plus(TTL)));

        List<IpCanSession> pgw1 = await(sessions().findByGateway("pgw1.example.org"));

        assertThat(pgw1).hasSize(24).allMatch(s -> s.gatewayHost().equals("pgw1.example.org"));
        assertThat(await(sessions().findByGateway("pgw2.example.org"))).hasSize(25);
        assertThat(await(sessions().findByGateway("pgw3.example.org"))).isEmpty();
    }

    @Test
    default void aSessionThatHasExpiredIsGoneAndItsAddressIsFree() {
        IpCanSession dead = session(90).expiresAt(now().minus(Duration.ofSeconds(1))).build();
        await(sessions().create(dead));

        assertThat(await(sessions().get(dead.sessionId()))).isEmpty();
        assertThat(await(sessions().findByIpv4(dead.ueIpv4(), "internet", null))).isEmpty();
        assertThat(await(sessions().create(session(91).ueIpv4(dead.ueIpv4()).build())).claimed())
                .isTrue();
    }
}
