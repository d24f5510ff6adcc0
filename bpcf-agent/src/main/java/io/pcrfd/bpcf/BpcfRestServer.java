package io.pcrfd.bpcf;

import io.pcrfd.pcrf.config.Bitrate;
import io.pcrfd.pcrf.rest.ApiError;
import io.pcrfd.pcrf.rest.JsonHttpServer;
import io.pcrfd.pcrf.rest.JsonHttpServer.Response;
import io.pcrfd.pcrf.rest.OpenApiDocument;
import io.pcrfd.pcrf.rest.OperationsApi;
import io.pcrfd.pcrf.rest.OperationsRoutes;
import io.pcrfd.pcrf.rest.Routes;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The BPCF simulator's controls over HTTP, served by pcrf-core's {@link JsonHttpServer} from a
 * {@link Routes} table (the same server and error shape as the PCRF's admin API):
 *
 * <pre>
 * GET  /sessions                                         200 [session, ...]
 * GET  /lines/{id}                                       200 {id, capacity, used, rules} | 404
 * POST /lines/{id}/capacity?uplink=2Mbps&downlink=10Mbps 200 the line
 * POST /attach?localIp=198.51.100.9&imsi=...&apn=...     200 {sessionId, resultCode, admitted, rejected}
 * POST /detach?localIp=198.51.100.9                      200 {resultCode}
 * POST /usage?(session|imsi|line|localIp)=...&key=mk&octets=N[&input=N&output=N][&whenGranted=true]
 *                                                        200 {sessionId, monitoringKey, sent, resultCode, reported, unreported}
 * </pre>
 *
 * and the operations routes of every pcrfd server ({@link OperationsRoutes}: {@code /health/live},
 * {@code /health/ready}, {@code /metrics}, {@code /openapi.json}); the OpenAPI document is
 * {@code bpcf-openapi.json} next to this class.
 *
 * <p>Errors: {@code {"error": "...", "detail": "..."}} with 400 (bad or missing parameter), 404
 * (unknown path or line), 405 with {@code Allow} (wrong method), 504 when the PCRF does not
 * answer. Attach, detach and usage wait for the PCRF's answer (up to 15 s).
 */
public final class BpcfRestServer implements AutoCloseable {
    private static final long ANSWER_WAIT_SECONDS = 15;

    private final Bpcf bpcf;
    private final Routes routes;
    private JsonHttpServer server;

    private BpcfRestServer(Bpcf bpcf, OperationsApi operations) {
        this.bpcf = bpcf;
        this.routes = OperationsRoutes.addTo(routes(), operations,
                OpenApiDocument.of(BpcfRestServer.class, "bpcf-openapi.json"));
    }

    /** Binds {@code address} and serves; {@code operations} answers readiness and metrics. */
    public static BpcfRestServer start(InetSocketAddress address, Bpcf bpcf, OperationsApi operations) {
        BpcfRestServer rest = new BpcfRestServer(bpcf, operations);
        rest.server = JsonHttpServer.start(address, "BPCF REST", rest::route);
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

    private Response route(String method, List<String> path, Map<String, String> q) {
        try {
            return routes.route(method, path, q);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "bad request", String.valueOf(e.getMessage()));
        }
    }

    private Routes routes() {
        return new Routes()
                .get("/sessions", r -> Response.json(200, bpcf.list()))
                .get("/lines/{id}", r -> Response.json(200, line(r.param(0))))
                .post("/lines/{id}/capacity", r -> {
                    line(r.param(0));
                    bpcf.setCapacity(r.param(0), Bitrate.parse(need(r.query(), "uplink")),
                            Bitrate.parse(need(r.query(), "downlink")));
                    return Response.json(200, line(r.param(0)));
                })
                .post("/attach", r -> Response.json(200, await(bpcf.attach(need(r.query(), "localIp"),
                        r.query().get("imsi"), r.query().get("apn")))))
                .post("/detach", r -> Response.json(200, Map.of("resultCode",
                        await(bpcf.detach(need(r.query(), "localIp"))))))
                .post("/usage", r -> Response.json(200, await(usage(r.query()))));
    }

    /**
     * {@code key} defaults to {@value Bpcf#DEFAULT_MONITORING_KEY}; {@code octets} is the total,
     * else input + output; an unknown line is 404 as for {@code /lines/{id}}.
     */
    private CompletionStage<UsageResult> usage(Map<String, String> q) {
        UsageTarget target = UsageTarget.of(q);
        if (target.kind() == UsageTarget.Kind.LINE) {
            line(target.value());
        }
        Octets used = Octets.of(octets(q, "octets"), octets(q, "input"), octets(q, "output"));
        String key = q.getOrDefault("key", Bpcf.DEFAULT_MONITORING_KEY);
        return bpcf.reportUsage(target, key, used, flag(q, "whenGranted"));
    }

    private static Long octets(Map<String, String> q, String name) {
        String v = q.get(name);
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ApiError(400, "bad request", name + ": not a number of octets: " + v);
        }
    }

    private static boolean flag(Map<String, String> q, String name) {
        String v = q.getOrDefault(name, "false");
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ApiError(400, "bad request", name + ": true or false, not " + v);
        };
    }

    private AccessLines.LineUsage line(String id) {
        try {
            return bpcf.lines().usage(id);
        } catch (IllegalArgumentException e) {
            throw new ApiError(404, "unknown line", e.getMessage());
        }
    }

    private static String need(Map<String, String> q, String name) {
        String v = q.get(name);
        if (v == null || v.isEmpty()) {
            throw new ApiError(400, "bad request", "missing parameter " + name);
        }
        return v;
    }

    private static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(ANSWER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "interrupted", "the request was interrupted");
        } catch (ExecutionException | TimeoutException e) {
            throw new ApiError(504, "no answer from the PCRF", e.toString());
        }
    }
}
