package io.pcrfd.pcrf.gx;

import static io.pcrfd.pcrf.gx.GxHarness.join;
import static io.pcrfd.pcrf.gx.GxHarness.resultCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.store.CasResult;
import io.pcrfd.store.memory.InMemoryStoreOptions;
import io.pcrfd.store.model.IpCanSession;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IP-CAN-Type and RAT-Type values this node has no name for (TS 29.212 §5.3.27, §5.3.31: open
 * Integer32 sets) are accepted at CCR-I, and the session they open can always be updated and
 * ended: from memory, after a snapshot restart, and when the stored text is not a value at all.
 */
class GxOpenEnumeratedValuesTest {
    /** The values a wire fuzzer found poisoning sessions, and the Integer32 extremes. */
    private static final int[] IP_CAN_TYPES = {0x40000005, 0x3FFFFFFF, -1, -7, Integer.MIN_VALUE, Integer.MAX_VALUE};
    private static final int[] RAT_TYPES = {0x400003EC, -5, Integer.MIN_VALUE, 1011, 1034};

    static DiameterMessage initial(Pcef pcef, String sid, String ueIp, int ipCanType, int ratType) {
        return pcef.ccr(sid, "INITIAL_REQUEST", 0)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", Pcef.BASIC_IMSI))
                .add("Framed-IP-Address", Pcef.ip(ueIp).getAddress())
                .add("IP-CAN-Type", ipCanType)
                .add("RAT-Type", ratType)
                .add("Called-Station-Id", "internet")
                .build();
    }

    private static void updateAndEnd(GxHarness h, String sid) {
        assertThat(resultCode(h.call(h.pcef.usage(sid, 1, "mk1", 1_000, 33)))).as("CCR-U of %s", sid).isEqualTo(2001);
        assertThat(resultCode(h.call(h.pcef.terminate(sid, 2, "mk1", 10)))).as("CCR-T of %s", sid).isEqualTo(2001);
        assertThat(join(h.store.sessions().get(sid))).as("%s ended", sid).isEmpty();
    }

    @Test
    void unnamedIpCanTypesAreAcceptedAndTheSessionCanBeUpdatedAndEnded() {
        try (GxHarness h = new GxHarness()) {
            for (int i = 0; i < IP_CAN_TYPES.length; i++) {
                String sid = "pgw1;ipcan;" + i;
                assertThat(resultCode(h.call(initial(h.pcef, sid, "10.7.0." + (i + 1), IP_CAN_TYPES[i], 1004))))
                        .isEqualTo(2001);
                assertThat(join(h.store.sessions().get(sid)).orElseThrow().ipCanType())
                        .isEqualTo(Integer.toString(IP_CAN_TYPES[i]));
                updateAndEnd(h, sid);
            }
        }
    }

    @Test
    void unnamedRatTypesAreAcceptedAndTheSessionCanBeUpdatedAndEnded() {
        try (GxHarness h = new GxHarness()) {
            for (int i = 0; i < RAT_TYPES.length; i++) {
                String sid = "pgw1;rat;" + i;
                assertThat(resultCode(h.call(initial(h.pcef, sid, "10.7.1." + (i + 1), 5, RAT_TYPES[i]))))
                        .isEqualTo(2001);
                updateAndEnd(h, sid);
            }
        }
    }

    @Test
    void satelliteRatTypesAreStoredByTheirDictionaryName() {
        try (GxHarness h = new GxHarness()) {
            h.call(initial(h.pcef, "pgw1;leo;1", "10.7.2.1", 5, 1011));
            assertThat(join(h.store.sessions().get("pgw1;leo;1")).orElseThrow().ratType()).isEqualTo("EUTRAN(LEO)");
            updateAndEnd(h, "pgw1;leo;1");
        }
    }

    @Test
    void sessionsWithUnnamedValuesSurviveASnapshotRestart(@TempDir Path dir) {
        InMemoryStoreOptions withSnapshot = new InMemoryStoreOptions(Optional.of(dir.resolve("snapshot.dat")),
                Duration.ZERO, InMemoryStoreOptions.DEFAULT_CLOSED_MAX_ENTRIES);
        try (GxHarness before = new GxHarness(GxSettings.defaults(), withSnapshot)) {
            assertThat(resultCode(before.call(initial(before.pcef, "pgw1;snap;1", "10.7.3.1", 0x40000005, -5))))
                    .isEqualTo(2001);
        }
        try (GxHarness after = new GxHarness(GxSettings.defaults(), withSnapshot)) {
            IpCanSession restored = join(after.store.sessions().get("pgw1;snap;1")).orElseThrow();
            assertThat(restored.ipCanType()).isEqualTo("1073741829");
            assertThat(restored.ratType()).isEqualTo("-5");
            updateAndEnd(after, "pgw1;snap;1");
        }
    }

    /** A stored text that is no value at all (another version's name, an edit in Redis) counts as absent. */
    @Test
    void aStoredTextThatIsNoValueIsTakenAsAbsent() {
        try (GxHarness h = new GxHarness()) {
            String sid = "pgw1;odd;1";
            h.call(initial(h.pcef, sid, "10.7.4.1", 5, 1004));
            IpCanSession s = join(h.store.sessions().get(sid)).orElseThrow();
            IpCanSession odd = s.toBuilder().ratType("NR-IN-SPACE").ipCanType("").build();
            assertThat(join(h.store.sessions().update(odd))).isInstanceOf(CasResult.Applied.class);

            updateAndEnd(h, sid);
        }
    }
}
