package io.pcrfd.ocs.gy;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.ocs.account.OcsAccounts;
import io.pcrfd.ocs.account.OcsIdentity;
import io.pcrfd.pcrf.app.DiameterApplicationModule;
import io.pcrfd.pcrf.app.ModuleContext;
import io.pcrfd.pcrf.app.ServedApplication;
import java.util.List;
import java.util.Map;

/**
 * The OCS's Gy (RFC 4006 credit control, application 4; TS 32.299 §6.4) as a module: CCR from
 * gateways. Takes the node's {@link OcsAccounts} and {@link OcsIdentity}; publishes its
 * {@link GySessions}. {@code applications.gy: auto} is on.
 */
public final class GyModule implements DiameterApplicationModule {
    public static final String KEY = "gy";
    private GySessions sessions;

    @Override
    public String name() {
        return "ocs-gy";
    }

    @Override
    public List<ServedApplication> applications() {
        return List.of(ServedApplication.byDefault(KEY, ApplicationSupport.auth(ApplicationIds.CREDIT_CONTROL)));
    }

    @Override
    public void configure(ModuleContext c) {
        sessions = new GySessions();
        GyServer server = new GyServer(c.dictionary(), c.ports().require(OcsIdentity.class, name()), c.config().ocs(),
                c.ports().require(OcsAccounts.class, name()), sessions, c.clock());
        c.handlers().register(ApplicationIds.CREDIT_CONTROL, CommandCodes.CREDIT_CONTROL, (rc, ccr) -> server.ccr(ccr));
        c.ports().provide(GySessions.class, sessions);
    }

    @Override
    public Map<String, Long> counters() {
        return Map.of("gy.sessions", (long) sessions.count());
    }
}
