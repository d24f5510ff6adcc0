package io.pcrfd.ocs.gy;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.GroupedAvpBuilder;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.pcrf.config.CreditUnit;
import java.util.Optional;

/**
 * Service units on the wire (RFC 4006 §8.17-8.21): which unit a Requested-Service-Unit asks for,
 * how many units a Used-Service-Unit reports, and a Granted-Service-Unit's content. Money is
 * CC-Money { Unit-Value { Value-Digits, Exponent -2 }, Currency-Code }, in minor units.
 */
final class ServiceUnits {
    private static final int MINOR_EXPONENT = -2;

    private ServiceUnits() {
    }

    /** The unit a Requested-Service-Unit names, if it names one. */
    static Optional<CreditUnit> requested(Avp rsu) {
        if (rsu.child(Rfc4006.CC_TIME).isPresent()) {
            return Optional.of(CreditUnit.SECONDS);
        }
        if (rsu.child(Rfc4006.CC_MONEY).isPresent()) {
            return Optional.of(CreditUnit.MONEY);
        }
        boolean octets = rsu.child(Rfc4006.CC_TOTAL_OCTETS).isPresent() || rsu.child(Rfc4006.CC_INPUT_OCTETS).isPresent()
                || rsu.child(Rfc4006.CC_OUTPUT_OCTETS).isPresent();
        return octets ? Optional.of(CreditUnit.OCTETS) : Optional.empty();
    }

    /**
     * The units of {@code unit} a Used-Service-Unit reports, or a Requested-Service-Unit asks for
     * (the same children); 0 when it names none of them.
     */
    static long used(Avp usu, CreditUnit unit) {
        return switch (unit) {
            case OCTETS -> usu.child(Rfc4006.CC_TOTAL_OCTETS).map(ServiceUnits::u64)
                    .orElseGet(() -> usu.child(Rfc4006.CC_INPUT_OCTETS).map(ServiceUnits::u64).orElse(0L)
                            + usu.child(Rfc4006.CC_OUTPUT_OCTETS).map(ServiceUnits::u64).orElse(0L));
            case SECONDS -> usu.child(Rfc4006.CC_TIME).map(Avp::asUnsigned32).orElse(0L);
            case MONEY -> usu.child(Rfc4006.CC_MONEY).flatMap(m -> m.child(Rfc4006.UNIT_VALUE))
                    .map(ServiceUnits::minorUnits).orElse(0L);
        };
    }

    /** Fills a Granted-Service-Unit with {@code units} of {@code unit}. */
    static void grant(GroupedAvpBuilder g, CreditUnit unit, long units, long currencyCode) {
        switch (unit) {
            case OCTETS -> g.add(Rfc4006.CC_TOTAL_OCTETS, units);
            case SECONDS -> g.add(Rfc4006.CC_TIME, Math.min(units, 0xFFFF_FFFFL));
            case MONEY -> g.add(Rfc4006.CC_MONEY, m -> m
                    .add(Rfc4006.UNIT_VALUE, v -> v.add(Rfc4006.VALUE_DIGITS, units).add(Rfc4006.EXPONENT, MINOR_EXPONENT))
                    .add(Rfc4006.CURRENCY_CODE, currencyCode));
        }
    }

    private static long u64(Avp a) {
        return a.asUnsigned64().min(java.math.BigInteger.valueOf(Long.MAX_VALUE)).longValue();
    }

    /** Value-Digits x 10^(Exponent + 2), rounded down, never negative. */
    private static long minorUnits(Avp unitValue) {
        long digits = Math.max(0, unitValue.child(Rfc4006.VALUE_DIGITS).map(Avp::asLong).orElse(0L));
        int shift = unitValue.child(Rfc4006.EXPONENT).map(Avp::asInt).orElse(0) - MINOR_EXPONENT;
        for (; shift > 0 && digits < Long.MAX_VALUE / 10; shift--) {
            digits *= 10;
        }
        for (; shift < 0; shift++) {
            digits /= 10;
        }
        return digits;
    }
}
