package io.pcrfd.pcrf.policy;

import java.math.BigDecimal;

/**
 * How much one octet of usage counts towards a metering policy's quota: a decimal with at most
 * three places, from 0 to 1000 ({@code 0.5}: fixed usage counts half; {@code 0}: night usage is
 * free). Kept exactly as thousandths, so metered usage is integer arithmetic on milli-octets and
 * never rounds (see {@code io.pcrfd.pcrf.metering}).
 *
 * @param milli the factor times 1000
 */
public record RatingFactor(long milli) {
    public static final RatingFactor ONE = new RatingFactor(1000);
    static final long MAX_MILLI = 1_000_000;

    public RatingFactor {
        if (milli < 0 || milli > MAX_MILLI) {
            throw new IllegalArgumentException("a rating factor is between 0 and 1000, got " + milli / 1000.0);
        }
    }

    /** Parses {@code 1}, {@code 0.5}, {@code 0.125}; more than three decimals are refused, not rounded. */
    public static RatingFactor parse(String text) {
        BigDecimal d;
        try {
            d = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a rating factor like 1, 0.5 or 0.125, got '" + text + "'");
        }
        BigDecimal milli = d.movePointRight(3);
        if (milli.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("a rating factor has at most three decimals, got '" + text + "'");
        }
        if (d.signum() < 0 || milli.compareTo(BigDecimal.valueOf(MAX_MILLI)) > 0) {
            throw new IllegalArgumentException("a rating factor is between 0 and 1000, got '" + text + "'");
        }
        return new RatingFactor(milli.longValueExact());
    }

    @Override
    public String toString() {
        return BigDecimal.valueOf(milli, 3).stripTrailingZeros().toPlainString();
    }
}
