package io.pcrfd.dra.rest;

import io.pcrfd.pcrf.rest.ApiError;
import io.pcrfd.pcrf.rest.JsonHttpServer;
import io.pcrfd.pcrf.rest.JsonHttpServer.Response;
import io.pcrfd.pcrf.rest.OpenApiDocument;
import io.pcrfd.pcrf.rest.OperationsRoutes;
import io.pcrfd.pcrf.rest.Routes;
import io.pcrfd.store.model.AlternateKeys;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Policy DRA's REST API ({@code dra-openapi.json} next to this class):
 * <pre>
 * GET    /bindings/imsi/{imsi}?apn=APN       200 binding | 400 no apn though bindings are per APN | 404
 * DELETE /bindings/imsi/{imsi}?apn=APN       200 {"removed": "IMSI:APN"} | 400 | 404
 * GET    /bindings/msisdn/{msisdn}?apn=APN   200 | 404 (no apn: the MSISDN's latest binding)
 * GET    /bindings/ip/{address}?space=S      200 | 400 not an IPv4 address or IPv6 prefix | 404
 *                                            (space: APN or IP-Domain-Id; none: the latest binding)
 * GET    /pools                             200 every pool, its PCRFs and their state
 * GET    /metrics/counters                  200 {name: value}
 * </pre>
 * plus the operations routes every pcrfd server has. An IPv6 prefix is one path segment, its
 * {@code /} written {@code %2F}.
 */
public final class DraRestServer implements AutoCloseable {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6_PREFIX = Pattern.compile("[0-9A-Fa-f:.]+/\\d{1,3}");

    private final DraApi api;
    private final Routes routes;
    private JsonHttpServer server;

    private DraRestServer(DraApi api) {
        this.api = api;
        this.routes = routes();
    }

    /** Binds {@code address} and serves; throws {@link java.io.UncheckedIOException} when it cannot bind. */
    public static DraRestServer start(InetSocketAddress address, DraApi api) {
        DraRestServer s = new DraRestServer(api);
        s.server = JsonHttpServer.start(address, "DRA REST", s.routes);
        return s;
    }

    public List<Routes.Route> routeList() {
        return routes.list();
    }

    public InetSocketAddress address() {
        return server.address();
    }

    @Override
    public void close() {
        server.close();
    }

    private Routes routes() {
        Routes r = new Routes()
                .get("/bindings/imsi/{imsi}", q -> found(api.bindingByImsi(q.param(0), apn(q.query()))))
                .delete("/bindings/imsi/{imsi}", q -> remove(q.param(0), apn(q.query())))
                .get("/bindings/msisdn/{msisdn}", q -> found(api.bindingByAlternate(AlternateKeys.within(
                        AlternateKeys.Type.MSISDN, q.param(0), q.query().get("apn")))))
                .get("/bindings/ip/{address}", q -> found(api.bindingByAlternate(ipKey(q.param(0), q.query()))))
                .get("/pools", q -> Response.json(200, api.pools()))
                .get("/metrics/counters", q -> Response.json(200, api.counters()));
        return OperationsRoutes.addTo(r, api, OpenApiDocument.of(DraRestServer.class, "dra-openapi.json"));
    }

    private String apn(Map<String, String> query) {
        String apn = query.get("apn");
        if (api.bindingPerApn() && (apn == null || apn.isEmpty())) {
            throw new ApiError(400, "apn required", "bindings are kept per IMSI and APN: add ?apn=");
        }
        return api.bindingPerApn() ? apn : "";
    }

    private Response remove(String imsi, String apn) {
        if (!api.removeBinding(imsi, apn)) {
            throw notFound();
        }
        return Response.json(200, Map.of("removed", io.pcrfd.store.model.PcrfBinding.key(imsi, apn)));
    }

    private static Response found(java.util.Optional<DraApi.BindingView> b) {
        return Response.json(200, b.orElseThrow(DraRestServer::notFound));
    }

    private static ApiError notFound() {
        return new ApiError(404, "no binding", "no live binding has this key");
    }

    /** The alternate key of an IPv4 address or IPv6 prefix, in the canonical text the proxy stores. */
    private static String ipKey(String text, Map<String, String> query) {
        try {
            if (IPV4.matcher(text).matches() && java.util.Arrays.stream(text.split("\\."))
                    .allMatch(o -> Integer.parseInt(o) <= 255)) {
                return AlternateKeys.within(AlternateKeys.Type.IPV4, InetAddress.getByName(text).getHostAddress(),
                        query.get("space"));
            }
            if (IPV6_PREFIX.matcher(text).matches()) {
                int slash = text.indexOf('/');
                int length = Integer.parseInt(text.substring(slash + 1));
                if (length <= 128) {
                    String prefix = InetAddress.getByName(text.substring(0, slash)).getHostAddress() + "/" + length;
                    return AlternateKeys.within(AlternateKeys.Type.IPV6, prefix, query.get("space"));
                }
            }
        } catch (UnknownHostException e) {
            // a literal that does not parse: refused below
        }
        throw new ApiError(400, "bad address", "'" + text + "' is not an IPv4 address or an IPv6 prefix like "
                + "2001:db8::/64 (its / written %2F)");
    }
}
