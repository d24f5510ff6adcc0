package io.pcrfd.pcrf.rest;

import io.pcrfd.pcrf.rest.JsonHttpServer.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The analytics routes of session context exposure, on the admin server under
 * {@value #BASE}, with the errors of the SAPC analytics API's error table:
 *
 * <pre>
 * GET /analytics/v1/subscribers/{subscriberId}/subscriber-info   200 {subscriberId, state, total, offset, limit, contexts[]}
 * GET /analytics/v1/subscribers/{subscriberId}/subscriber-state  200 {subscriberId, state, sessions[], contexts[]}
 * GET /analytics/v1/sessions/{ipaddr}/imsi-list?apn=&amp;pcef=        200 {ipaddr, total, offset, limit, imsiList[]}
 * </pre>
 *
 * <ul>
 *   <li>400: a URI under {@value #BASE} that names no operation, an unknown or malformed query
 *       parameter, a malformed subscriber id, an {@code ipaddr} that is no IP address or
 *       prefix, and a known subscriber while exposure is disabled (its state or contexts
 *       cannot be queried).</li>
 *   <li>404: a subscriber the node does not know (no context, not in the policy).</li>
 *   <li>405: PUT, DELETE or any method but GET ({@code Allow: GET}), and the IMSI list while
 *       exposure is disabled (with an empty {@code Allow}: no method is served then).</li>
 *   <li>500: anything unexpected; the body says what.</li>
 * </ul>
 *
 * <p>Paging: {@code limit} (1 to {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}) and
 * {@code offset} (from 0, default 0) cut the IMSI list and the contexts of subscriber-info;
 * {@code total} is the length of the whole list. subscriber-state takes {@code wait}, the
 * milliseconds (0 to {@value #MAX_WAIT_MILLIS}, default 0) to wait for the usage reports
 * after the RAAs.
 */
public final class AnalyticsRoutes {
    static final String BASE = "/analytics/v1";
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    static final long MAX_WAIT_MILLIS = 10_000;
    private static final Pattern DIGITS = Pattern.compile("\\d{1,15}");

    private final AnalyticsApi api;

    private AnalyticsRoutes(AnalyticsApi api) {
        this.api = api;
    }

    /** Adds the analytics routes, answered by {@code api}, to {@code routes}. */
    public static Routes addTo(Routes routes, AnalyticsApi api) {
        AnalyticsRoutes a = new AnalyticsRoutes(api);
        return routes.get(BASE + "/subscribers/{subscriberId}/subscriber-info", a::subscriberInfo)
                .get(BASE + "/subscribers/{subscriberId}/subscriber-state", a::subscriberState)
                .get(BASE + "/sessions/{ipaddr}/imsi-list", a::imsiList);
    }

    /** {@code router} with a path under {@value #BASE} that names no operation answered 400 (bad URI), not 404. */
    public static JsonHttpServer.Router badUrisAre400(JsonHttpServer.Router router) {
        return (method, path, query) -> {
            try {
                return router.route(method, path, query);
            } catch (ApiError e) {
                if (e.status() == 404 && "not found".equals(e.error()) && String.join("/", path).startsWith(BASE.substring(1))) {
                    throw new ApiError(400, "bad URI", "no analytics operation at /" + String.join("/", path));
                }
                throw e;
            }
        };
    }

    private Response subscriberInfo(Routes.Request q) {
        Page page = Page.of(q.query(), Set.of());
        AnalyticsApi.SubscriberKey key = parseSubscriber(q.param(0));
        List<AnalyticsApi.Context> contexts = api.contexts(key); // read once: a subscriber with contexts is known
        check(!contexts.isEmpty() || api.known(key), q.param(0));
        boolean online = contexts.stream().anyMatch(c -> "ongoing".equals(c.state()));
        return Response.json(200, new SubscriberInfo(key.value(), online ? "online" : "offline", contexts.size(),
                page.offset(), page.limit(), page.cut(contexts)));
    }

    private Response subscriberState(Routes.Request q) {
        long wait = longParam(q.query(), "wait", 0, MAX_WAIT_MILLIS, Set.of("wait"));
        AnalyticsApi.SubscriberKey key = parseSubscriber(q.param(0));
        check(api.known(key), q.param(0));
        return Response.json(200, api.state(key, wait));
    }

    private Response imsiList(Routes.Request q) {
        if (!api.enabled()) {
            return Response.error(405, "not activated",
                    "the IMSI list is off: session context exposure is disabled (exposure.enabled)")
                    .withHeader("Allow", "");
        }
        Map<String, String> query = lowerCaseNames(q.query());
        Page page = Page.of(query, Set.of("apn", "pcef"));
        AnalyticsApi.IpQuery ip = IpQueries.parse(q.param(0));
        List<String> imsis = api.imsiList(ip, blankIsNull(query.get("apn")), blankIsNull(query.get("pcef")));
        return Response.json(200, new ImsiList(q.param(0), imsis.size(), page.offset(), page.limit(),
                page.cut(imsis)));
    }

    /** An unknown subscriber is 404; a known one while exposure is disabled 400. */
    private void check(boolean known, String text) {
        if (!known) {
            throw new ApiError(404, "unknown subscriber", "no session context and no policy entry for " + text);
        }
        if (!api.enabled()) {
            throw new ApiError(400, "cannot query the subscriber",
                    "session context exposure is disabled (exposure.enabled)");
        }
    }

    static AnalyticsApi.SubscriberKey parseSubscriber(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String type = lower.startsWith("imsi-") ? "IMSI" : lower.startsWith("msisdn-") ? "MSISDN" : null;
        String value = type == null ? text : text.substring(type.length() + 1);
        if (!DIGITS.matcher(value).matches()) {
            throw new ApiError(400, "bad subscriber id", "'" + text
                    + "' is not an IMSI or MSISDN (1 to 15 digits, optionally prefixed imsi- or msisdn-)");
        }
        return new AnalyticsApi.SubscriberKey(type, value);
    }

    /** Query parameter names compared without case (the SAPC analytics API's example writes PCEF). */
    private static Map<String, String> lowerCaseNames(Map<String, String> query) {
        Map<String, String> out = new java.util.HashMap<>();
        query.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
        return out;
    }

    private static String blankIsNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static long longParam(Map<String, String> query, String name, long dflt, long max, Set<String> allowed) {
        for (String k : query.keySet()) {
            if (!allowed.contains(k)) {
                throw new ApiError(400, "bad URI", "unknown query parameter '" + k + "'");
            }
        }
        String v = query.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            long n = Long.parseLong(v);
            if (n >= 0 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ApiError(400, "bad URI", name + " must be a whole number from 0 to " + max + ", got '" + v + "'");
    }

    /** One page of a list: {@code offset} and {@code limit} from the query. */
    record Page(int offset, int limit) {
        static Page of(Map<String, String> query, Set<String> others) {
            Set<String> allowed = new java.util.HashSet<>(others);
            allowed.add("limit");
            allowed.add("offset");
            int limit = (int) longParam(query, "limit", DEFAULT_LIMIT, MAX_LIMIT, allowed);
            if (limit == 0) {
                throw new ApiError(400, "bad URI", "limit must be from 1 to " + MAX_LIMIT);
            }
            return new Page((int) longParam(query, "offset", 0, Integer.MAX_VALUE, allowed), limit);
        }

        <T> List<T> cut(List<T> all) {
            return offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + limit));
        }
    }

    /** The subscriber-info body. */
    record SubscriberInfo(String subscriberId, String state, int total, int offset, int limit,
                          List<AnalyticsApi.Context> contexts) {
    }

    /** The imsi-list body. */
    record ImsiList(String ipaddr, int total, int offset, int limit, List<String> imsiList) {
    }
}
