package io.pcrfd.pcrf.node;

import io.pcrfd.pcrf.app.DiameterApplicationModule;
import io.pcrfd.pcrf.establishment.S9Module;
import io.pcrfd.pcrf.gx.GxModule;
import io.pcrfd.pcrf.rx.RxModule;
import io.pcrfd.pcrf.sy.SyModule;
import java.util.List;

/**
 * The PCRF's applications, in wiring order: the one place a new application is added (Sy, Rx, a
 * DRA proxy: append its module). A module may use what the modules before it publish.
 */
final class PcrfModules {
    private PcrfModules() {
    }

    static List<DiameterApplicationModule> list(NodeEnvironment env) {
        return List.of(
                new GxModule(env::auditPeriod),
                new S9Module(),
                new RxModule(),
                new SyModule());
    }
}
