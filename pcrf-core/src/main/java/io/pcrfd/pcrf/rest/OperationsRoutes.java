package io.pcrfd.pcrf.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.pcrfd.pcrf.health.Readiness;
import io.pcrfd.pcrf.rest.JsonHttpServer.Response;
import java.util.Map;

/**
 * The routes every pcrfd REST server has:
 *
 * <pre>
 * GET /health/live    200 {"status": "UP"} while the process serves
 * GET /health/ready   200 | 503 {"status", "checks": {name: {status, detail}}}
 * GET /metrics        200 the Prometheus text format (version 0.0.4)
 * GET /openapi.json   200 the OpenAPI 3 document of this server's routes
 * </pre>
 */
public final class OperationsRoutes {
    private OperationsRoutes() {
    }

    /** Adds the operations routes to {@code routes}; {@code openApi} is this server's whole document. */
    public static Routes addTo(Routes routes, OperationsApi api, JsonNode openApi) {
        return routes
                .get("/health/live", r -> Response.json(200, Map.of("status", "UP")))
                .get("/health/ready", r -> ready(api.readiness()))
                .get("/metrics", r -> Response.text(200, OperationsApi.METRICS_CONTENT_TYPE, api.metrics()))
                .get("/openapi.json", r -> Response.json(200, openApi));
    }

    private static Response ready(Readiness.Report report) {
        return Response.json(report.ready() ? 200 : 503, report);
    }
}
