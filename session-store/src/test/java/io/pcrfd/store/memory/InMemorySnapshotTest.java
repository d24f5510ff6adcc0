package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.store.Store;
import io.pcrfd.store.StoreDataException;
import io.pcrfd.store.StoreFixture;
import io.pcrfd.store.TestClock;
import io.pcrfd.store.model.CounterKey;
import io.pcrfd.store.model.CounterScope;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.PendingTrigger;
import io.pcrfd.store.model.SubscriberBinding;
import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.model.SySession;
import io.pcrfd.store.model.TriggerIdentification;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import io.pcrfd.store.snapshot.SnapshotUnreadableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A graceful stop writes everything; the next start reads it back with working indexes, and
 * only that start: a crash later never brings the snapshot back.
 */
class InMemorySnapshotTest implements StoreFixture {

    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T12:00:00Z"));
    private InMemoryStore store;

    @TempDir
    Path dir;

    @Override
    public Store store() {
        return store;
    }

    @Override
    public TestClock clock() {
        return clock;
    }

    private InMemoryStore open(Path file) {
        store = InMemoryStore.open(InMemoryStoreOptions.DEFAULTS.withSweepInterval(Duration.ZERO)
                .withSnapshotFile(file), clock);
        return store;
    }

    @Test
    void aPlannedRestartLosesNothing() throws IOException {
        Path file = dir.resolve("store.json");
        open(file);
        IpCanSession s = await(store.sessions().create(session(1).build())).value();
        IpCanSession closedOne = await(store.sessions().create(session(2).build())).value();
        await(store.sessions().close(closedOne.sessionId(), now(), now().plus(Duration.ofDays(7))));
        SubscriberBinding b = new SubscriberBinding(SubscriberId.imsi(s.imsi()), "internet", "pcrf-a",
                now(), now().plus(TTL));
        await(store.bindings().bindIfAbsent(b));
        PendingTrigger t = await(store.triggers().createIfAbsent(trigger("t1", "192.0.2.7", null, null))).value();
        CounterKey key = new CounterKey(CounterScope.MONITORING_KEY, "IMSI:" + s.imsi(), "mk1");
        await(store.counters().add(key, 123_456, now().plus(TTL)));
        store.close();

        assertThat(Files.readString(file)).contains("\"sessionId\":\"" + s.sessionId() + "\"");
        open(file);

        assertThat(await(store.sessions().findByIpv4(s.ueIpv4(), "internet", null))).contains(s);
        assertThat(await(store.sessions().findByGateway(s.gatewayHost()))).containsExactly(s);
        assertThat(await(store.contexts().findClosed("internet", SubscriberId.imsi(closedOne.imsi()))))
                .isPresent();
        assertThat(await(store.bindings().find(b.subscriber(), "internet"))).contains(b);
        assertThat(await(store.triggers().match(new TriggerIdentification(null, "192.0.2.7", null, null, null))))
                .contains(t);
        assertThat(await(store.counters().get(key))).isEqualTo(123_456);
        store.close();
    }

    /**
     * Sy sessions come back with their statuses and pending statuses and are found by their Sy
     * and Gx Session-Ids; one that expired while the node was stopped does not.
     */
    @Test
    void sySessionsSurviveAPlannedRestart() throws IOException {
        Path file = dir.resolve("store.json");
        open(file);
        SySession kept = new SySession("imsi:001010000000001", "pcrf;1;sy", List.of(SubscriberId.imsi("001010000000001")),
                Map.of("data-cap", new SySession.PolicyCounter("normal",
                        List.of(new SySession.PendingStatus("exhausted", now().plusSeconds(60))))),
                Map.of("gx;1", List.of("data-cap")), "ocs.example", 7, now().plus(TTL));
        SySession expiring = new SySession("imsi:001010000000002", "pcrf;2;sy", List.of(), Map.of(),
                Map.of("gx;2", List.of("data-cap")), "ocs.example", 7, now().plusSeconds(5));
        await(store.sySessions().put(kept));
        await(store.sySessions().put(expiring));
        store.close();
        clock.advance(Duration.ofSeconds(10));
        open(file);

        assertThat(await(store.sySessions().bySessionId("pcrf;1;sy"))).contains(kept);
        assertThat(await(store.sySessions().byGxSession("gx;1"))).contains(kept);
        assertThat(await(store.sySessions().all())).containsExactly(kept);
        assertThat(await(store.sySessions().byGxSession("gx;2"))).isEmpty();
        store.close();
    }

