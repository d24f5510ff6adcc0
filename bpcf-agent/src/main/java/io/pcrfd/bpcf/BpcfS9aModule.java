package io.pcrfd.bpcf;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.diameter.peer.NodeEvent;
import io.pcrfd.pcrf.app.DiameterApplicationModule;
import io.pcrfd.pcrf.app.ModuleContext;
import io.pcrfd.pcrf.app.ServedApplication;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The BPCF's end of S9a (TS 29.215 Annex A, application 16777319) as a module: TER, the seed's
 * CCR/AAR triggers and RAR from the PCRF; publishes the {@link Bpcf}. {@code applications.s9a:
 * auto} is on: it is the role's only application.
 */
final class BpcfS9aModule implements DiameterApplicationModule {
    static final String KEY = "s9a";
    private Bpcf bpcf;
    private Executor afterAnswer;

    @Override
    public String name() {
        return "bpcf-s9a";
    }

    @Override
    public List<ServedApplication> applications() {
        return List.of(ServedApplication.byDefault(KEY, ApplicationSupport.vendorAuth(VendorIds.THREE_GPP,
                ApplicationIds.S9A)));
    }

    @Override
    public void configure(ModuleContext c) {
        bpcf = Bpcf.create(c.config(), c.send(), c.afterAnswer(), c.clock());
        long s9a = ApplicationIds.S9A;
        c.handlers().register(s9a, CommandCodes.TRIGGER_ESTABLISHMENT, (rc, ter) -> bpcf.triggers().handle(ter));
        c.handlers().register(s9a, CommandCodes.CREDIT_CONTROL, (rc, ccr) -> bpcf.triggers().handle(ccr));
        c.handlers().register(s9a, CommandCodes.AA, (rc, aar) -> bpcf.triggers().handle(aar));
        c.handlers().register(s9a, CommandCodes.RE_AUTH, (rc, rar) -> bpcf.sessions().handleRar(rar));
        c.ports().provide(Bpcf.class, bpcf);
        afterAnswer = c.afterAnswer();
    }

    /** A PCRF that restarted lost its sessions: this BPCF's towards it end too. */
    @Override
    public void onNodeEvent(NodeEvent event) {
        if (event instanceof NodeEvent.OriginStateIdChanged changed) {
            afterAnswer.execute(() -> bpcf.sessions().peerRestarted(changed.host()));
        }
    }

    @Override
    public Map<String, Long> counters() {
        return Map.of("bpcf.sessions", (long) bpcf.list().size());
    }

    Bpcf bpcf() {
        return bpcf;
    }
}
