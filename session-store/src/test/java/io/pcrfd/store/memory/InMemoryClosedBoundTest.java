package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.TestClock;
import io.pcrfd.store.model.AuthorizedQos;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.PraStatus;
import io.pcrfd.store.model.PresenceReportingArea;
import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SessionState;
import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.model.UsageMonitor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The in-memory side of {@code closedPerSubscriber} that the contract cannot see: what stays
 * filed behind the held contexts, the drop count the sweep logs, a snapshot loaded in any order.
 */
class InMemoryClosedBoundTest {
    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
    private static final SubscriberId UE = SubscriberId.imsi("001019999900003");
    private static final Duration RETENTION = Duration.ofHours(24);

    private final TestClock clock = new TestClock(T0);

    @Test
    void aSubscriberClosingThousandsOfTimesHoldsTheBoundAndNothingElseStaysFiled() {
        InMemoryContextStore store = new InMemoryContextStore(clock, 100_000, 32);
        for (int i = 0; i < 10_000; i++) {
            store.put(context(UE, "s" + i, i));
        }

        assertThat(store.size()).isEqualTo(32);
        assertThat(store.filed()).as("no entry left behind in the retention order").isEqualTo(32);
        assertThat(store.takeDropped()).isEqualTo(10_000 - 32);
        assertThat(store.all()).extracting(SessionContext::sessionId).first().isEqualTo("s9999");

        clock.advance(RETENTION.plusSeconds(10_000));
        assertThat(store.sweep()).isEqualTo(32);
        assertThat(store.size()).isZero();
        assertThat(store.filed()).isZero();
    }

    @Test
    void contextsLoadedInAnyOrderKeepEachSubscribersNewest() {
        InMemoryContextStore store = new InMemoryContextStore(clock, 100_000, 3);
        List<SessionContext> snapshot = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            snapshot.add(context(UE, "a" + i, i));
            snapshot.add(context(SubscriberId.imsi("001019999900004"), "b" + i, i));
        }
        Collections.shuffle(snapshot, new Random(7));
        snapshot.forEach(store::put);

