package io.pcrfd.pcrf.establishment.vpcrf;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.model.TriggerIdentification;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The links of one S9 session to the local Gx sessions of its user, around the window between
 * its CCA-I (listed) and the store's answer (linked): every order of a Gx end and the linking
 * ends the S9 session exactly when its last Gx session is gone.
 */
class VisitedS9SessionTest {
    private static final TriggerIdentification USER =
            new TriggerIdentification(null, "198.51.100.7", null, "001010000000001", "internet");

    private static VisitedS9Session listed() {
        return new VisitedS9Session("vpcrf;1;1", "hpcrf.home", "home", USER);
    }

    @Test
    void aListedGxSessionThatEndedBeforeTheLinkingIsSkippedAndEndsTheS9Session() {
        VisitedS9Session s = listed();
        assertThat(s.gxEnded("gx;1")).as("not known to be served yet").isFalse();

        assertThat(s.linked(List.of("gx;1"))).as("the S9 session is to end").isTrue();
        assertThat(s.view().gxSessions()).isEmpty();
    }

    @Test
    void anotherGxSessionStillServedKeepsTheS9SessionUp() {
        VisitedS9Session s = listed();
        s.gxEnded("gx;1");

        assertThat(s.linked(List.of("gx;1", "gx;2"))).isFalse();
        assertThat(s.view().gxSessions()).containsExactly("gx;2");
        assertThat(s.gxEnded("gx;2")).as("after the linking, the last end ends it").isTrue();
    }

    @Test
    void aGxSessionEstablishedAndEndedBeforeTheLinkingCountsAsServed() {
        VisitedS9Session s = listed();
        s.gxLinked("gx;3");
        assertThat(s.gxEnded("gx;3")).isFalse();

        assertThat(s.linked(List.of())).isTrue();
    }

    @Test
    void endsOfOtherGxSessionsBeforeTheLinkingChangeNothing() {
        VisitedS9Session s = listed();
        s.gxEnded("someone-else;1");

        assertThat(s.linked(List.of())).as("no Gx session: up until the H-PCRF releases it").isFalse();
        assertThat(s.gxEnded("someone-else;1")).isFalse();
    }
}