    /** Usage totals are written as one entry per owner and Monitoring-Key and come back as they were. */
    @Test
    void usageTotalsSurviveAPlannedRestart() throws IOException {
        Path file = dir.resolve("store.json");
        open(file);
        UsageKey key = new UsageKey("IMSI:001010000000001", "mk1");
        long exp = now().plus(TTL).toEpochMilli();
        await(store.usage().add(key, 123_456, 100_000, 23_456, 90, exp));
        store.close();
        assertThat(Files.readString(file)).contains("\"usage\":[{\"key\":{\"owner\":\"IMSI:001010000000001\","
                + "\"monitoringKey\":\"mk1\"},\"totals\":{\"totalOctets\":123456,");
        open(file);

        assertThat(await(store.usage().get(key))).isEqualTo(new UsageTotals(123_456, 100_000, 23_456, 90, exp));
        assertThat(await(store.usage().add(key, 4, 2, 2, 1, exp))).isEqualTo(new UsageTotals(123_460, 100_002,
                23_458, 91, exp));
        store.close();
    }

    /**
     * A snapshot of the previous version kept each Monitoring-Key's usage as four counters (the
     * key for CC-Total-Octets, key/input, key/output, key/time): loading it folds them into one
     * entry per key; counters of other scopes stay counters, and a key containing "/" is a key.
     */
    @Test
    void aSnapshotOfThePreviousVersionFoldsFourCountersPerKeyIntoOneEntry() throws IOException {
        Path file = dir.resolve("store.json");
        String exp = now().plus(TTL).toString();
        String owner = "IMSI:001010000000001";
        Files.writeString(file, "{\"kind\":\"pcrfd-store\",\"format\":1,\"writtenAt\":\"" + now()
                + "\",\"originHost\":null,\"originStateId\":0,\"sessions\":[],\"closedContexts\":[],"
                + "\"bindings\":[],\"triggers\":[],\"counters\":["
                + legacy("MONITORING_KEY", owner, "mk1", 1500, exp) + ","
                + legacy("MONITORING_KEY", owner, "mk1/input", 1000, exp) + ","
                + legacy("MONITORING_KEY", owner, "mk1/output", 500, exp) + ","
                + legacy("MONITORING_KEY", owner, "mk1/time", 60, exp) + ","
                + legacy("MONITORING_KEY", owner, "video/input", 70, exp) + ","
                + legacy("MONITORING_KEY", owner, "video/input/input", 40, exp) + ","
                + legacy("MONITORING_KEY", owner, "video/input/output", 30, exp) + ","
                + legacy("MONITORING_KEY", owner, "video/input/time", 5, exp) + ","
                + legacy("SUBSCRIBER", owner, "total", 9, exp) + "],\"meters\":[]}");

        open(file);

        long ms = now().plus(TTL).toEpochMilli();
        assertThat(await(store.usage().get(new UsageKey(owner, "mk1")))).isEqualTo(new UsageTotals(1500, 1000, 500, 60, ms));
        assertThat(await(store.usage().get(new UsageKey(owner, "video/input"))))
                .isEqualTo(new UsageTotals(70, 40, 30, 5, ms));
        assertThat(await(store.usage().get(new UsageKey(owner, "video")))).isEqualTo(UsageTotals.NONE);
        assertThat(await(store.counters().get(new CounterKey(CounterScope.SUBSCRIBER, owner, "total")))).isEqualTo(9);
        assertThat(await(store.counters().get(new CounterKey(CounterScope.MONITORING_KEY, owner, "mk1")))).isZero();
        store.close();
        assertThat(Files.readString(file)).as("written back in the new form").doesNotContain("mk1/input")
                .contains("\"monitoringKey\":\"mk1\"");
    }

    private static String legacy(String scope, String owner, String name, long value, String expiresAt) {
        return "{\"key\":{\"scope\":\"" + scope + "\",\"owner\":\"" + owner + "\",\"name\":\"" + name
                + "\"},\"value\":" + value + ",\"expiresAt\":\"" + expiresAt + "\"}";
    }

