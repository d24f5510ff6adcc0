package io.pcrfd.bpcf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pcrfd.pcrf.config.Bitrate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The BPCF simulator's controls over HTTP (JDK server, a virtual thread per request, JSON out):
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
 * Errors: {@code {"error": "..."}} with 400 (bad or missing parameter), 404 (unknown path or
 * line), 405 (wrong method). Attach, detach and usage wait for the PCRF's answer (up to 15 s).
 */
public final class BpcfRestServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BpcfRestServer.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final long ANSWER_WAIT_SECONDS = 15;

    private final HttpServer server;
    private final ExecutorService executor;
    private final Bpcf bpcf;

    private BpcfRestServer(HttpServer server, ExecutorService executor, Bpcf bpcf) {
        this.server = server;
        this.executor = executor;
        this.bpcf = bpcf;
    }

    /** Binds {@code address} and serves. */
    public static BpcfRestServer start(InetSocketAddress address, Bpcf bpcf) {
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        BpcfRestServer rest = new BpcfRestServer(server, executor, bpcf);
        server.createContext("/", rest::handle);
        server.setExecutor(executor);
        server.start();
        return rest;
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
    }

    private record Reply(int status, Object body) {
    }

    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        BadRequest(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            Reply r = reply(exchange);
            byte[] body = JSON.writeValueAsBytes(r.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(r.status(), body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            LOG.debug("BPCF REST: client went away: {}", e.toString());
        }
    }

    private Reply reply(HttpExchange exchange) {
        List<String> path = List.of(exchange.getRequestURI().getPath().replaceAll("^/+|/+$", "").split("/"));
        Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
        String method = exchange.getRequestMethod();
        try {
            return route(method, path, q);
        } catch (BadRequest e) {
            return new Reply(e.status, Map.of("error", e.getMessage()));
        } catch (IllegalArgumentException e) {
            return new Reply(400, Map.of("error", String.valueOf(e.getMessage())));
        }
    }

    private Reply route(String method, List<String> path, Map<String, String> q) {
        String first = path.get(0);
        if (path.size() == 1 && first.equals("sessions")) {
            return only(method, "GET", () -> new Reply(200, bpcf.list()));
        }
        if (path.size() == 2 && first.equals("lines")) {
            return only(method, "GET", () -> new Reply(200, line(path.get(1))));
        }
        if (path.size() == 3 && first.equals("lines") && path.get(2).equals("capacity")) {
            return only(method, "POST", () -> {
                line(path.get(1));
                bpcf.setCapacity(path.get(1), Bitrate.parse(need(q, "uplink")), Bitrate.parse(need(q, "downlink")));
                return new Reply(200, line(path.get(1)));
            });
        }
        if (path.size() == 1 && first.equals("attach")) {
            return only(method, "POST", () -> new Reply(200, await(bpcf.attach(need(q, "localIp"), q.get("imsi"),
                    q.get("apn")))));
        }
        if (path.size() == 1 && first.equals("detach")) {
            return only(method, "POST", () -> new Reply(200, Map.of("resultCode",
                    await(bpcf.detach(need(q, "localIp"))))));
        }
        if (path.size() == 1 && first.equals("usage")) {
            return only(method, "POST", () -> new Reply(200, Map.of("resultCode", await(bpcf.reportUsage(
                    need(q, "localIp"), Long.parseLong(need(q, "input")), Long.parseLong(need(q, "output")))))));
        }
        throw new BadRequest(404, "no such path");
    }

    private AccessLines.LineUsage line(String id) {
        try {
            return bpcf.lines().usage(id);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(404, e.getMessage());
        }
    }

    private static Reply only(String method, String allowed, java.util.function.Supplier<Reply> action) {
        if (!method.equals(allowed)) {
            throw new BadRequest(405, "use " + allowed);
        }
        return action.get();
    }

    private static String need(Map<String, String> q, String name) {
        String v = q.get(name);
        if (v == null || v.isEmpty()) {
            throw new BadRequest(400, "missing parameter " + name);
        }
        return v;
    }

    private static <T> T await(java.util.concurrent.CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(ANSWER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadRequest(503, "interrupted");
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new BadRequest(504, "no answer from the PCRF: " + e);
        }
    }

    private static Map<String, String> query(String raw) {
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
}
