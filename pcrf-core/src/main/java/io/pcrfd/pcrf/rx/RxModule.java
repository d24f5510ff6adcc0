package io.pcrfd.pcrf.rx;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.pcrf.app.DiameterApplicationModule;
import io.pcrfd.pcrf.app.ModuleContext;
import io.pcrfd.pcrf.app.ServedApplication;
import io.pcrfd.pcrf.gx.EndToEndIds;
import io.pcrfd.pcrf.gx.GxAfSessions;
import io.pcrfd.pcrf.gx.GxApplication;
import io.pcrfd.pcrf.gx.GxAvpReader;
import io.pcrfd.pcrf.gx.GxSessionEvents;
import io.pcrfd.pcrf.gx.GxSettings;
import io.pcrfd.pcrf.policy.Situation;
import io.pcrfd.store.Store;
import io.pcrfd.store.model.AfSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Rx (TS 29.214, application 16777236) as a module of the PCRF: AAR/AAA and STR/STA from
 * application functions, RAR and ASR to them. Needs the Gx module before it ({@link GxApplication},
 * {@link GxSessionEvents}, {@link GxAfSessions}). {@code applications.rx: auto} is off (nothing
 * else in the configuration implies an AF); {@code on} advertises Rx in CER/CEA and serves it.
 * When it is off the module is still wired but leaves Gx decisions as they were: the AF sessions
 * are read by decisions only when Rx is served.
 */
public final class RxModule implements DiameterApplicationModule {
    public static final String KEY = "rx";

    private RxNotifier notifier;

    @Override
    public String name() {
        return KEY;
    }

    @Override
    public List<ServedApplication> applications() {
        return List.of(ServedApplication.whenNeeded(KEY, ApplicationSupport.vendorAuth(VendorIds.THREE_GPP,
                ApplicationIds.RX), c -> false, "nothing in the configuration"));
    }

    @Override
    public void configure(ModuleContext c) {
        GxSettings gxSettings = GxSettings.from(c.config());
        Store store = c.ports().require(Store.class, KEY);
        RxContext ctx = new RxContext(new RxAnswers(c.dictionary(), gxSettings.originHost(), gxSettings.originRealm()),
                store, c.ports().require(GxApplication.class, KEY), c.clock(), c.send(), c.afterAnswer(),
                gxSettings.rarTimeout(), new EndToEndIds(c.clock()));
        notifier = new RxNotifier(ctx);
        if (!c.handlers().serves(KEY)) {
            return;
        }
        AfSessionService service = new AfSessionService(ctx, new RxRequestParser(new GxAvpReader(c.dictionary())),
                notifier);
        c.handlers().register(ApplicationIds.RX, CommandCodes.AA, (rc, aar) -> service.aar(aar));
        c.handlers().register(ApplicationIds.RX, CommandCodes.SESSION_TERMINATION, (rc, str) -> service.str(str));
        c.ports().require(GxSessionEvents.class, KEY).add(notifier);
        c.ports().require(GxAfSessions.class, KEY).source(gx -> afSessions(store, gx));
    }

    /** The AF sessions of {@code gxSessionId} as a decision sees them: their derived rules. */
    static CompletionStage<List<Situation.AfSession>> afSessions(Store store, String gxSessionId) {
        return store.afSessions().findByGxSession(gxSessionId).thenApply(afs -> {
            List<Situation.AfSession> out = new ArrayList<>(afs.size());
            for (AfSession af : afs) {
                out.add(new Situation.AfSession(af.sessionId(), af.afApplicationId(),
                        RxServiceState.decode(af.serviceState()).rules()));
            }
            return out;
        });
    }

    @Override
    public Map<String, Long> counters() {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("rx.rarSent", notifier.rarsSent());
        out.put("rx.asrSent", notifier.asrsSent());
        out.put("rx.afUnanswered", notifier.unanswered());
        return out;
    }
}
