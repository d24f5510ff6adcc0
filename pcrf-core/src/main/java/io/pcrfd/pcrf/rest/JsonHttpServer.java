package io.pcrfd.pcrf.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small HTTP server under pcrfd's JSON APIs (the PCRF's admin API, the BPCF simulator's
 * controls): the JDK's server, one virtual thread per request, a {@link Router} that returns a
 * {@link Response} (usually from a {@link Routes} table). Every error has the same shape, {@code {"error": "...", "detail": "..."}}:
 * an {@link ApiError} the router throws is answered with its status; 405 carries
 * {@code Allow}; anything else a router throws is logged and answered 500.
 */
public final class JsonHttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JsonHttpServer.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Maps a request to its answer; throws {@link ApiError} for a client's mistake. */
    @FunctionalInterface
    public interface Router {
        /**
         * @param method the HTTP method
         * @param path   the decoded, non-empty path segments
         * @param query  the decoded query parameters
         */
        Response route(String method, List<String> path, Map<String, String> query);
    }

    /** One answer: status, JSON body (or {@link Text}), extra headers. */
    public record Response(int status, Object body, Map<String, String> headers) {
        public static Response json(int status, Object body) {
            return new Response(status, body, Map.of());
        }

        /** A body that is not JSON (the Prometheus text format), sent as it is. */
        public static Response text(int status, String contentType, String text) {
            return new Response(status, new Text(contentType, text), Map.of());
        }

        public static Response error(int status, String error, String detail) {
            return json(status, Map.of("error", error, "detail", detail == null ? "" : detail));
        }

        Response withHeader(String name, String value) {
            return new Response(status, body, Map.of(name, value));
        }
    }

    /** A body sent as is, with its own content type. */
    public record Text(String contentType, String content) {
    }

    private final String name;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Router router;

    private JsonHttpServer(String name, HttpServer server, ExecutorService executor, Router router) {
        this.name = name;
        this.server = server;
        this.executor = executor;
        this.router = router;
    }

    /**
     * Binds {@code address} and starts serving; {@code name} labels its log lines.
     *
     * @throws UncheckedIOException when the address cannot be bound (port in use, no such address)
     */
    public static JsonHttpServer start(InetSocketAddress address, String name, Router router) {
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        JsonHttpServer s = new JsonHttpServer(name, server, executor, router);
        server.createContext("/", s::handle);
        server.setExecutor(executor);
        server.start();
        return s;
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

    /** Runs {@code action} when {@code method} is {@code allowed}; otherwise 405 with {@code Allow}. */
    public static Response only(String method, String allowed, Supplier<Response> action) {
        if (!allowed.equals(method)) {
            return Response.error(405, "method not allowed", method + " is not allowed here; use " + allowed)
                    .withHeader("Allow", allowed);
        }
        return action.get();
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            drain(exchange.getRequestBody());
            write(exchange, respond(exchange.getRequestMethod(), segments(exchange.getRequestURI().getRawPath()),
                    query(exchange.getRequestURI().getRawQuery())));
        } catch (IOException e) {
            LOG.debug("{}: client went away: {}", name, e.toString());
        }
    }

    private Response respond(String method, List<String> path, Map<String, String> query) {
        try {
            return router.route(method, path, query);
        } catch (ApiError e) {
            return Response.error(e.status(), e.error(), e.detail());
        } catch (RuntimeException e) {
            LOG.error("{} {} /{} failed", name, method, String.join("/", path), e);
            return Response.error(500, "internal error", e.toString());
        }
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

    /** The decoded query parameters; a name without {@code =} has the empty value. */
    static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw == null) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            q.put(k, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }

    private static void write(HttpExchange exchange, Response r) throws IOException {
        byte[] body = r.body() instanceof Text t ? t.content().getBytes(StandardCharsets.UTF_8) : encode(r.body());
        exchange.getResponseHeaders().set("Content-Type", r.body() instanceof Text t ? t.contentType()
                : "application/json; charset=utf-8");
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
}
