package io.pcrfd.dra;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.dra.pool.PcrfHealth;
import io.pcrfd.dra.pool.PoolSelector;
import io.pcrfd.dra.proxy.DraProxy;
import io.pcrfd.pcrf.app.DiameterApplicationModule;
import io.pcrfd.pcrf.app.ModuleContext;
import io.pcrfd.pcrf.app.ServedApplication;
import io.pcrfd.store.DraStore;
import java.util.List;
import java.util.Map;

/**
 * The Policy DRA's proxy as a node module: it serves (and advertises in CER/CEA) the
 * applications it proxies, Gx (16777238), Gxx (16777266), S9 (16777267) and Rx (16777236),
 * each switched by {@code applications.gx|gxx|s9|rx} (on by default). It takes the node's
 * {@link DraStore} and {@link PcrfHealth} ports and publishes the {@link PoolSelector}.
 */
public final class DraProxyModule implements DiameterApplicationModule {
    private DraProxy proxy;

    @Override
    public String name() {
        return "dra";
    }

    @Override
    public List<ServedApplication> applications() {
        return List.of(served("gx", ApplicationIds.GX), served("gxx", ApplicationIds.GXX),
                served("s9", ApplicationIds.S9), served("rx", ApplicationIds.RX));
    }

    private static ServedApplication served(String key, long id) {
        return ServedApplication.byDefault(key, ApplicationSupport.vendorAuth(VendorIds.THREE_GPP, id));
    }

    @Override
    public void configure(ModuleContext ctx) {
        PoolSelector pools = new PoolSelector(ctx.config().dra(), ctx.ports().require(PcrfHealth.class, name()));
        ctx.ports().provide(PoolSelector.class, pools);
        proxy = new DraProxy(ctx.config().dra(), ctx.ports().require(DraStore.class, name()), pools,
                ctx.dictionary(), ctx.config().diameter().originHost(), ctx.send(), ctx.clock());
        for (long app : List.of(ApplicationIds.GX, ApplicationIds.GXX, ApplicationIds.S9)) {
            ctx.handlers().register(app, CommandCodes.CREDIT_CONTROL, proxy::creditControl);
            ctx.handlers().register(app, CommandCodes.RE_AUTH, proxy::fromServer);
        }
        ctx.handlers().register(ApplicationIds.RX, CommandCodes.AA, proxy::authorize);
        ctx.handlers().register(ApplicationIds.RX, CommandCodes.SESSION_TERMINATION, proxy::terminate);
        ctx.handlers().register(ApplicationIds.RX, CommandCodes.RE_AUTH, proxy::fromServer);
        ctx.handlers().register(ApplicationIds.RX, CommandCodes.ABORT_SESSION, proxy::fromServer);
    }

    @Override
    public Map<String, Long> counters() {
        return proxy == null ? Map.of() : proxy.counters().snapshot();
    }
}
