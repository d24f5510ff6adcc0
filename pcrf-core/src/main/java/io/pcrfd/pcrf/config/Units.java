package io.pcrfd.pcrf.config;

import java.math.BigDecimal;

/** Shared arithmetic of {@link DataSize} and {@link Bitrate}: exact, overflow-checked. */
final class Units {
    private Units() {
    }

    static long wholeProduct(BigDecimal amount, long unit, String text) {
        BigDecimal product = amount.multiply(BigDecimal.valueOf(unit));
        try {
            return product.stripTrailingZeros().toBigIntegerExact().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number that fits in 64 bits", e);
        }
    }
}
