package io.pcrfd.pcrf.gx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The last CCA per live session, and the ends CCR-Ts made (RFC 4006 §5.1, RFC 6733 §5.5.4):
 * what is answered again, to which request, and what is forgotten.
 */
class RecentAnswersTest {
    private final Pcef pcef = new Pcef();
    private final RecentAnswers recent = new RecentAnswers(1024);

    @Test
    void anAnswerIsGivenAgainToTheSameSessionAndNumberOnlyWithTheRetransmissionsIds() {
        DiameterMessage ccr = pcef.usage("pgw;1;a", 1, "mk1", 10, 33);
        DiameterMessage cca = answer(ccr);
        recent.put("pgw;1;a", 1, cca);

        DiameterMessage retransmission = pcef.usage("pgw;1;a", 1, "mk1", 10, 33);
        DiameterMessage again = recent.get("pgw;1;a", 1, retransmission);

        assertThat(again.hopByHop()).isEqualTo(retransmission.hopByHop()).isNotEqualTo(ccr.hopByHop());
        assertThat(again.endToEnd()).isEqualTo(retransmission.endToEnd());
        assertThat(DiameterCodec.encode(again.withHopByHop(cca.hopByHop()).withEndToEnd(cca.endToEnd())))
                .isEqualTo(DiameterCodec.encode(cca));
        assertThat(recent.get("pgw;1;a", 2, retransmission)).as("another number").isNull();
        assertThat(recent.get("pgw;1;b", 1, retransmission)).as("another session").isNull();
    }

    @Test
    void aSessionsNextAnswerTakesThePlaceOfItsLast() {
        DiameterMessage first = answer(pcef.usage("pgw;2;a", 1, "mk1", 10, 33));
        DiameterMessage second = answer(pcef.usage("pgw;2;a", 2, "mk1", 10, 33));
        RecentAnswers oneSet = new RecentAnswers(RecentAnswers.WAYS);
        oneSet.put("pgw;2;a", 1, first);
        oneSet.put("pgw;2;b", 1, first);
        oneSet.put("pgw;2;a", 2, second);
        oneSet.put("pgw;2;c", 1, first);
        oneSet.put("pgw;2;d", 1, first);

        assertThat(oneSet.get("pgw;2;a", 1, first)).isNull();
        assertThat(oneSet.get("pgw;2;a", 2, second)).isNotNull();
        assertThat(oneSet.get("pgw;2;b", 1, first)).isNotNull();
        assertThat(oneSet.get("pgw;2;d", 1, first)).as("four sessions in four slots: nothing dropped").isNotNull();
    }

    @Test
    void aFullSetDropsOneAnswerAndKeepsTheNewest() {
        RecentAnswers oneSet = new RecentAnswers(RecentAnswers.WAYS);
        DiameterMessage cca = answer(pcef.usage("pgw;3;0", 1, "mk1", 10, 33));
        for (int s = 0; s <= RecentAnswers.WAYS; s++) {
            oneSet.put("pgw;3;" + s, 1, cca);
        }

        long held = IntStream.rangeClosed(0, RecentAnswers.WAYS)
                .filter(s -> oneSet.get("pgw;3;" + s, 1, cca) != null).count();
        assertThat(held).isEqualTo(RecentAnswers.WAYS);
        assertThat(oneSet.get("pgw;3;" + RecentAnswers.WAYS, 1, cca)).isNotNull();
    }

    @Test
    void aCcrTForgetsTheSessionsAnswerAndLeavesItsEndOnly() {
        DiameterMessage cca = answer(pcef.usage("pgw;4;a", 1, "mk1", 10, 33));
        recent.put("pgw;4;a", 1, cca);

        recent.terminated("pgw;4;a", 2);

        assertThat(recent.get("pgw;4;a", 1, cca)).isNull();
        assertThat(recent.wasTerminated("pgw;4;a", 2)).isTrue();
        assertThat(recent.wasTerminated("pgw;4;a", 1)).as("another number").isFalse();
        assertThat(recent.wasTerminated("pgw;4;b", 2)).as("another session").isFalse();
    }

    @Test
    void fingerprintsTellSessionsAndNumbersApart() {
        long distinct = IntStream.range(0, 10_000).boxed()
                .flatMap(s -> IntStream.range(0, 4).mapToObj(n -> RecentAnswers.fingerprint("pgw;1700000000;" + s, n)))
                .distinct().count();
        assertThat(distinct).isEqualTo(40_000);
        assertThat(RecentAnswers.fingerprint("", 0)).isNotZero();
    }

    @Test
    void theCapacityIsAPowerOfTwoOfAtLeastOneSet() {
        assertThatThrownBy(() -> new RecentAnswers(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecentAnswers(1000)).isInstanceOf(IllegalArgumentException.class);
    }

    private static DiameterMessage answer(DiameterMessage ccr) {
        return MessageBuilder.answer(Pcef.DICT, ccr).originHost("pcrf.pcrfd.local").originRealm("pcrfd.local")
                .resultCode(2001).add("CC-Request-Type", "UPDATE_REQUEST").add("CC-Request-Number", 1).build();
    }
}
