package io.pcrfd.ocs.credit;

import java.math.BigInteger;

/**
 * {@code amount} minor currency units buy {@code per} units of octets or seconds. Costs round up
 * and what money buys rounds down, so {@code cost(unitsFor(m)) <= m}: a money container never
 * pays for more units than its balance covers, and a fraction of a cent is never given away.
 */
public record Price(long amount, long per) {

    public Price {
        if (amount < 1 || per < 1) {
            throw new IllegalArgumentException("a price needs an amount and a quantity of at least 1");
        }
    }

    /** How many units {@code money} pays for: floor(money * per / amount). */
    public long unitsFor(long money) {
        if (money <= 0) {
            return 0;
        }
        if (money <= Long.MAX_VALUE / per) {
            return money * per / amount;
        }
        BigInteger units = BigInteger.valueOf(money).multiply(BigInteger.valueOf(per)).divide(BigInteger.valueOf(amount));
        return units.bitLength() < 64 ? units.longValue() : Long.MAX_VALUE;
    }

    /** What {@code units} cost: ceil(units * amount / per). */
    public long cost(long units) {
        if (units <= 0) {
            return 0;
        }
        if (units <= Long.MAX_VALUE / amount) {
            return Math.ceilDiv(units * amount, per);
        }
        BigInteger[] qr = BigInteger.valueOf(units).multiply(BigInteger.valueOf(amount))
                .divideAndRemainder(BigInteger.valueOf(per));
        BigInteger cost = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
        return cost.bitLength() < 64 ? cost.longValue() : Long.MAX_VALUE;
    }
}
