package io.pcrfd.pcrf.gx;

import static io.pcrfd.pcrf.gx.GxHarness.join;
import static io.pcrfd.pcrf.gx.GxHarness.resultCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.json.StoreJson;
import io.pcrfd.store.memory.InMemoryStore;
import io.pcrfd.store.memory.InMemoryStoreOptions;
import io.pcrfd.store.model.IpCanSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the Gx state is kept in the session record: the policy text as JSON, the last
 * CC-Request-Number in its own field, and records of the earlier form
 * ({@code <number>:<json>}, no number field) still read and then rewritten at their next update.
 */
class GxStoredStateTest {
    /** A session record as the previous version wrote it to Redis or a snapshot: after CCR-I and CCR-U 1. */
    private static final String NUMBERED_RECORD = "/gx/ipcan-session-numbered-state.json";
    private static final String SID = "pgw1.epc.example;legacy;1";

    @Test
    void aCcrUThatChangesNoPolicyStoresTheNumberApartAndKeepsTheText() {
        try (GxHarness h = new GxHarness()) {
            String sid = "pgw1;state;1";
            assertThat(resultCode(h.call(h.pcef.initial(sid, Pcef.GOLD_IMSI, "10.9.1.1").build()))).isEqualTo(2001);
            IpCanSession before = stored(h, sid);
            assertThat(resultCode(h.call(h.pcef.usage(sid, 1, "mk1", 5_000, 33)))).isEqualTo(2001);
            IpCanSession after = stored(h, sid);

            assertThat(before.policyState()).startsWith("{");
            assertThat(before.lastRequestNumber()).isZero();
            assertThat(after.lastRequestNumber()).isEqualTo(1);
            assertThat(after.version()).isEqualTo(before.version() + 1);
            assertThat(after.policyState()).as("the very text read back, neither parsed nor written")
                    .isSameAs(before.policyState());
            assertThat(after.usageMonitors().get(0).usedOctets()).isEqualTo(5_000);
            assertThat(SessionRecords.state(after).lastRequestNumber()).isEqualTo(1);
        }
    }

    @Test
    void aRecordOfTheEarlierFormIsReadWithItsNumber() {
        IpCanSession legacy = StoreJson.decode(resource(NUMBERED_RECORD), IpCanSession.class);

        GxSessionState state = SessionRecords.state(legacy);

        assertThat(legacy.lastRequestNumber()).as("absent from the earlier record").isZero();
        assertThat(state.lastRequestNumber()).isEqualTo(1);
        assertThat(state.installed().rules()).containsOnlyKeys("internet", "base:gold-services", "video");
        assertThat(state.installed().monitoring()).containsOnlyKeys("mk1");
        assertThat(state.features()).containsExactly(new FeatureList(10415, 1, 11));
        assertThat(GxStateCodec.installed(legacy.policyState())).isEqualTo(state.installed());
    }

    @Test
    void aSessionOfTheEarlierFormKeepsItsRequestNumbersAndIsRewrittenAtItsNextUpdate() {
        try (GxHarness h = new GxHarness()) {
            IpCanSession legacy = StoreJson.decode(resource(NUMBERED_RECORD), IpCanSession.class);
            assertThat(join(h.store.sessions().create(legacy)).claimed()).isTrue();

            // CC-Request-Number 1 was handled before the restart: a retransmission changes nothing
            assertThat(resultCode(h.call(h.pcef.usage(SID, 1, "mk1", 7_000, 33)))).isEqualTo(2001);
            assertThat(stored(h, SID).policyState()).isEqualTo(legacy.policyState());
            assertThat(stored(h, SID).usageMonitors().get(0).usedOctets()).isEqualTo(5_000);

            assertThat(resultCode(h.call(h.pcef.usage(SID, 2, "mk1", 7_000, 33)))).isEqualTo(2001);
            IpCanSession rewritten = stored(h, SID);
            assertThat(rewritten.policyState()).startsWith("{");
            assertThat(rewritten.lastRequestNumber()).isEqualTo(2);
            assertThat(rewritten.usageMonitors().get(0).usedOctets()).isEqualTo(12_000);
            assertThat(SessionRecords.state(rewritten).installed()).isEqualTo(SessionRecords.state(legacy).installed());

            IpCanSession reread = StoreJson.decode(StoreJson.encode(rewritten), IpCanSession.class);
            assertThat(reread.lastRequestNumber()).as("the number survives the record's JSON").isEqualTo(2);
            assertThat(SessionRecords.state(reread)).isEqualTo(SessionRecords.state(rewritten));

            assertThat(resultCode(h.call(h.pcef.terminate(SID, 3, "mk1", 1)))).isEqualTo(2001);
            assertThat(h.store.sessionCount()).isZero();
        }
    }

    /** The earlier record in a snapshot file, as the previous version wrote it there, read at start. */
    @Test
    void aSnapshotOfThePreviousVersionIsReadAtStart(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("store.snapshot");
        InMemoryStoreOptions options = new InMemoryStoreOptions(Optional.of(file), Duration.ZERO);
        try (InMemoryStore writer = InMemoryStore.open(options, new MutableClock(GxHarness.WEDNESDAY_NOON))) {
            IpCanSession legacy = StoreJson.decode(resource(NUMBERED_RECORD), IpCanSession.class);
            assertThat(join(writer.sessions().create(legacy)).claimed()).isTrue();
        }
        String written = Files.readString(file);
        assertThat(written).contains(",\"lastRequestNumber\":0");
        Files.writeString(file, written.replace(",\"lastRequestNumber\":0", "")); // the field the previous version lacked

        try (GxHarness h = new GxHarness(GxSettings.defaults(), options)) {
            IpCanSession restored = stored(h, SID);
            assertThat(restored.policyState()).startsWith("1:");
            assertThat(resultCode(h.call(h.pcef.usage(SID, 1, "mk1", 7_000, 33)))).as("a retransmission").isEqualTo(2001);
            assertThat(stored(h, SID).version()).isEqualTo(restored.version());
            assertThat(resultCode(h.call(h.pcef.usage(SID, 2, "mk1", 7_000, 33)))).isEqualTo(2001);
            assertThat(stored(h, SID).lastRequestNumber()).isEqualTo(2);
            assertThat(stored(h, SID).policyState()).startsWith("{");
        }
    }

    private static IpCanSession stored(GxHarness h, String sid) {
        return join(h.store.sessions().get(sid)).orElseThrow();
    }

    private static String resource(String name) {
        try (InputStream in = GxStoredStateTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