    /** Usage meters and the report ids seen come back: a retransmission after the restart counts once. */
    @Test
    void metersAndSeenReportsSurviveAPlannedRestart() throws IOException {
        Path file = dir.resolve("store.json");
        open(file);
        await(store.meters().add("imsi:001010000000001", "s9a;1;3", java.util.Map.of("gold|0|rated", 7_000L),
                now().plus(TTL)));
        store.close();
        assertThat(Files.readString(file)).contains("\"gold|0|rated\":7000");
        open(file);

        var again = await(store.meters().add("imsi:001010000000001", "s9a;1;3", java.util.Map.of("gold|0|rated", 7_000L),
                now().plus(TTL)));
        assertThat(again.applied()).isFalse();
        assertThat(again.meters()).containsExactlyEntriesOf(java.util.Map.of("gold|0|rated", 7_000L));
        store.close();
    }

    /**
     * The snapshot keeps the seen report ids as before (a list, oldest first, at most
     * {@link io.pcrfd.store.MeterStore#SEEN_REPORTS}), and loading it keeps their order: the
     * next new report forgets the oldest id only.
     */
    @Test
    void theSeenReportIdsKeepTheirOrderAcrossARestart() throws IOException {
        Path file = dir.resolve("store.json");
        open(file);
        int n = io.pcrfd.store.MeterStore.SEEN_REPORTS;
        for (int i = 0; i < n + 10; i++) {
            await(store.meters().add("imsi:001010000000001", "r" + i, java.util.Map.of("m", 1L), now().plus(TTL)));
        }
        store.close();
        String json = Files.readString(file);
        assertThat(json).contains("\"seen\":[\"r10\",\"r11\",").contains("\"r" + (n + 9) + "\"]")
                .doesNotContain("\"r9\"");
        open(file);

        String sub = "imsi:001010000000001";
        await(store.meters().add(sub, "new", java.util.Map.of("m", 1L), now().plus(TTL)));
        var oldest = await(store.meters().add(sub, "r10", java.util.Map.of("m", 1L), now().plus(TTL)));
        var second = await(store.meters().add(sub, "r12", java.util.Map.of("m", 1L), now().plus(TTL)));

        assertThat(oldest.applied()).as("r10 was the oldest: forgotten for 'new'").isTrue();
        assertThat(second.applied()).as("r11 went for r10; r12 is still remembered").isFalse();
        assertThat(second.meters()).containsEntry("m", (long) n + 12);
        store.close();
    }

    /**
     * The address index is rebuilt from the sessions, so holders of one address in several
     * APNs and IP domains come back as they were, and a session written before sessions had an
     * IP-Domain-Id (no such field) loads into the space of its APN alone.
     */
    @Test
    void holdersOfOneAddressInSeveralSpacesComeBackWithTheirIndex() throws IOException {
        Path file = dir.resolve("store.json");
        open(file);
        IpCanSession internet = await(store.sessions().create(session(5).ueIpv4("10.5.0.1").build())).value();
        IpCanSession ims = await(store.sessions().create(session(6).apn("ims").ueIpv4("10.5.0.1")
                .ipDomainId("domain-1").build())).value();
        store.close();
        assertThat(Files.readString(file)).contains("\"ipDomainId\":\"domain-1\"")
                .doesNotContain("\"ipDomainId\":null");
        open(file);

        assertThat(await(store.sessions().findAllByIpv4("10.5.0.1"))).containsExactlyInAnyOrder(internet, ims);
        assertThat(await(store.sessions().findByIpv4("10.5.0.1", "ims", "domain-1"))).contains(ims);
        assertThat(await(store.sessions().create(session(7).ueIpv4("10.5.0.1").build())))
                .isEqualTo(new io.pcrfd.store.Claim.Held<>(internet));
        store.close();
    }

    @Test
    void recordsThatExpiredWhileStoppedAreGoneOnLoadAndSessionsAmongThemAreHandedOver() {
        Path file = dir.resolve("store.json");
        open(file);
        IpCanSession shortLived = await(store.sessions().create(session(3)
                .expiresAt(now().plusSeconds(30)).build())).value();
        IpCanSession longLived = await(store.sessions().create(session(4).build())).value();
        store.close();

        clock.advance(Duration.ofMinutes(1));
        open(file);

        assertThat(store.sessionCount()).isEqualTo(1);
        assertThat(await(store.sessions().get(shortLived.sessionId()))).isEmpty();
        assertThat(await(store.sessions().get(longLived.sessionId()))).contains(longLived);
        assertThat(await(store.sessions().takeExpired(now(), now().plus(TTL), 10)))
                .extracting(io.pcrfd.store.ExpiredSession::sessionId).containsExactly(shortLived.sessionId());
        store.close();
    }

