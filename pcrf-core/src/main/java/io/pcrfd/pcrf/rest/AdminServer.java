package io.pcrfd.pcrf.rest;

import io.pcrfd.pcrf.config.ConfigException;
import io.pcrfd.pcrf.console.SessionLadders;
import io.pcrfd.pcrf.rest.JsonHttpServer.Response;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin REST API, served by {@link JsonHttpServer} (the JDK's HTTP server, a virtual
 * thread per request, JSON in Jackson) from a {@link Routes} table:
 *
 * <pre>
 * GET  /health                          200 {status, node, peers[{host, realm, state, watchdog, health}]}
 * GET  /sessions?imsi=|ueIp=|sessionId=  200 {by, value, sessions[...]} | 400 bad search
 * GET  /sessions/{Session-Id}           200 the stored session | 404
 * GET  /sessions/{Session-Id}/ladder    200 {sessionId, node, recorded, messages[...]} | 400 | 404 | 409 ladder off
 * POST /sessions/{Session-Id}/reauthorize  202 {sessionId, outcome} (RAR sent now) | 404
 * POST /policy/reload                   200 {source, plans, subscribers} | 400 bad file (old policy kept)
 * GET  /metrics/counters                200 {name: value, ...}
 * GET  /analytics/v1/...                session context exposure ({@link AnalyticsRoutes})
 * GET  /console                         200 the web console (one static HTML page reading the routes above)
 * GET  /                                302 to /console
 * </pre>
 *
 * and the operations routes of every server ({@link OperationsRoutes}: {@code /health/live},
 * {@code /health/ready}, {@code /metrics}, {@code /openapi.json}). The OpenAPI document is
 * {@code admin-openapi.json} next to this class.
 *
 * <p>Every error is a status with {@code {"error": "...", "detail": "..."}}: 404 for an unknown
 * path, 405 (with {@code Allow}) for a wrong method, 500 for a bug. The Session-Id is one
 * percent-encoded path segment (its {@code ;} may stay as is, a {@code /} must be {@code %2F}).
 */
public final class AdminServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);

    private final AdminApi api;
    private final Routes routes;
    private JsonHttpServer server;

    private AdminServer(AdminApi api) {
        this.api = api;
        this.routes = routes();
    }

    /**
     * Binds {@code address} and starts serving.
     *
     * @throws UncheckedIOException when the address cannot be bound (port in use, no such address)
     */
    public static AdminServer start(InetSocketAddress address, AdminApi api) {
        AdminServer admin = new AdminServer(api);
        admin.server = JsonHttpServer.start(address, "admin REST", AnalyticsRoutes.badUrisAre400(admin.routes));
        LOG.info("admin REST API on http://{}:{}", admin.address().getAddress().getHostAddress(), admin.address().getPort());
        return admin;
    }

    /** The routes this server answers (what its OpenAPI document must describe). */
    public List<Routes.Route> routeList() {
        return routes.list();
    }

    /** The bound address (the port resolved when 0 was asked for). */
    public InetSocketAddress address() {
        return server.address();
    }

    /** Stops accepting and ends the exchanges in progress within one second. */
    @Override
    public void close() {
        server.close();
    }

    private Routes routes() {
        Routes r = new Routes()
                .get("/health", q -> Response.json(200, api.health()))
                .get("/metrics/counters", q -> Response.json(200, api.counters()))
                .post("/policy/reload", q -> reloadPolicy())
                .get("/sessions", q -> findSessions(SessionSearch.parse(q.query())))
                .get("/sessions/{sessionId}", q -> session(q.param(0)))
                .get("/sessions/{sessionId}/ladder", q -> ladder(q.param(0)))
                .post("/sessions/{sessionId}/reauthorize", q -> reauthorize(q.param(0)))
                .get("/subscribers/{subscriberId}/usage", q -> Response.json(200, api.metering().usage(q.param(0))))
                .post("/subscribers/{subscriberId}/usage/reset",
                        q -> Response.json(200, api.metering().reset(q.param(0), q.query().get("policy"))))
                .get("/console", q -> ConsolePage.page())
                .get("/", q -> ConsolePage.redirect());
        AnalyticsRoutes.addTo(r, api.analytics());
        return OperationsRoutes.addTo(r, api, OpenApiDocument.of(AdminServer.class, "admin-openapi.json"));
    }

    private Response session(String sessionId) {
        return api.session(sessionId).map(s -> Response.json(200, s))
                .orElseThrow(() -> unknownSession(sessionId));
    }

    private Response findSessions(SessionSearch search) {
        return Response.json(200, Map.of("by", search.by().name(), "value", search.value(),
                "sessions", api.findSessions(search)));
    }

    private Response ladder(String sessionId) {
        SessionSearch.sessionId(sessionId);
        SessionLadders ladders = api.ladders();
        if (!ladders.enabled()) {
            throw new ApiError(409, "ladder off", "console.ladder.enabled is false: no messages are recorded");
        }
        return ladders.ladder(sessionId).map(l -> Response.json(200, LadderView.of(l, api.health().node())))
                .orElseThrow(() -> new ApiError(404, "no ladder", "no messages recorded for Session-Id " + sessionId
                        + (ladders.sampled(sessionId) ? " (none since the ladder started, or dropped beyond"
                        + " console.ladder.maxSessions)" : " (not sampled: console.ladder.sampleOneIn)")));
    }

    private Response reauthorize(String sessionId) {
        AdminApi.Reauthorization r = api.reauthorize(sessionId);
        if ("SESSION_UNKNOWN".equals(r.outcome())) {
            throw unknownSession(sessionId);
        }
        return Response.json(202, r);
    }

    private Response reloadPolicy() {
        try {
            return Response.json(200, api.reloadPolicy());
        } catch (ConfigException e) {
            throw new ApiError(400, "bad policy file", e.getMessage());
        }
    }

    private static ApiError unknownSession(String sessionId) {
        return new ApiError(404, "unknown session", "no live Gx session with Session-Id " + sessionId);
    }
}
