package io.pcrfd.pcrf.rest;

import io.pcrfd.pcrf.health.Readiness;
import java.util.function.Supplier;

/**
 * What every pcrfd REST server serves for operations, whatever the role (the PCRF's admin API,
 * the BPCF's): readiness and the metrics. See {@link OperationsRoutes} for the routes.
 */
public interface OperationsApi {
    /** The Prometheus text exposition format, version 0.0.4. */
    String METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    /** Runs the readiness checks (may block briefly on the store). */
    Readiness.Report readiness();

    /** Every metric of the node, in the Prometheus text format. */
    String metrics();

    /** The operations API of a node that is nothing more: its readiness checks and its metrics. */
    static OperationsApi of(Readiness readiness, Supplier<String> metrics) {
        return new OperationsApi() {
            @Override
            public Readiness.Report readiness() {
                return readiness.check();
            }

            @Override
            public String metrics() {
                return metrics.get();
            }
        };
    }
}