    @Test
    void anExpiredSessionNotYetHandedOverSurvivesAPlannedRestart() {
        Path file = dir.resolve("store.json");
        open(file);
        IpCanSession s = await(store.sessions().create(session(5).expiresAt(now().plusSeconds(30)).build())).value();
        clock.advance(Duration.ofMinutes(1));
        await(store.sweep());
        store.close();

        open(file);

        assertThat(await(store.sessions().takeExpired(now(), now().plus(TTL), 10)))
                .extracting(io.pcrfd.store.ExpiredSession::sessionId).containsExactly(s.sessionId());
        store.close();
    }

    @Test
    void noSnapshotFileMeansAnEmptyStore() {
        open(dir.resolve("absent.json"));

        assertThat(store.sessionCount()).isZero();
        store.close();
        assertThat(dir.resolve("absent.json")).exists();
    }

    @Test
    void aCrashAfterTheLoadDoesNotResurrectEndedSessionsNorRollUsageBack() {
        Path file = dir.resolve("store.json");
        open(file);
        IpCanSession s = await(store.sessions().create(session(5).build())).value();
        CounterKey usage = new CounterKey(CounterScope.MONITORING_KEY, "IMSI:" + s.imsi(), "mk1");
        await(store.counters().add(usage, 100, now().plus(TTL)));
        store.close();
        open(file);
        await(store.sessions().close(s.sessionId(), now(), now().plus(TTL)));
        await(store.counters().add(usage, 400, now().plus(TTL)));

        store = null; // kill -9: no close, no snapshot written
        open(file);

        assertThat(await(store.sessions().get(s.sessionId()))).as("the ended session").isEmpty();
        assertThat(await(store.counters().get(usage))).as("not the 100 of the old snapshot").isZero();
        assertThat(file).doesNotExist();
        assertThat(file.resolveSibling("store.json.loaded")).exists();
    }

    @Test
    void theOriginStateIdOfTheStateKeptIsAnnouncedAgainAndAFreshOneAfterACrash() {
        Path file = dir.resolve("store.json");
        open(file);
        assertThat(await(store.originStateId("pcrf.example.org", 1_000))).isEqualTo(1_000);
        store.close();

        open(file);
        assertThat(await(store.originStateId("pcrf.example.org", 2_000))).as("state kept").isEqualTo(1_000);
        store.close();
        open(file);
        assertThat(await(store.originStateId("other.example.org", 3_000))).as("another node's state")
                .isEqualTo(3_000);

        store = null; // crash
        open(file);
        assertThat(await(store.originStateId("other.example.org", 4_000))).as("state lost").isEqualTo(4_000);
        store.close();
    }

    @Test
    void aSnapshotWithoutAnOriginStateIdGetsAFreshOne() throws IOException {
        Path file = dir.resolve("old.json");
        Files.writeString(file, "{\"format\":1,\"writtenAt\":\"2026-03-01T11:00:00Z\"}");
        open(file);

        assertThat(await(store.originStateId("pcrf.example.org", 5_000))).isEqualTo(5_000);
        store.close();
    }

    @Test
    void aTruncatedSnapshotIsRefusedWithItsReasonAndLeftInPlace() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"format\":1,\"sessions\":[{\"sessionId\":");

        assertThatThrownBy(() -> open(file)).isInstanceOf(SnapshotUnreadableException.class)
                .hasMessage("snapshot " + file + " is unreadable: truncated: the JSON stops at byte 37, before the "
                        + "snapshot is complete");
        assertThat(file).exists();
    }

    @Test
    void aSnapshotOfAnotherFormatIsRefused() throws IOException {
        Path file = dir.resolve("v9.json");
        Files.writeString(file, "{\"format\":9}");

        assertThatThrownBy(() -> open(file)).isInstanceOf(StoreDataException.class)
                .hasMessageEndingWith("is unreadable: format 9, this version reads format 1");
    }
}
