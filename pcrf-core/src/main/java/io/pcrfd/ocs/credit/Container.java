package io.pcrfd.ocs.credit;

import io.pcrfd.pcrf.config.CreditUnit;
import java.util.EnumMap;
import java.util.Map;

/**
 * One credit container: a balance in its own unit, of which {@code reserved} is held for grants
 * not yet reported. A money container pays for octets or seconds at its tariff's prices. Not
 * thread safe: its {@link CreditAccount} guards it.
 */
public final class Container {
    private final String id;
    private final CreditUnit unit;
    private final Map<CreditUnit, Price> tariff;
    private final long initial;
    private long balance;
    private long reserved;

    public Container(String id, CreditUnit unit, long balance, Map<CreditUnit, Price> tariff) {
        if (balance < 0) {
            throw new IllegalArgumentException("a balance cannot be negative: " + balance);
        }
        this.id = id;
        this.unit = unit;
        this.tariff = tariff.isEmpty() ? Map.of() : new EnumMap<>(tariff);
        this.initial = balance;
        this.balance = balance;
    }

    public String id() {
        return id;
    }

    public CreditUnit unit() {
        return unit;
    }

    /** The balance it was configured with (percentage thresholds refer to it). */
    public long initial() {
        return initial;
    }

    public long balance() {
        return balance;
    }

    public long reserved() {
        return reserved;
    }

    /** Balance not held by a reservation. */
    public long available() {
        return balance - reserved;
    }

    /** Whether it can pay for {@code u} at all: its own unit, or a money container pricing it. */
    public boolean pays(CreditUnit u) {
        return u == unit || unit == CreditUnit.MONEY && tariff.containsKey(u);
    }

    /** How many units of {@code u} its available balance covers. */
    long capacity(CreditUnit u) {
        if (u == unit) {
            return available();
        }
        return pays(u) ? tariff.get(u).unitsFor(available()) : 0;
    }

    /** What {@code units} of {@code u} cost in this container's own unit. */
    long cost(CreditUnit u, long units) {
        return u == unit ? units : tariff.get(u).cost(units);
    }

    Map<CreditUnit, Price> tariff() {
        return tariff;
    }

    void hold(long amount) {
        reserved += amount;
    }

    void unhold(long amount) {
        reserved -= amount;
    }

    void debit(long amount) {
        balance -= amount;
    }

    void credit(long amount) {
        balance = Math.addExact(balance, amount);
    }
}
