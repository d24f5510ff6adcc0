package io.pcrfd.ocs.credit;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.config.CreditUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * The reservation arithmetic over random accounts (octets, seconds and money containers with
 * random tariffs, in random order): an interval is held whole or not at all, nothing is held
 * beyond a balance, and a commit charges exactly the used units, each once, releasing the rest.
 */
class CreditAccountPropertiesTest {

    @Property(tries = 500)
    void anIntervalIsHeldWholeOrNotAtAll(@ForAll("accounts") List<Container> containers,
                                         @ForAll("units") CreditUnit unit,
                                         @ForAll @LongRange(min = 1, max = 5_000) long size) {
        CreditAccount account = new CreditAccount(containers);
        long capacity = account.capacity(unit);
        List<ContainerView> before = account.view();

        Optional<Reservation> r = account.reserve(unit, size);

        assertThat(r.isPresent()).isEqualTo(capacity >= size);
        if (r.isEmpty()) {
            assertThat(account.view()).isEqualTo(before);
            return;
        }
        assertThat(r.get().units()).isEqualTo(size);
        assertThat(r.get().portions().stream().mapToLong(Portion::units).sum()).isEqualTo(size);
        assertThat(account.view()).allSatisfy(c -> assertThat(c.available()).isNotNegative());
        for (Portion p : r.get().portions()) {
            ContainerView was = find(before, p.container());
            assertThat(find(account.view(), p.container()).reserved()).isEqualTo(was.reserved() + p.held());
            assertThat(p.units()).isPositive();
        }
    }

    @Property(tries = 500)
    void aCommitChargesTheUsedUnitsOnceAndReleasesTheRest(@ForAll("accounts") List<Container> containers,
                                                         @ForAll("units") CreditUnit unit,
                                                         @ForAll @LongRange(min = 1, max = 5_000) long size,
                                                         @ForAll @LongRange(min = 0, max = 100) long usedPercent) {
        CreditAccount account = new CreditAccount(containers);
        List<ContainerView> before = account.view();
        Optional<Reservation> r = account.reserve(unit, size);
        if (r.isEmpty()) {
            return;
        }
        long used = size * usedPercent / 100;

        Charge charge = account.commit(r.get(), used);

        assertThat(charge.charged()).isEqualTo(used);
        assertThat(charge.unbilled()).isZero();
        assertThat(charge.debits().stream().mapToLong(Portion::units).sum()).isEqualTo(used);
        List<ContainerView> after = account.view();
        for (ContainerView c : after) {
            ContainerView was = find(before, c.id());
            long debited = charge.debits().stream().filter(d -> d.container().equals(c.id())).mapToLong(Portion::held).sum();
            assertThat(c.reserved()).as("reservation released").isEqualTo(was.reserved());
            assertThat(c.balance()).isEqualTo(was.balance() - debited);
            assertThat(c.balance()).isNotNegative();
            if (c.unit() == unit) {
                long units = charge.debits().stream().filter(d -> d.container().equals(c.id())).mapToLong(Portion::units).sum();
                assertThat(debited).as("a container of the interval's unit gives unit for unit").isEqualTo(units);
            }
        }
    }

    @Property(tries = 300)
    void aReleaseLeavesTheAccountAsItWas(@ForAll("accounts") List<Container> containers,
                                        @ForAll("units") CreditUnit unit,
                                        @ForAll @LongRange(min = 1, max = 5_000) long size) {
        CreditAccount account = new CreditAccount(containers);
        List<ContainerView> before = account.view();
        account.reserve(unit, size).ifPresent(account::release);
        assertThat(account.view()).isEqualTo(before);
    }

    @Property(tries = 300)
    void usageBeyondTheReservationIsChargedAsFarAsCreditGoesAndTheRestIsUnbilled(
            @ForAll("accounts") List<Container> containers, @ForAll("units") CreditUnit unit,
            @ForAll @LongRange(min = 1, max = 2_000) long size, @ForAll @LongRange(min = 0, max = 20_000) long extra) {
        CreditAccount account = new CreditAccount(containers);
        Optional<Reservation> r = account.reserve(unit, size);
        if (r.isEmpty()) {
            return;
        }
        long coverable = size + account.capacity(unit);
        Charge charge = account.commit(r.get(), size + extra);
        assertThat(charge.charged()).isEqualTo(Math.min(size + extra, coverable));
        assertThat(charge.charged() + charge.unbilled()).isEqualTo(size + extra);
        assertThat(account.view()).allSatisfy(c -> {
            assertThat(c.balance()).isNotNegative();
            assertThat(c.reserved()).isZero();
        });
    }

    @Property(tries = 300)
    void moneyNeverBuysMoreThanItCovers(@ForAll @LongRange(min = 0, max = 1_000_000) long money,
                                        @ForAll @LongRange(min = 1, max = 1_000) long amount,
                                        @ForAll @LongRange(min = 1, max = 10_000_000) long per) {
        Price p = new Price(amount, per);
        long units = p.unitsFor(money);
        assertThat(p.cost(units)).isLessThanOrEqualTo(money);
        assertThat(p.cost(units + 1)).isGreaterThan(money);
    }

    @Provide
    Arbitrary<CreditUnit> units() {
        return Arbitraries.of(CreditUnit.OCTETS, CreditUnit.SECONDS);
    }

    @Provide
    Arbitrary<List<Container>> accounts() {
        return container().list().ofMinSize(1).ofMaxSize(5).map(CreditAccountPropertiesTest::renamed);
    }

    private static Arbitrary<Container> container() {
        Arbitrary<CreditUnit> unit = Arbitraries.of(CreditUnit.values());
        Arbitrary<Long> balance = Arbitraries.longs().between(0, 4_000);
        Arbitrary<Long> amount = Arbitraries.longs().between(1, 9);
        Arbitrary<Long> per = Arbitraries.longs().between(1, 50);
        return Combinators.combine(unit, balance, amount, per).as((u, b, a, p) -> new Container("c", u, b,
                u == CreditUnit.MONEY ? Map.of(CreditUnit.OCTETS, new Price(a, p), CreditUnit.SECONDS, new Price(p, a))
                        : Map.of()));
    }

    private static List<Container> renamed(List<Container> in) {
        List<Container> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Container c = in.get(i);
            out.add(new Container("c" + i, c.unit(), c.balance(), c.tariff()));
        }
        return out;
    }

    private static ContainerView find(List<ContainerView> views, String id) {
        return views.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }
}
