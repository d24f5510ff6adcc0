package io.pcrfd.pcrf.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.pcrf.config.LadderConfig;
import io.pcrfd.pcrf.console.LadderEntry.Direction;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ladders' bounds, eviction, sampling and what one entry holds. */
class SessionLaddersTest {
    private static final Dictionary DICT = Dictionary.standard();
    private static final Instant T0 = Instant.parse("2026-11-18T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    private static SessionLadders ladders(int sampleOneIn, int perSession, int maxSessions) {
        return SessionLadders.of(new LadderConfig(true, sampleOneIn, perSession, maxSessions), CLOCK);
    }

    private static LadderEntry entry(long hopByHop) {
        return new LadderEntry(T0.toEpochMilli(), hopByHop, Direction.IN, "pgw1", "CCR-U", "Gx", true, hopByHop, 0);
    }

    @Test
    void aRingKeepsTheLastMessagesOldestFirstAndCountsEveryOne() {
        SessionLadders l = ladders(1, 4, 10);
        IntStream.rangeClosed(1, 10).forEach(i -> l.add("s1", entry(i)));

        SessionLadders.Ladder ladder = l.ladder("s1").orElseThrow();
        assertThat(ladder.messages()).extracting(LadderEntry::hopByHop).containsExactly(7L, 8L, 9L, 10L);
        assertThat(ladder.recorded()).isEqualTo(10);
    }

    @Test
    void aRingNotYetFullHoldsWhatCame() {
        SessionLadders l = ladders(1, 4, 10);
        l.add("s1", entry(1));
        l.add("s1", entry(2));
        assertThat(l.ladder("s1").orElseThrow().messages()).extracting(LadderEntry::hopByHop).containsExactly(1L, 2L);
    }

    @Test
    void beyondMaxSessionsTheSessionWrittenLeastRecentlyIsDropped() {
        SessionLadders l = ladders(1, 4, 3);
        l.add("a", entry(1));
        l.add("b", entry(2));
        l.add("c", entry(3));
        l.add("a", entry(4)); // a is written again: b is now the oldest
        l.add("d", entry(5));

        assertThat(l.ladder("b")).isEmpty();
        assertThat(l.ladder("a")).isPresent();
        assertThat(l.ladder("c")).isPresent();
        assertThat(l.ladder("d")).isPresent();
        assertThat(l.stats()).isEqualTo(new SessionLadders.Stats(3, 1));
        IntStream.range(0, 100).forEach(i -> l.add("x" + i, entry(i)));
        assertThat(l.stats()).isEqualTo(new SessionLadders.Stats(3, 101));
    }

    @Test
    void samplingKeepsAboutOneSessionInNAndDecidesPerSessionNotPerMessage() {
        SessionLadders l = ladders(10, 32, 100_000);
        long sampled = IntStream.range(0, 20_000).filter(i -> l.sampled("pgw1.epc.example;1700000000;" + i)).count();
        assertThat(sampled).isBetween(1_700L, 2_300L);
        // a sampled session has all its messages, one that is not has none
        String in = IntStream.range(0, 100).mapToObj(i -> "pgw1;1;" + i).filter(l::sampled).findFirst().orElseThrow();
        String out = IntStream.range(0, 100).mapToObj(i -> "pgw1;1;" + i).filter(s -> !l.sampled(s)).findFirst()
                .orElseThrow();
        for (int i = 0; i < 5; i++) {
            l.record(Direction.IN, "pgw1", ccr(in, i));
            l.record(Direction.IN, "pgw1", ccr(out, i));
        }
        assertThat(l.ladder(in).orElseThrow().messages()).hasSize(5);
        assertThat(l.ladder(out)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 10, 64})
    void idsThatDifferOnlyInTheirCounterAreSampledEvenly(int n) {
        SessionLadders l = ladders(n, 32, 100);
        long sampled = IntStream.range(0, 6_400).filter(i -> l.sampled("pgw1;1;sample" + i)).count();
        assertThat(sampled).isBetween(6_400L / n * 8 / 10, 6_400L / n * 12 / 10);
        assertThat(IntStream.range(0, 10).filter(i -> l.sampled("pgw1;1;sample" + i)).count()).isLessThan(10);
    }

    @Test
    void oneInOneRecordsEverySession() {
        SessionLadders l = ladders(1, 32, 100);
        assertThat(IntStream.range(0, 1_000).allMatch(i -> l.sampled("s;" + i))).isTrue();
    }

