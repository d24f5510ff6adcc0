package io.pcrfd.ocs.credit;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.config.CreditUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Worked examples of an interval across containers of different units. */
class CreditAccountTest {

    /** 4 MB of data and 10 cents at 1 cent per 1 MB: a 10 MB interval neither covers alone. */
    private static CreditAccount dataThenWallet() {
        return new CreditAccount(List.of(
                new Container("data", CreditUnit.OCTETS, 4_000_000, Map.of()),
                new Container("wallet", CreditUnit.MONEY, 10, Map.of(CreditUnit.OCTETS, new Price(1, 1_000_000)))));
    }

    @Test
    void aTenMegabyteIntervalIsReservedWholeAcrossDataAndMoney() {
        CreditAccount a = dataThenWallet();
        Reservation r = a.reserve(CreditUnit.OCTETS, 10_000_000).orElseThrow();
        assertThat(r.portions()).containsExactly(new Portion("data", 4_000_000, 4_000_000),
                new Portion("wallet", 6_000_000, 6));
        assertThat(a.view()).extracting(ContainerView::available).containsExactly(0L, 4L);
    }

    @Test
    void usageFillsThePortionsInOrderAndTheRestIsReleased() {
        CreditAccount a = dataThenWallet();
        Reservation r = a.reserve(CreditUnit.OCTETS, 10_000_000).orElseThrow();
        Charge c = a.commit(r, 5_500_000);
        assertThat(c.debits()).containsExactly(new Portion("data", 4_000_000, 4_000_000),
                new Portion("wallet", 1_500_000, 2)); // 1.5 MB at 1 cent per MB rounds up to 2 cents
        assertThat(a.view()).extracting(ContainerView::balance).containsExactly(0L, 8L);
        assertThat(a.view()).extracting(ContainerView::reserved).containsExactly(0L, 0L);
    }

    @Test
    void anIntervalTheAccountCannotCoverIsRefusedAndNothingIsHeld() {
        CreditAccount a = dataThenWallet();
        assertThat(a.reserve(CreditUnit.OCTETS, 14_000_001)).isEmpty();
        assertThat(a.capacity(CreditUnit.OCTETS)).isEqualTo(14_000_000);
        assertThat(a.view()).extracting(ContainerView::reserved).containsExactly(0L, 0L);
        assertThat(a.reserve(CreditUnit.SECONDS, 1)).as("nothing prices seconds").isEmpty();
    }
}
