package io.pcrfd.bpcf;

import io.pcrfd.pcrf.app.DiameterApplicationModule;
import java.util.List;

/** The BPCF's applications, in wiring order: the one place a new one is added. */
final class BpcfModules {
    private BpcfModules() {
    }

    static List<DiameterApplicationModule> list() {
        return List.of(new BpcfS9aModule());
    }
}