        assertThat(store.all()).extracting(SessionContext::sessionId)
                .containsExactlyInAnyOrder("a49", "a48", "a47", "b49", "b48", "b47");
        assertThat(store.filed()).isEqualTo(6);
        assertThat(store.takeDropped()).isEqualTo(94);
    }

    @Test
    void theCapStillDropsAcrossSubscribersAndOnlyHeldContextsAreFiled() {
        InMemoryContextStore store = new InMemoryContextStore(clock, 5, 2);
        for (int i = 0; i < 20; i++) {
            store.put(context(SubscriberId.imsi("00101999990" + (1000 + i % 4)), "s" + i, i));
        }

        assertThat(store.all()).extracting(SessionContext::sessionId)
                .containsExactlyInAnyOrder("s15", "s16", "s17", "s18", "s19");
        assertThat(store.filed()).isEqualTo(5);
    }

    @Test
    void aContextComesBackEqualFieldByFieldHoweverCompactlyItIsHeld() {
        InMemoryContextStore store = new InMemoryContextStore(clock, 100, 32);
        Instant at = T0.plusNanos(123_456_789);
        List<SessionContext> contexts = List.of(
                new SessionContext(UE, "internet", "one", SessionState.CLOSED, "10.0.1.2", "2001:db8:1::/64", at, at,
                        "001", "01", "EUTRAN", List.of("default", "video"), at,
                        new AuthorizedQos(9, 50_000_000L, 100_000_000L, 8, true, false, "0x05", 0, 0),
                        List.of(new PresenceReportingArea(0x123456, PraStatus.OUT)), "pgw", at.plus(RETENTION),
                        List.of(new UsageMonitor("mk1", true, 1_000, 10))),
                new SessionContext(UE, "ims", "two", SessionState.CLOSED, "010.0.0.1", null, at, at.plusSeconds(1),
                        null, null, null, List.of(), null, null, List.of(), "pgw", Instant.MAX,
                        List.of(new UsageMonitor("mk1", true, 1, 2), new UsageMonitor("mk2", false, 3, 4))),
                new SessionContext(UE, "ims", "three", SessionState.CLOSED, null, null, null, at.plusSeconds(2),
                        "001", null, null, List.of(), null, null, List.of(), "pgw", at.plus(RETENTION), List.of()));
        contexts.forEach(store::put);

        assertThat(store.all()).containsExactlyInAnyOrderElementsOf(contexts);
    }

    /** The compact entry built from a closing session reads back as the store-independent mapping of it. */
    @Test
    void aClosedSessionsEntryReadsBackAsItsSessionContext() {
        IpCanSession s = IpCanSession.builder("pgw;9").imsi("001019999900009").apn("internet").ueIpv4("10.9.0.9")
                .ueIpv6Prefix("2001:db8:9::/64").gatewayHost("pgw.example.org").ratType("EUTRAN")
                .sgsnMccMnc("00101").pccRules(List.of("default", "video")).pccRulesChangedAt(T0)
                .presenceReportingAreas(List.of(new PresenceReportingArea(0x123456, PraStatus.IN)))
                .usageMonitors(List.of(new UsageMonitor("mk1", true, 1_000, 10)))
                .qos(new AuthorizedQos(9, 1_000L, 2_000L, 8, true, false, "0x05", 0, 0))
                .startedAt(T0).updatedAt(T0.plusNanos(123_456_789)).expiresAt(T0.plus(RETENTION)).build();
        Instant until = T0.plus(RETENTION);

        ClosedEntry entry = ClosedEntry.closed(s, until, new SharedValues());

        assertThat(entry.context(new SharedValues())).isEqualTo(SessionContext.of(s, SessionState.CLOSED, s.updatedAt(), until));
    }

    /** A UE IPv4 address packed, kept as text (not a canonical dotted quad) or absent reads back as it was. */
    @Test
    void aContextsUeAddressReadsBackPackedAsTextOrAbsent() {
        for (String address : new String[] {"10.9.0.9", "0.0.0.0", "255.255.255.255", "010.9.0.9", null}) {
            IpCanSession s = IpCanSession.builder("pgw;1;2").imsi("001019999900009").apn("internet").ueIpv4(address)
                    .ueIpv6Prefix("2001:db8:9::/64").gatewayHost("pgw.example.org").startedAt(T0).updatedAt(T0)
                    .expiresAt(T0.plus(RETENTION)).build();

            ClosedEntry entry = ClosedEntry.closed(s, T0.plus(RETENTION), new SharedValues());

            assertThat(entry.context(new SharedValues()).ipv4Addr()).isEqualTo(address);
        }
    }

    @Test
    void closedContextsOfDifferentSessionsShareTheirRepeatingValues() {
        try (InMemoryStore store = InMemoryStore.open(InMemoryStoreOptions.DEFAULTS.withSweepInterval(Duration.ZERO),
                clock)) {
            SessionContext a = closeOne(store, 1);
            SessionContext b = closeOne(store, 2);

            assertThat(b.apn()).isEqualTo(a.apn()).isSameAs(a.apn());
            assertThat(b.pcef()).isSameAs(a.pcef());
            assertThat(b.ratType()).isSameAs(a.ratType());
            assertThat(b.mcc()).isEqualTo("001").isSameAs(a.mcc());
            assertThat(b.mnc()).isEqualTo("01").isSameAs(a.mnc());
            assertThat(b.pccRuleIds()).isSameAs(a.pccRuleIds());
            assertThat(b.qos()).isSameAs(a.qos());
        }
    }

    /**
     * The Session-Ids a context keeps as a shared prefix and its digits read back exactly,
     * including ids that differ only in leading zeros, and a later close of one of them replaces
     * its context only.
     */
    @Test
    void sessionIdsKeptAsPrefixAndDigitsReadBackAndMatchExactly() {
        InMemoryContextStore store = new InMemoryContextStore(clock, 100_000, 32);
        List<String> ids = List.of("pgw.example.org;77;1", "pgw.example.org;77;01", "pgw.example.org;77;001",
                "pgw.example.org;78;1", "pgw.example.org;77;x1", "pgw.example.org");
        for (int i = 0; i < ids.size(); i++) {
            store.put(context(UE, new String(ids.get(i)), i));
        }
        store.put(context(UE, new String("pgw.example.org;77;01"), 10));

        assertThat(store.size()).isEqualTo(ids.size());
        assertThat(store.all()).extracting(SessionContext::sessionId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(store.all()).filteredOn(c -> c.sessionId().equals("pgw.example.org;77;01"))
                .extracting(SessionContext::updateTime).containsExactly(T0.plusSeconds(10));
    }

    /** Creates and closes a session of IMSI ...n whose repeating values are fresh copies, as decoded from a CCR. */
    private SessionContext closeOne(InMemoryStore store, int n) {
        IpCanSession s = IpCanSession.builder("pgw;" + n).imsi("00101999990000" + n).apn(new String("internet"))
                .ueIpv4("10.9.0." + n).gatewayHost(new String("pgw.example.org")).ratType(new String("EUTRAN"))
                .sgsnMccMnc(new String("00101")).pccRules(List.of(new String("default")))
                .qos(new AuthorizedQos(9, 1_000L, 2_000L, 8, true, false, "0x05", 0, 0))
                .startedAt(T0).updatedAt(T0).expiresAt(T0.plus(RETENTION)).build();
        store.sessions().create(s);
        store.sessions().close(s.sessionId(), T0.plusSeconds(n), T0.plus(RETENTION));
        return store.contexts().findBySubscriber(SubscriberId.imsi(s.imsi())).toCompletableFuture().join().get(0);
    }

    private static SessionContext context(SubscriberId id, String sessionId, int second) {
        Instant at = T0.plusSeconds(second);
        return new SessionContext(id, "internet", sessionId, SessionState.CLOSED, null, null, at, at, null, null,
                null, List.of(), null, null, List.of(), "pgw", at.plus(RETENTION), List.of());
    }
}
