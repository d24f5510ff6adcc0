package io.pcrfd.ocs.account;

import io.pcrfd.ocs.counter.PolicyCounter;
import io.pcrfd.ocs.credit.Container;
import io.pcrfd.ocs.credit.CreditAccount;
import io.pcrfd.ocs.credit.Price;
import io.pcrfd.pcrf.config.CounterThresholdConfig;
import io.pcrfd.pcrf.config.CreditContainerConfig;
import io.pcrfd.pcrf.config.CreditUnit;
import io.pcrfd.pcrf.config.OcsAccountConfig;
import io.pcrfd.pcrf.config.OcsConfig;
import io.pcrfd.pcrf.config.PolicyCounterConfig;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Every account of the OCS, found by any of its Subscription-Id-Data values, and the listeners
 * told when an account's balances or counter statuses may have changed (the Sy side, which sends
 * SNRs). Built once from {@code ocs.accounts}; balances live in memory only (a lab OCS: a restart
 * starts from the configured balances under a new Origin-State-Id).
 */
public final class OcsAccounts {
    private final Map<String, Subscriber> byId = new LinkedHashMap<>();
    private final List<Subscriber> all = new ArrayList<>();
    private final List<Consumer<Subscriber>> listeners = new CopyOnWriteArrayList<>();

    public OcsAccounts(List<Subscriber> subscribers) {
        for (Subscriber s : subscribers) {
            all.add(s);
            s.ids().forEach(id -> byId.put(id, s));
        }
    }

    /** The accounts of {@code config}. */
    public static OcsAccounts from(OcsConfig config) {
        return new OcsAccounts(config.accounts().stream().map(OcsAccounts::subscriber).toList());
    }

    private static Subscriber subscriber(OcsAccountConfig a) {
        List<Container> containers = a.containers().stream().map(OcsAccounts::container).toList();
        List<PolicyCounter> counters = new ArrayList<>();
        for (PolicyCounterConfig c : a.counters()) {
            CreditContainerConfig of = a.containers().stream().filter(k -> k.id().equals(c.container())).findFirst()
                    .orElseThrow();
            List<PolicyCounter.Level> levels = new ArrayList<>();
            for (CounterThresholdConfig t : c.thresholds()) {
                levels.add(new PolicyCounter.Level(t.status(), t.level(of.unit(), of.balanceUnits())));
            }
            counters.add(new PolicyCounter(c.id(), c.container(), c.normal(), levels));
        }
        return new Subscriber(a.subscribers(), new CreditAccount(containers), counters);
    }

    private static Container container(CreditContainerConfig c) {
        Map<CreditUnit, Price> tariff = new EnumMap<>(CreditUnit.class);
        if (c.tariff() != null) {
            for (CreditUnit u : List.of(CreditUnit.OCTETS, CreditUnit.SECONDS)) {
                long[] p = c.tariff().price(u);
                if (p != null) {
                    tariff.put(u, new Price(p[0], p[1]));
                }
            }
        }
        return new Container(c.id(), c.unit(), c.balanceUnits(), tariff);
    }

    /** The account one of the Subscription-Id-Data values names, trying them in order. */
    public Optional<Subscriber> find(Collection<String> ids) {
        for (String id : new LinkedHashSet<>(ids)) {
            Subscriber s = byId.get(id);
            if (s != null) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public Optional<Subscriber> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every account, in configured order. */
    public List<Subscriber> list() {
        return List.copyOf(all);
    }

    /** Tells {@code listener} of every {@link #changed}. */
    public void onChange(Consumer<Subscriber> listener) {
        listeners.add(listener);
    }

    /** The balances or counter statuses of {@code s} may have changed. */
    public void changed(Subscriber s) {
        listeners.forEach(l -> l.accept(s));
    }
}
