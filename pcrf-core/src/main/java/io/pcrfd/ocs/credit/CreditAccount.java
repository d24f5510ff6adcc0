package io.pcrfd.ocs.credit;

import io.pcrfd.pcrf.config.CreditUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The credit containers of one subscriber, in the configured order, and the arithmetic of
 * charging intervals across them.
 *
 * <p>A charging interval has a fixed size in one unit (10 MB, 60 s). {@link #reserve} holds the
 * whole interval or nothing: it walks the containers in order and lets each cover what it can,
 * a container of the interval's unit with its own units and a money container with what its
 * balance buys at its tariff, until the interval is covered. So an interval that no single
 * container could cover is still granted whole when several together can, and its size is never
 * redefined to fit a container. {@link #commit} charges the used part of a reservation portion
 * by portion, in the same order, and releases the rest; {@link #release} releases all of it.
 *
 * <p>Thread safe: every method holds the account's lock (Gy and Sy requests on different
 * connections, and the REST API, reach the same account). The work under it is a walk over a
 * handful of containers.
 */
public final class CreditAccount {
    private final List<Container> containers;
    private final Map<String, Container> byId = new LinkedHashMap<>();

    public CreditAccount(List<Container> containers) {
        this.containers = List.copyOf(containers);
        for (Container c : this.containers) {
            if (byId.putIfAbsent(c.id(), c) != null) {
                throw new IllegalArgumentException("container " + c.id() + " is listed twice");
            }
        }
    }

    /** Holds an interval of exactly {@code units} of {@code unit}, or nothing when the containers cannot cover it. */
    public synchronized Optional<Reservation> reserve(CreditUnit unit, long units) {
        if (units <= 0) {
            throw new IllegalArgumentException("an interval needs at least one unit, got " + units);
        }
        List<Portion> plan = new ArrayList<>();
        long remaining = units;
        for (Container c : containers) {
            long take = Math.min(remaining, c.capacity(unit));
            if (take > 0) {
                plan.add(new Portion(c.id(), take, c.cost(unit, take)));
                remaining -= take;
            }
        }
        if (remaining > 0) {
            return Optional.empty();
        }
        plan.forEach(p -> byId.get(p.container()).hold(p.held()));
        return Optional.of(new Reservation(unit, units, plan));
    }

    /** The units of {@code unit} the available balances cover together (saturating). */
    public synchronized long capacity(CreditUnit unit) {
        long sum = 0;
        for (Container c : containers) {
            long cap = c.capacity(unit);
            sum = sum > Long.MAX_VALUE - cap ? Long.MAX_VALUE : sum + cap;
        }
        return sum;
    }

    /**
     * Charges {@code used} units of a reservation and releases the rest. Used units fill the
     * portions in order; a portion used whole is charged what it held, a part of it what that
     * part costs. Units used beyond the reservation are charged from what is still available, in
     * order; what nothing covers is returned as unbilled.
     */
    public synchronized Charge commit(Reservation r, long used) {
        if (used < 0) {
            throw new IllegalArgumentException("used units cannot be negative: " + used);
        }
        List<Portion> debits = new ArrayList<>();
        long remaining = used;
        for (Portion p : r.portions()) {
            Container c = byId.get(p.container());
            long take = Math.min(remaining, p.units());
            long cost = take == p.units() ? p.held() : c.cost(r.unit(), take);
            c.unhold(p.held());
            c.debit(cost);
            debits.add(new Portion(c.id(), take, cost));
            remaining -= take;
        }
        remaining = overuse(r.unit(), remaining, debits);
        return new Charge(used - remaining, remaining, debits);
    }

    private long overuse(CreditUnit unit, long remaining, List<Portion> debits) {
        for (Container c : containers) {
            long take = Math.min(remaining, c.capacity(unit));
            if (take > 0) {
                long cost = c.cost(unit, take);
                c.debit(cost);
                debits.add(new Portion(c.id(), take, cost));
                remaining -= take;
            }
        }
        return remaining;
    }

    /** Releases a reservation nothing was used of. */
    public synchronized void release(Reservation r) {
        r.portions().forEach(p -> byId.get(p.container()).unhold(p.held()));
    }

    /** Adds {@code amount} to a container's balance (its own unit). */
    public synchronized void topUp(String container, long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("a top-up cannot be negative: " + amount);
        }
        find(container).credit(amount);
    }

    /** The balance of a container, or -1 when there is none of that id. */
    public synchronized long balance(String container) {
        Container c = byId.get(container);
        return c == null ? -1 : c.balance();
    }

    /** Whether {@code container} is one of the account's. */
    public boolean has(String container) {
        return byId.containsKey(container);
    }

    /** A copy of every container's state, in order. */
    public synchronized List<ContainerView> view() {
        return containers.stream().map(ContainerView::of).toList();
    }

    private Container find(String id) {
        Container c = byId.get(id);
        if (c == null) {
            throw new IllegalArgumentException("no container '" + id + "'; the account has " + byId.keySet());
        }
        return c;
    }
}
