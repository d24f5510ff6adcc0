package io.pcrfd.ocs.sy;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.ocs.account.OcsAccounts;
import io.pcrfd.ocs.account.OcsIdentity;
import io.pcrfd.pcrf.app.DiameterApplicationModule;
import io.pcrfd.pcrf.app.ModuleContext;
import io.pcrfd.pcrf.app.ServedApplication;
import io.pcrfd.diameter.peer.NodeEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The OCS's Sy (TS 29.219, application 16777302) as a module: SLR and STR from the PCRF, SNR
 * to it when a subscribed counter changes. Takes the node's {@link OcsAccounts} and
 * {@link OcsIdentity}; publishes its {@link SySessions}. {@code applications.sy: auto} is on.
 */
public final class SyModule implements DiameterApplicationModule {
    public static final String KEY = "sy";
    private SySessions sessions;
    private SyNotifier notifier;
    private Executor timer;

    @Override
    public String name() {
        return "ocs-sy";
    }

    @Override
    public List<ServedApplication> applications() {
        return List.of(ServedApplication.byDefault(KEY, ApplicationSupport.vendorAuth(VendorIds.THREE_GPP,
                ApplicationIds.SY)));
    }

    @Override
    public void configure(ModuleContext c) {
        OcsAccounts accounts = c.ports().require(OcsAccounts.class, name());
        OcsIdentity local = c.ports().require(OcsIdentity.class, name());
        sessions = new SySessions();
        timer = c.timer();
        SyServer server = new SyServer(c.dictionary(), local, accounts, sessions, c.clock());
        notifier = new SyNotifier(c.dictionary(), local, sessions, c.clock(), c.send());
        accounts.onChange(notifier);
        c.handlers().register(ApplicationIds.SY, CommandCodes.SPENDING_LIMIT, (rc, slr) -> server.slr(slr));
        c.handlers().register(ApplicationIds.SY, CommandCodes.SESSION_TERMINATION, (rc, str) -> server.str(str));
        c.ports().provide(SySessions.class, sessions);
    }

    /**
     * A client that announces a new Origin-State-Id lost its Sy sessions (RFC 6733 §8.16): they
     * end here too, on the node's timer thread.
     */
    @Override
    public void onNodeEvent(NodeEvent event) {
        if (event instanceof NodeEvent.OriginStateIdChanged changed) {
            timer.execute(() -> sessions.removeClient(changed.host()));
        }
    }

    @Override
    public Map<String, Long> counters() {
        return Map.of("sy.sessions", (long) sessions.count(), "sy.snrSent", notifier.sent(),
                "sy.snrFailed", notifier.failed());
    }
}
