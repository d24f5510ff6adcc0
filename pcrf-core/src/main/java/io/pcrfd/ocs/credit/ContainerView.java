package io.pcrfd.ocs.credit;

import io.pcrfd.pcrf.config.CreditUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * A container's state at one moment, for the REST API and tests.
 *
 * @param tariff per unit it pays for: "PRICE per QUANTITY"
 */
public record ContainerView(String id, CreditUnit unit, long initial, long balance, long reserved,
                            Map<String, String> tariff) {

    static ContainerView of(Container c) {
        Map<String, String> t = new TreeMap<>();
        c.tariff().forEach((u, p) -> t.put(u.name().toLowerCase(java.util.Locale.ROOT), p.amount() + " per " + p.per()));
        return new ContainerView(c.id(), c.unit(), c.initial(), c.balance(), c.reserved(), t);
    }

    public long available() {
        return balance - reserved;
    }
}
