package io.pcrfd.pcrf.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The base of the picocli mixin that a REST client command group ({@code pcrfd ocs},
 * {@code pcrfd bpcf}) puts in each subcommand: one HTTP call per command. Success prints the
 * reply's JSON pretty-printed on standard output and exits {@link ExitCodes#OK}; what went wrong
 * is worded by the subclass (one line on standard error) and mapped to an {@link ExitCodes} value.
 *
 * <p>A subclass declares the {@code --api} option (its default and description name its node) and
 * says how long a request may take.
 */
public abstract class RestApiCall {
    /** How long to wait for the TCP connection to the API. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** Query parameters in order, leaving out the null ones. */
    public static Map<String, String> query(String... namesAndValues) {
        Map<String, String> q = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                q.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return q;
    }

    /** One path segment, percent-encoded (an id may hold any character). */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code GET api + path}. */
    public final int get(String path) {
        return send("GET", path, Map.of());
    }

    /** {@code POST api + path + ?query}, no body. */
    public final int post(String path, Map<String, String> query) {
        return send("POST", path, query);
    }

    /** The {@code --api} URL. */
    protected abstract URI api();

    /** How long the whole request may take. */
    protected abstract Duration requestTimeout();

    /** The exit code (after one line on standard error) for a reply with a non-2xx status. */
    protected abstract int rejected(int status, String body);

    /**
     * The exit code for a failed exchange: an {@link IOException} (refused, timed out, ...), an
     * {@link IllegalArgumentException} (a URL the client cannot use) or an
     * {@link InterruptedException} (the thread's interrupt flag is set again before this is called).
     */
    protected abstract int unreachable(Exception e);

    /** The exit code for an {@code --api} that does not make a URL with the path. */
    protected int unusableUrl(IllegalArgumentException e) {
        throw e;
    }

    private int send(String method, String path, Map<String, String> query) {
        URI target;
        try {
            target = target(path, query);
        } catch (IllegalArgumentException e) {
            return unusableUrl(e);
        }
        HttpRequest request = HttpRequest.newBuilder(target).timeout(requestTimeout())
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build()) {
            HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
            return reply.statusCode() / 100 == 2 ? printJson(reply.body()) : rejected(reply.statusCode(), reply.body());
        } catch (IOException | IllegalArgumentException e) {
            return unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unreachable(e);
        }
    }

    private URI target(String path, Map<String, String> query) {
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((k, v) -> q.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return URI.create(api().toString().replaceAll("/+$", "") + path + q);
    }

    private int printJson(String body) {
        mixee.commandLine().getOut().println(pretty(body));
        return ExitCodes.OK;
    }

    /** Prints one line on standard error and returns {@code code}. */
    protected final int fail(int code, String line) {
        mixee.commandLine().getErr().println(line);
        return code;
    }

    /** {@link ExitCodes#API_FAILED} for a 5xx status, else {@link ExitCodes#API_REJECTED}. */
    protected static int exitFor(int status) {
        return status >= 500 ? ExitCodes.API_FAILED : ExitCodes.API_REJECTED;
    }

    private static String pretty(String body) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(body));
        } catch (JsonProcessingException e) {
            return body; // not JSON: show it as it came
        }
    }

    /** The reply body as JSON, or null when it is not JSON. */
    protected static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The body's first line, or {@code (no detail)} when it has none. */
    protected static String firstLine(String body) {
        String line = body.strip().lines().findFirst().orElse("");
        return line.isEmpty() ? "(no detail)" : line;
    }

    /**
     * The converter of every {@code --api} option: an absolute http(s) URL with a host; anything
     * else is a usage error (one line, exit 2), never a stack trace.
     */
    public static final class ApiUrl implements CommandLine.ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            try {
                URI uri = new URI(value);
                boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
                if (http && uri.getHost() != null) {
                    return uri;
                }
            } catch (java.net.URISyntaxException e) {
                // reported below, in the same words as a URL of the wrong kind
            }
            throw new CommandLine.TypeConversionException("expected http://HOST:PORT, got " + value);
        }
    }
}
