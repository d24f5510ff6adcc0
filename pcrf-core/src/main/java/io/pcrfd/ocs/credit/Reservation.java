package io.pcrfd.ocs.credit;

import io.pcrfd.pcrf.config.CreditUnit;
import java.util.List;

/**
 * A charging interval held across one or more containers, in their configured order.
 *
 * @param unit     the unit of the interval
 * @param units    its size: the sum of the portions' units
 * @param portions who holds what
 */
public record Reservation(CreditUnit unit, long units, List<Portion> portions) {

    public Reservation {
        portions = List.copyOf(portions);
    }
}
