package io.pcrfd.ocs;

import io.pcrfd.ocs.account.OcsAccounts;
import io.pcrfd.ocs.account.Subscriber;
import io.pcrfd.ocs.counter.CounterReport;
import io.pcrfd.ocs.counter.PolicyCounter;
import io.pcrfd.ocs.credit.ContainerView;
import io.pcrfd.ocs.credit.Reservation;
import io.pcrfd.ocs.gy.GySession;
import io.pcrfd.ocs.gy.GySessions;
import io.pcrfd.ocs.sy.SySession;
import io.pcrfd.ocs.sy.SySessions;
import io.pcrfd.pcrf.config.CreditUnit;
import io.pcrfd.pcrf.rest.ApiError;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OCS simulator's controls, for its REST API, the CLI behind it, and tests in process: the
 * accounts with their containers and counters, top-ups, operator statuses (now or pending until
 * a change time), and the Sy and Gy sessions. A change that may move a counter's status tells
 * the accounts' listeners, so subscribed Sy sessions get an SNR. Errors are {@link ApiError}s.
 */
public final class OcsAdmin {
    private final OcsAccounts accounts;
    private final SySessions sy;
    private final GySessions gy;
    private final Clock clock;

    public OcsAdmin(OcsAccounts accounts, SySessions sy, GySessions gy, Clock clock) {
        this.accounts = accounts;
        this.sy = sy;
        this.gy = gy;
        this.clock = clock;
    }

    /** An account as the API shows it. */
    public record AccountView(String id, List<String> subscribers, List<ContainerView> containers,
                              List<CounterView> counters) {
    }

    /** A policy counter's report as the API shows it; times in ISO 8601. */
    public record CounterView(String id, String status, List<PendingView> pending) {
        static CounterView of(CounterReport r) {
            return new CounterView(r.counter(), r.status(), r.pending().stream()
                    .map(p -> new PendingView(p.status(), p.at().toString())).toList());
        }
    }

    /** A pending status and its change time. */
    public record PendingView(String status, String at) {
    }

    /** A Sy session as the API shows it. */
    public record SyView(String sessionId, String client, String subscriber, List<String> counters, String opened) {
    }

    /** A Gy session as the API shows it: rating group to units held. */
    public record GyView(String sessionId, String subscriber, Map<String, String> reserved, String opened,
                         String lastSeen) {
    }

    public List<AccountView> accounts() {
        return accounts.list().stream().map(this::view).toList();
    }

    public AccountView account(String id) {
        return view(find(id));
    }

    /** Adds {@code amount} (written in the container's unit: 10MB, 60s, 500) to a container. */
    public AccountView topUp(String id, String container, String amount) {
        Subscriber s = find(id);
        CreditUnit unit = s.credit().view().stream().filter(c -> c.id().equals(container)).findFirst()
                .orElseThrow(() -> new ApiError(404, "not found", "account " + id + " has no container " + container))
                .unit();
        s.credit().topUp(container, parse(unit, amount));
        accounts.changed(s);
        return view(s);
    }

    /**
     * Sets a counter's status now, or from {@code at} on (a pending status the SNR reports with
     * its change time); {@link PolicyCounter#AUTO} returns to the status derived from the balance.
     */
    public AccountView setStatus(String id, String counter, String status, Instant at) {
        Subscriber s = find(id);
        if (status == null || status.isBlank()) {
            throw new ApiError(400, "bad request", "status must not be empty");
        }
        if (PolicyCounter.AUTO.equals(status) && at != null) {
            throw new ApiError(400, "bad request", "auto takes effect at once; a pending status needs a status value");
        }
        PolicyCounter c = s.counter(counter)
                .orElseThrow(() -> new ApiError(404, "not found", "account " + id + " has no counter " + counter));
        c.set(status, at, clock.instant());
        accounts.changed(s);
        return view(s);
    }

    public List<SyView> sySessions() {
        return sy.list().stream().map(s -> new SyView(s.id(), s.clientHost(), s.subscriber().id(), s.counters(),
                s.opened().toString())).toList();
    }

    public List<GyView> gySessions() {
        return gy.list().stream().map(OcsAdmin::view).toList();
    }

    private static GyView view(GySession s) {
        Map<String, String> held = new TreeMap<>();
        for (Map.Entry<Long, Reservation> e : s.reservations().entrySet()) {
            held.put(e.getKey() < 0 ? "none" : e.getKey().toString(), e.getValue().units() + " "
                    + e.getValue().unit().name().toLowerCase(java.util.Locale.ROOT));
        }
        return new GyView(s.id(), s.subscriber().id(), held, s.opened().toString(), s.lastSeen().toString());
    }

    private AccountView view(Subscriber s) {
        return new AccountView(s.id(), s.ids(), s.credit().view(), s.reports(s.counterIds(), clock.instant()).stream()
                .map(CounterView::of).toList());
    }

    private Subscriber find(String id) {
        return accounts.find(id).orElseThrow(() -> new ApiError(404, "not found", "no account " + id));
    }

    private static long parse(CreditUnit unit, String amount) {
        try {
            return unit.parseAmount(amount == null ? "" : amount);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "bad request", "amount: " + e.getMessage());
        }
    }
}
