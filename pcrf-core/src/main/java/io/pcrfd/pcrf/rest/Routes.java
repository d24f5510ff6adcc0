package io.pcrfd.pcrf.rest;

import io.pcrfd.pcrf.rest.JsonHttpServer.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A REST server's routes as data: method, path template ({@code /sessions/{sessionId}}) and
 * handler. The server answers from this table, and the same table is what the OpenAPI test
 * compares the published document with, so a route cannot exist undocumented. A path that
 * matches no template is 404; one that matches with another method is 405 with {@code Allow}.
 */
public final class Routes implements JsonHttpServer.Router {

    /** Answers one request; throws {@link ApiError} for a client's mistake. */
    @FunctionalInterface
    public interface Handler {
        Response handle(Request request);
    }

    /**
     * @param params the path segments the template's {@code {names}} matched, in order
     * @param query  the decoded query parameters
     */
    public record Request(List<String> params, Map<String, String> query) {
        public String param(int i) {
            return params.get(i);
        }
    }

    /** One route; {@code template} segments in braces match any one segment. */
    public record Route(String method, String template, Handler handler) {
        List<String> segments() {
            return JsonHttpServer.segments(template);
        }
    }

    private final List<Route> routes = new ArrayList<>();

    public Routes get(String template, Handler handler) {
        return add("GET", template, handler);
    }

    public Routes post(String template, Handler handler) {
        return add("POST", template, handler);
    }

    public Routes delete(String template, Handler handler) {
        return add("DELETE", template, handler);
    }

    private Routes add(String method, String template, Handler handler) {
        routes.add(new Route(method, template, handler));
        return this;
    }

    /** Every route, in registration order. */
    public List<Route> list() {
        return List.copyOf(routes);
    }

    @Override
    public Response route(String method, List<String> path, Map<String, String> query) {
        Set<String> allowed = new TreeSet<>();
        for (Route r : routes) {
            List<String> params = match(r.segments(), path);
            if (params == null) {
                continue;
            }
            if (r.method().equals(method)) {
                return r.handler().handle(new Request(params, query));
            }
            allowed.add(r.method());
        }
        if (allowed.isEmpty()) {
            throw new ApiError(404, "not found", "no resource at /" + String.join("/", path));
        }
        String allow = String.join(", ", allowed);
        return Response.error(405, "method not allowed", method + " is not allowed here; use " + allow)
                .withHeader("Allow", allow);
    }

    /** The segments the template's parameters matched, or null when {@code path} does not fit. */
    private static List<String> match(List<String> template, List<String> path) {
        if (template.size() != path.size()) {
            return null;
        }
        List<String> params = new ArrayList<>();
        for (int i = 0; i < template.size(); i++) {
            String t = template.get(i);
            if (t.startsWith("{") && t.endsWith("}")) {
                params.add(path.get(i));
            } else if (!t.equals(path.get(i))) {
                return null;
            }
        }
        return params;
    }
}
