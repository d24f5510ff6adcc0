package io.pcrfd.ocs;

import io.pcrfd.pcrf.rest.ApiError;
import io.pcrfd.pcrf.rest.JsonHttpServer;
import io.pcrfd.pcrf.rest.JsonHttpServer.Response;
import io.pcrfd.pcrf.rest.OpenApiDocument;
import io.pcrfd.pcrf.rest.OperationsApi;
import io.pcrfd.pcrf.rest.OperationsRoutes;
import io.pcrfd.pcrf.rest.Routes;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The OCS's admin REST API, served by pcrf-core's {@link JsonHttpServer} from a {@link Routes}
 * table (the same server and error shape as the PCRF's admin API):
 *
 * <pre>
 * GET  /accounts                                              200 [account, ...]
 * GET  /accounts/{id}                                         200 account | 404
 * POST /accounts/{id}/containers/{container}/topup?amount=10MB   200 account | 400 | 404
 * POST /accounts/{id}/counters/{counter}/status?status=exhausted[&amp;at=2026-12-01T00:00:00Z]
 *                                                             200 account | 400 | 404
 * GET  /sy-sessions                                           200 [session, ...]
 * GET  /gy-sessions                                           200 [session, ...]
 * </pre>
 *
 * plus the operations routes of every pcrfd server ({@link OperationsRoutes}). {@code {id}} is
 * any Subscription-Id-Data of the account. The OpenAPI document is {@code ocs-openapi.json} next
 * to this class.
 */
public final class OcsRestServer implements AutoCloseable {
    private final OcsAdmin ocs;
    private final Routes routes;
    private JsonHttpServer server;

    private OcsRestServer(OcsAdmin ocs, OperationsApi operations) {
        this.ocs = ocs;
        this.routes = OperationsRoutes.addTo(routes(), operations,
                OpenApiDocument.of(OcsRestServer.class, "ocs-openapi.json"));
    }

    /** Binds {@code address} and serves. */
    public static OcsRestServer start(InetSocketAddress address, OcsAdmin ocs, OperationsApi operations) {
        OcsRestServer rest = new OcsRestServer(ocs, operations);
        rest.server = JsonHttpServer.start(address, "OCS REST", rest.routes);
        return rest;
    }

    public InetSocketAddress address() {
        return server.address();
    }

    /** The routes this server answers (what its OpenAPI document must describe). */
    public List<Routes.Route> routeList() {
        return routes.list();
    }

    @Override
    public void close() {
        server.close();
    }

    private Routes routes() {
        return new Routes()
                .get("/accounts", r -> Response.json(200, ocs.accounts()))
                .get("/accounts/{id}", r -> Response.json(200, ocs.account(r.param(0))))
                .post("/accounts/{id}/containers/{container}/topup", r -> Response.json(200,
                        ocs.topUp(r.param(0), r.param(1), need(r.query(), "amount"))))
                .post("/accounts/{id}/counters/{counter}/status", r -> Response.json(200,
                        ocs.setStatus(r.param(0), r.param(1), need(r.query(), "status"), at(r.query().get("at")))))
                .get("/sy-sessions", r -> Response.json(200, ocs.sySessions()))
                .get("/gy-sessions", r -> Response.json(200, ocs.gySessions()));
    }

    private static String need(Map<String, String> q, String name) {
        String v = q.get(name);
        if (v == null || v.isBlank()) {
            throw new ApiError(400, "bad request", "query parameter " + name + " is required");
        }
        return v;
    }

    private static Instant at(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ApiError(400, "bad request", "at: expected an ISO 8601 instant such as 2026-12-01T00:00:00Z, got "
                    + text);
        }
    }
}
