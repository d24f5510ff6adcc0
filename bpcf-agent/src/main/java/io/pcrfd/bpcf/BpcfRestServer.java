package io.pcrfd.bpcf;

import io.pcrfd.pcrf.config.Bitrate;
import io.pcrfd.pcrf.rest.ApiError;
import io.pcrfd.pcrf.rest.JsonHttpServer;
import io.pcrfd.pcrf.rest.JsonHttpServer.Response;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The BPCF simulator's controls over HTTP, served by pcrf-core's {@link JsonHttpServer} (the
 * same server and error shape as the PCRF's admin API):
 *
 * <pre>
 * GET  /sessions                                         200 [session, ...]
 * GET  /lines/{id}                                       200 {id, capacity, used, rules} | 404
 * POST /lines/{id}/capacity?uplink=2Mbps&downlink=10Mbps 200 the line
 * POST /attach?localIp=198.51.100.9&imsi=...&apn=...     200 {sessionId, resultCode, admitted, rejected}
 * POST /detach?localIp=198.51.100.9                      200 {resultCode}
 * POST /usage?localIp=198.51.100.9&input=1000&output=5000   200 {resultCode}
 * </pre>
 *
 * Errors: {@code {"error": "...", "detail": "..."}} with 400 (bad or missing parameter), 404
 * (unknown path or line), 405 with {@code Allow} (wrong method), 504 when the PCRF does not
 * answer. Attach, detach and usage wait for the PCRF's answer (up to 15 s).
 */
public final class BpcfRestServer implements AutoCloseable {
    private static final long ANSWER_WAIT_SECONDS = 15;

    private final Bpcf bpcf;
    private JsonHttpServer server;

    private BpcfRestServer(Bpcf bpcf) {
        this.bpcf = bpcf;
    }

    /** Binds {@code address} and serves. */
    public static BpcfRestServer start(InetSocketAddress address, Bpcf bpcf) {
        BpcfRestServer rest = new BpcfRestServer(bpcf);
        rest.server = JsonHttpServer.start(address, "BPCF REST", rest::route);
        return rest;
    }

    public InetSocketAddress address() {
        return server.address();
    }

    @Override
    public void close() {
        server.close();
    }

    private Response route(String method, List<String> path, Map<String, String> q) {
        try {
            return dispatch(method, path, q);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "bad request", String.valueOf(e.getMessage()));
        }
    }

    private Response dispatch(String method, List<String> path, Map<String, String> q) {
        String first = path.isEmpty() ? "" : path.get(0);
        if (path.size() == 1 && first.equals("sessions")) {
            return only(method, "GET", () -> Response.json(200, bpcf.list()));
        }
        if (path.size() == 2 && first.equals("lines")) {
            return only(method, "GET", () -> Response.json(200, line(path.get(1))));
        }
        if (path.size() == 3 && first.equals("lines") && path.get(2).equals("capacity")) {
            return only(method, "POST", () -> {
                line(path.get(1));
                bpcf.setCapacity(path.get(1), Bitrate.parse(need(q, "uplink")), Bitrate.parse(need(q, "downlink")));
                return Response.json(200, line(path.get(1)));
            });
        }
        if (path.size() == 1 && first.equals("attach")) {
            return only(method, "POST", () -> Response.json(200, await(bpcf.attach(need(q, "localIp"),
                    q.get("imsi"), q.get("apn")))));
        }
        if (path.size() == 1 && first.equals("detach")) {
            return only(method, "POST", () -> Response.json(200, Map.of("resultCode",
                    await(bpcf.detach(need(q, "localIp"))))));
        }
        if (path.size() == 1 && first.equals("usage")) {
            return only(method, "POST", () -> Response.json(200, Map.of("resultCode", await(bpcf.reportUsage(
                    need(q, "localIp"), Long.parseLong(need(q, "input")), Long.parseLong(need(q, "output")))))));
        }
        throw new ApiError(404, "not found", "no resource at /" + String.join("/", path));
    }

    private static Response only(String method, String allowed, Supplier<Response> action) {
        return JsonHttpServer.only(method, allowed, action);
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
