package io.pcrfd.bpcf;

import io.pcrfd.pcrf.health.Check;
import io.pcrfd.pcrf.health.Readiness;
import io.pcrfd.pcrf.rest.OperationsApi;
import java.util.Map;

/** Operations of a REST server whose {@link Bpcf} runs without a node (the socket-less {@link Loop}). */
final class WithoutNode implements OperationsApi {
    static final WithoutNode OPERATIONS = new WithoutNode();

    @Override
    public Readiness.Report readiness() {
        return Readiness.Report.of(Map.of("peers", Check.up("the test's loop")));
    }

    @Override
    public String metrics() {
        return "";
    }
}
