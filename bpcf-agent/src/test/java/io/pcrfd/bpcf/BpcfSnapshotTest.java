package io.pcrfd.bpcf;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.pcrf.config.Bitrate;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Encoding;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Mode;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.config.SnapshotConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The BPCF's state survives a planned restart through its snapshot: S9a sessions with their
 * CC-Request-Number, admitted rules, line reservations and capacities; the snapshot is taken once;
 * the Origin-State-Id is kept with it and new without it.
 */
class BpcfSnapshotTest {
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-01-01T00:10:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private BpcfStateFile stateFile() {
        return BpcfStateFile.of(new SnapshotConfig(dir.resolve("bpcf.dat"), true, SnapshotConfig.IfUnreadable.REFUSE));
    }

    /** A second BPCF, as the next run builds it, whose requests are answered 2001 and recorded. */
    private static Bpcf restarted(NodeConfig config, List<DiameterMessage> sent) {
        return Bpcf.create(config, req -> {
            sent.add(req);
            return CompletableFuture.completedFuture(MessageBuilder.answer(io.pcrfd.diameter.dictionary.Dictionary
                    .standard(), req).resultCode(2001).originHost(Loop.PCRF).originRealm("pcrfd.local").build());
        }, Runnable::run, LATER);
    }

    @Test
    void aPlannedRestartKeepsSessionsRulesReservationsAndCapacities() {
        try (Loop l = new Loop(Encoding.TER, Mode.NOTIFY_ONLY)) {
            l.policy = EstablishmentFlowTest.policy("video", 2, 8_000_000L);
            l.pcrf.onGxSessionEstablished(l.gxSession("epdg;1", "001010000000001", "198.51.100.7"))
                    .toCompletableFuture().join();
            l.settle();
            l.bpcf.setCapacity("line-2", Bitrate.parse("1Mbps"), Bitrate.parse("5Mbps"));
            l.bpcf.reportUsage(new UsageTarget(UsageTarget.Kind.LOCAL_IP, "198.51.100.7"), "mk1",
                    Octets.of(null, 40L, 60L), true).toCompletableFuture().join(); // held: no grant
            BpcfSessionView before = l.bpcf.list().iterator().next();
            assertThat(before.usage()).singleElement().satisfies(u -> assertThat(u.unreported().total()).isEqualTo(100));
            assertThat(before.rules()).singleElement().satisfies(r -> assertThat(r.mbrDl()).isEqualTo(8_000_000L));
            stateFile().write(l.bpcf.snapshot(l.clock.instant(), Loop.BPCF, 1_767_225_600L));

            Optional<BpcfSnapshot> taken = stateFile().take();
            NodeConfig config = ConfigLoader.load(Loop.BPCF_YAML, Path.of("."), Map.of());
            List<DiameterMessage> sent = new CopyOnWriteArrayList<>();
            Bpcf next = restarted(config, sent);
            taken.ifPresent(next::restore);

            assertThat(next.list()).containsExactly(before);
            assertThat(next.lines().usage("line-1").dlUsed()).isEqualTo(8_000_000L);
            assertThat(next.lines().usage("line-2").dlCapacity()).isEqualTo(5_000_000L);
            assertThat(stateFile().take()).as("taken once: a crash now finds nothing").isEmpty();
            assertThat(next.detach("198.51.100.7").toCompletableFuture().join()).isEqualTo(2001L);
            DiameterMessage ccrT = sent.get(0);
            assertThat(ccrT.sessionId()).contains(before.sessionId());
            assertThat(ccrT.avp("CC-Request-Type").map(Avp::enumName)).contains("TERMINATION_REQUEST");
            assertThat(ccrT.avp("CC-Request-Number").map(Avp::asUnsigned32)).as("after CCR-I 0").contains(1L);
            assertThat(ccrT.avp("Usage-Monitoring-Information").flatMap(u -> u.child("Used-Service-Unit"))
                    .flatMap(u -> u.child("CC-Total-Octets")).map(Avp::asLong)).as("the held usage, kept")
                    .contains(100L);
            assertThat(next.lines().usage("line-1").dlUsed()).isZero();
        }
    }

    @Test
    void theOriginStateIdIsKeptWithTheSnapshotOfThisBpcfAndNewOtherwise() {
        BpcfSnapshot mine = new BpcfSnapshot(BpcfSnapshot.KIND, 1, Instant.EPOCH, Loop.BPCF, 1_000, List.of(), List.of());
        long fresh = LATER.millis() / 1000;

        assertThat(BpcfStateFile.originStateId(Loop.BPCF, Optional.of(mine), LATER)).isEqualTo(1_000);
        assertThat(BpcfStateFile.originStateId("other.pcrfd.local", Optional.of(mine), LATER)).isEqualTo(fresh);
        assertThat(BpcfStateFile.originStateId(Loop.BPCF, Optional.empty(), LATER)).isEqualTo(fresh);
    }

    @Test
    void aSessionOnALineNoLongerConfiguredIsDropped() {
        BpcfSnapshot old = new BpcfSnapshot(BpcfSnapshot.KIND, 1, Instant.EPOCH, Loop.BPCF, 1_000,
                List.of(new BpcfSnapshot.Session("bpcf.pcrfd.local;1;1", Loop.PCRF, "pcrfd.local", "line-9",
                        new io.pcrfd.store.model.TriggerIdentification(null, "203.0.113.9", null, null, null), 1, true,
                        List.of("video"), null, null)),
                List.of(new BpcfSnapshot.Line("line-9", 1, 1, Map.of())));
        Bpcf next = restarted(ConfigLoader.load(Loop.BPCF_YAML, Path.of("."), Map.of()), new CopyOnWriteArrayList<>());

        next.restore(old);

        assertThat(next.list()).isEmpty();
    }

    @Test
    void aPcrfThatRestartedWithLossOfStateTakesTheSessionsTowardsItWithIt() {
        try (Loop l = new Loop(Encoding.TER, Mode.NOTIFY_ONLY)) {
            l.policy = EstablishmentFlowTest.policy("video", 2, 8_000_000L);
            l.pcrf.onGxSessionEstablished(l.gxSession("epdg;1", "001010000000001", "198.51.100.7"))
                    .toCompletableFuture().join();
            l.settle();

            assertThat(l.bpcf.sessions().peerRestarted("other.pcrfd.local")).isZero();
            assertThat(l.bpcf.sessions().peerRestarted(Loop.PCRF)).isEqualTo(1);

            assertThat(l.bpcf.list()).isEmpty();
            assertThat(l.bpcf.lines().usage("line-1").dlUsed()).isZero();
        }
    }

    @Test
    void leftAtThePcrfsDefaultPathTheBpcfUsesAFileOfItsOwn() {
        assertThat(BpcfStateFile.path(SnapshotConfig.defaults())).isEqualTo(Path.of("bpcf-snapshot.dat"));
        assertThat(BpcfStateFile.path(new SnapshotConfig(dir.resolve("mine.dat"), true,
                SnapshotConfig.IfUnreadable.REFUSE))).isEqualTo(dir.resolve("mine.dat"));
    }
}
