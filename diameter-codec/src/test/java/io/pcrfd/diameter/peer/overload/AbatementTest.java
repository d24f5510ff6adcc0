package io.pcrfd.diameter.peer.overload;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.peer.overload.Abatement.Phase;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The RFC 7683 report as a pure function of the periods: every row of the diagram in {@link Abatement}. */
class AbatementTest {
    private static final long S = TimeUnit.SECONDS.toNanos(1);
    private static final long VALIDITY = 10 * S;
    private static final long WALL = 1_765_000_000_000L;

    @Test
    void quietStaysQuietWithoutRefusalsAndWithRefusalsUnderHalfAPercent() {
        assertThat(Abatement.QUIET.next(1_000, 0, 1_000, S, WALL, VALIDITY)).isSameAs(Abatement.QUIET);
        assertThat(Abatement.QUIET.next(100_000, 400, 100_000, S, WALL, VALIDITY)).isSameAs(Abatement.QUIET);
        assertThat(Abatement.QUIET.next(0, 0, 0, S, WALL, VALIDITY)).isSameAs(Abatement.QUIET);
    }

    @Test
    void refusalsStartAReportAskingForTheRefusedShareWithTheWallClockAsSequence() {
        Abatement a = Abatement.QUIET.next(1_000, 600, 1_000, S, WALL, VALIDITY);
        assertThat(a).isEqualTo(new Abatement(Phase.REPORTING, 60, WALL, 0));
        assertThat(a.reports()).isTrue();
        assertThat(Abatement.QUIET.next(10, 10, 10, S, WALL, VALIDITY).reduction()).as("at most 100").isEqualTo(100);
        assertThat(Abatement.QUIET.next(1_000, 5, 1_000, S, WALL, VALIDITY).reduction()).as("at least 1").isEqualTo(1);
    }

    @Test
    void refusalsThatGoOnCompoundTheReductionAndAChangeTakesANewSequenceNumber() {
        Abatement sixty = new Abatement(Phase.REPORTING, 60, WALL, 0);
        // the reacting nodes sent 40 % of their load and a quarter of that was still refused
        Abatement seventy = sixty.next(400, 100, 400, 2 * S, WALL - 5, VALIDITY);
        assertThat(seventy.reduction()).isEqualTo(70);
        assertThat(seventy.sequence()).as("monotonic even if the wall clock went back").isEqualTo(WALL + 1);
        assertThat(seventy.next(300, 0, 300, 3 * S, WALL + 1000, VALIDITY).reduction()).isEqualTo(60);
        Abatement same = new Abatement(Phase.REPORTING, 100, WALL, 0);
        assertThat(same.next(10, 10, 10, 2 * S, WALL + 1000, VALIDITY)).as("unchanged: same report").isSameAs(same);
    }

    @Test
    void withoutRefusalsTheReductionEasesByTenPointsThenEndsForOneValidityThenIsQuiet() {
        Abatement a = new Abatement(Phase.REPORTING, 25, WALL, 0);
        a = a.next(1_000, 0, 1_000, S, WALL + 1000, VALIDITY);
        assertThat(a).isEqualTo(new Abatement(Phase.REPORTING, 15, WALL + 1000, 0));
        a = a.next(1_000, 0, 1_000, 2 * S, WALL + 2000, VALIDITY);
        assertThat(a.reduction()).isEqualTo(5);
        a = a.next(1_000, 0, 1_000, 3 * S, WALL + 3000, VALIDITY);
        assertThat(a).isEqualTo(new Abatement(Phase.ENDING, 0, WALL + 3000, 3 * S + VALIDITY));
        assertThat(a.reports()).as("the end is reported (§5.5.1)").isTrue();
        assertThat(a.next(1_000, 0, 1_000, 12 * S, WALL + 12_000, VALIDITY)).isSameAs(a);
        Abatement quiet = a.next(1_000, 0, 1_000, 13 * S, WALL + 13_000, VALIDITY);
        assertThat(quiet.phase()).isEqualTo(Phase.QUIET);
        assertThat(quiet.reports()).isFalse();
        assertThat(quiet.sequence()).as("kept, so the next report is higher").isEqualTo(WALL + 3000);
    }

    @Test
    void whenNoPeerAbatesTheReductionIsTheRefusedShareAndDoesNotCompound() {
        Abatement seventy = new Abatement(Phase.REPORTING, 70, WALL, 0);
        assertThat(seventy.next(1_000, 700, 0, 2 * S, WALL + 1000, VALIDITY).reduction()).isEqualTo(70);
        assertThat(Abatement.QUIET.next(1_000, 700, 0, S, WALL, VALIDITY).reduction()).isEqualTo(70);
    }

    @Test
    void withSomePeersAbatingTheUnabatedLoadIsEstimated() {
        // 600 from peers that do not abate, 400 from peers that abated 50 % (800 unabated);
        // 500 of the 1,000 taken: 1 - 500 / 1,400 = 64.3 % of the unabated load is too much
        Abatement fifty = new Abatement(Phase.REPORTING, 50, WALL, 0);
        assertThat(fifty.next(1_000, 500, 400, 2 * S, WALL + 1000, VALIDITY).reduction()).isEqualTo(65);
    }

    @Test
    void refusalsWhileEndingStartANewReport() {
        Abatement ending = new Abatement(Phase.ENDING, 0, WALL, 5 * S);
        Abatement again = ending.next(1_000, 300, 1_000, 4 * S, WALL, VALIDITY);
        assertThat(again).isEqualTo(new Abatement(Phase.REPORTING, 30, WALL + 1, 0));
    }
}