    @Test
    void offRecordsNothingAndSamplesNothing() {
        SessionLadders off = SessionLadders.of(LadderConfig.defaults(), CLOCK);
        assertThat(off.enabled()).isFalse();
        off.record(Direction.IN, "pgw1", ccr("pgw1;1;1", 0));
        assertThat(off.ladder("pgw1;1;1")).isEmpty();
        assertThat(off.sampled("pgw1;1;1")).isFalse();
        assertThat(off.stats()).isEqualTo(new SessionLadders.Stats(0, 0));
    }

    @Test
    void anEntryHoldsTimeDirectionPeerCommandFlagHopByHopAndResult() {
        SessionLadders l = ladders(1, 32, 100);
        DiameterMessage ccr = ccr("pgw1;1;7", 0);
        DiameterMessage cca = MessageBuilder.answer(DICT, ccr).originHost("pcrf").originRealm("r").resultCode(2001)
                .add(Rfc4006.CC_REQUEST_TYPE, Rfc4006.CcRequestType.INITIAL_REQUEST).build();
        l.record(Direction.IN, "pgw1.epc.example", ccr);
        l.record(Direction.OUT, "pgw1.epc.example", cca);

        assertThat(l.ladder("pgw1;1;7").orElseThrow().messages()).satisfiesExactly(
                r -> {
                    assertThat(r.epochMillis()).isEqualTo(T0.toEpochMilli());
                    assertThat(r).extracting(LadderEntry::direction, LadderEntry::peer, LadderEntry::command,
                                    LadderEntry::application, LadderEntry::request, LadderEntry::hopByHop,
                                    LadderEntry::resultCode)
                            .containsExactly(Direction.IN, "pgw1.epc.example", "CCR-I", "Gx", true, 0xF000_0001L, 0L);
                },
                a -> assertThat(a).extracting(LadderEntry::direction, LadderEntry::command, LadderEntry::request,
                                LadderEntry::hopByHop, LadderEntry::resultCode)
                        .containsExactly(Direction.OUT, "CCA-I", false, 0xF000_0001L, 2001L));
    }

    @Test
    void aRequestWeSendTakesItsHopByHopIdFromTheAnswer() {
        SessionLadders l = ladders(1, 32, 100);
        DiameterMessage rar = MessageBuilder.request(DICT, ApplicationIds.GX, "RAR").add(Rfc6733.SESSION_ID, "pgw1;1;8")
                .originHost("pcrf").originRealm("r").build(); // as the application hands it over: no id yet
        SessionLadders.Sent sent = l.sent("pgw1.epc.example", rar);
        assertThat(l.ladder("pgw1;1;8").orElseThrow().messages()).extracting(LadderEntry::hopByHop)
                .containsExactly(LadderEntry.UNKNOWN);

        DiameterMessage onTheWire = rar.withHopByHop(HopByHopId.of(0x1234));
        l.answered(sent, "pgw1.epc.example", MessageBuilder.answer(DICT, onTheWire).originHost("pgw1.epc.example")
                .originRealm("epc.example").resultCode(2001).build());

        assertThat(l.ladder("pgw1;1;8").orElseThrow().messages()).extracting(LadderEntry::command,
                        LadderEntry::direction, LadderEntry::hopByHop, LadderEntry::resultCode)
                .containsExactly(tuple("RAR", Direction.OUT, 0x1234L, 0L), tuple("RAA", Direction.IN, 0x1234L, 2001L));
        assertThat(l.sent("pgw1.epc.example", rar.withHopByHop(HopByHopId.of(1)))).isNotNull();
        assertThat(ladders(1 << 30, 32, 100).sent("x", rar)).as("not sampled").isNull();
    }

    @Test
    void aMessageWithoutSessionIdIsNotRecorded() {
        SessionLadders l = ladders(1, 32, 100);
        DiameterMessage noSession = MessageBuilder.request(DICT, ApplicationIds.GX, "CCR").originHost("pgw1")
                .originRealm("r").build();
        l.record(Direction.IN, "pgw1", noSession);
        assertThat(l.stats().sessions()).isZero();
    }

    /** A CCR-I with hop-by-hop 0xF0000001 + {@code n}. */
    private static DiameterMessage ccr(String sessionId, int n) {
        return MessageBuilder.request(DICT, ApplicationIds.GX, "CCR").hopByHop(HopByHopId.of(0xF000_0001 + n))
                .add(Rfc6733.SESSION_ID, sessionId).originHost("pgw1.epc.example").originRealm("epc.example")
                .add(Rfc4006.CC_REQUEST_TYPE, Rfc4006.CcRequestType.INITIAL_REQUEST).build();
    }
}
