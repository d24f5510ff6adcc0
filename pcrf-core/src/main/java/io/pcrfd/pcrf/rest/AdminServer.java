package io.pcrfd.pcrf.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pcrfd.pcrf.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin REST API over the JDK's HTTP server, one virtual thread per request, JSON in
 * Jackson:
 *
 * <pre>
 * GET  /health                          200 {status, node, peers[{host, realm, state, watchdog, health}]}
 * GET  /sessions/{Session-Id}           200 the stored session | 404
 * POST /sessions/{Session-Id}/reauthorize  202 {sessionId, outcome} (RAR sent now) | 404
 * POST /policy/reload                   200 {source, plans, subscribers} | 400 bad file (old policy kept)
 * GET  /metrics/counters                200 {name: value, ...}
 * </pre>
 *
 * Every error is a status with {@code {"error": "...", "detail": "..."}}: 404 for an unknown
 * path, 405 (with {@code Allow}) for a wrong method, 500 for a bug. The Session-Id is one
 * percent-encoded path segment (its {@code ;} may stay as is, a {@code /} must be {@code %2F}).
 */
public final class AdminServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService executor;
    private final AdminApi api;

    private AdminServer(HttpServer server, ExecutorService executor, AdminApi api) {
        this.server = server;
        this.executor = executor;
        this.api = api;
    }

    /**
     * Binds {@code address} and starts serving.
     *
     * @throws UncheckedIOException when the address cannot be bound (port in use, no such address)
     */
    public static AdminServer start(InetSocketAddress address, AdminApi api) {
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        AdminServer admin = new AdminServer(server, executor, api);
        server.createContext("/", admin::handle);
        server.setExecutor(executor);
        server.start();
        LOG.info("admin REST API on http://{}:{}", admin.address().getAddress().getHostAddress(), admin.address().getPort());
        return admin;
    }

    /** The bound address (the port resolved when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Stops accepting and ends the exchanges in progress within one second. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            drain(exchange.getRequestBody());
            Response r = respond(exchange.getRequestMethod(), segments(exchange.getRequestURI().getRawPath()));
            write(exchange, r);
        } catch (IOException e) {
            LOG.debug("admin REST: client went away: {}", e.toString());
        }
    }

    private Response respond(String method, List<String> path) {
        try {
            return route(method, path);
        } catch (ApiError e) {
            return Response.error(e.status(), e.error(), e.detail());
        } catch (RuntimeException e) {
            LOG.error("admin REST {} /{} failed", method, String.join("/", path), e);
            return Response.error(500, "internal error", e.toString());
        }
    }

    private Response route(String method, List<String> path) {
        if (path.equals(List.of("health"))) {
            return only(method, "GET", () -> Response.json(200, api.health()));
        }
        if (path.equals(List.of("metrics", "counters"))) {
            return only(method, "GET", () -> Response.json(200, api.counters()));
        }
        if (path.equals(List.of("policy", "reload"))) {
            return only(method, "POST", this::reloadPolicy);
        }
        if (path.size() == 2 && path.get(0).equals("sessions")) {
            return only(method, "GET", () -> session(path.get(1)));
        }
        if (path.size() == 3 && path.get(0).equals("sessions") && path.get(2).equals("reauthorize")) {
            return only(method, "POST", () -> reauthorize(path.get(1)));
        }
        throw new ApiError(404, "not found", "no resource at /" + String.join("/", path));
    }

    private Response session(String sessionId) {
        return api.session(sessionId).map(s -> Response.json(200, s))
                .orElseThrow(() -> unknownSession(sessionId));
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

    private static Response only(String method, String allowed, Supplier<Response> action) {
        if (!allowed.equals(method)) {
            return Response.error(405, "method not allowed", method + " is not allowed here; use " + allowed)
                    .withHeader("Allow", allowed);
        }
        return action.get();
    }

    /** The decoded, non-empty path segments ({@code +} is a plus sign in a path, not a space). */
    static List<String> segments(String rawPath) {
        List<String> out = new ArrayList<>();
        for (String s : rawPath.split("/")) {
            if (!s.isEmpty()) {
                out.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void write(HttpExchange exchange, Response r) throws IOException {
        byte[] body = encode(r.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        r.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(r.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] encode(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            return ("{\"error\":\"internal error\",\"detail\":\"cannot encode the answer\"}")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private static void drain(InputStream in) throws IOException {
        try (in) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    /** One answer: status, JSON body, extra headers. */
    private record Response(int status, Object body, Map<String, String> headers) {
        static Response json(int status, Object body) {
            return new Response(status, body, Map.of());
        }

        static Response error(int status, String error, String detail) {
            return json(status, Map.of("error", error, "detail", detail == null ? "" : detail));
        }

        Response withHeader(String name, String value) {
            return new Response(status, body, Map.of(name, value));
        }
    }
}
