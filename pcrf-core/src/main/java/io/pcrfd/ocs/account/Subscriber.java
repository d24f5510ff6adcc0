package io.pcrfd.ocs.account;

import io.pcrfd.ocs.counter.CounterReport;
import io.pcrfd.ocs.counter.PolicyCounter;
import io.pcrfd.ocs.credit.CreditAccount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One account of the OCS: the Subscription-Id-Data values that name it, its credit containers
 * and its policy counters.
 */
public final class Subscriber {
    private final List<String> ids;
    private final CreditAccount credit;
    private final Map<String, PolicyCounter> counters = new LinkedHashMap<>();

    public Subscriber(List<String> ids, CreditAccount credit, List<PolicyCounter> counters) {
        this.ids = List.copyOf(ids);
        this.credit = credit;
        counters.forEach(c -> this.counters.put(c.id(), c));
    }

    /** The first id names the account in the REST API and logs. */
    public String id() {
        return ids.get(0);
    }

    public List<String> ids() {
        return ids;
    }

    public CreditAccount credit() {
        return credit;
    }

    public Optional<PolicyCounter> counter(String id) {
        return Optional.ofNullable(counters.get(id));
    }

    /** Every counter id, in configured order. */
    public List<String> counterIds() {
        return List.copyOf(counters.keySet());
    }

    /** The reports of {@code ids} (known ones) at {@code now}. */
    public List<CounterReport> reports(Collection<String> ids, Instant now) {
        List<CounterReport> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            PolicyCounter c = counters.get(id);
            if (c != null) {
                out.add(c.report(credit.balance(c.container()), now));
            }
        }
        return out;
    }
}
