package io.pcrfd.bpcf.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.pcrfd.pcrf.cli.ExitCodes;
import io.pcrfd.pcrf.config.RestConfig;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --api} option every {@code pcrfd bpcf} subcommand mixes in, and the one HTTP call
 * the subcommand makes: success prints the reply's JSON pretty-printed on standard output; an
 * error prints one line on standard error and maps to an {@link ExitCodes} value.
 */
final class ApiCall {
    /** config/bpcf.yaml serves the simulator on port 8081 (the PCRF's admin REST keeps 8080). */
    static final String DEFAULT_API = "http://" + RestConfig.DEFAULT_ADDRESS + ":8081";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** The REST server waits up to 15 s for the PCRF's answer; this leaves it room to say so. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--api", paramLabel = "URL", defaultValue = DEFAULT_API, converter = ApiUrl.class,
            description = "The BPCF simulator's REST API (rest.address:rest.port of the BPCF). Default: ${DEFAULT-VALUE}.")
    URI api;

    /** Query parameters in order, leaving out the null ones. */
    static Map<String, String> query(String... namesAndValues) {
        Map<String, String> q = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                q.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return q;
    }

    /** One path segment, percent-encoded (a line id may hold any character). */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    int get(String path) {
        return send("GET", path, Map.of());
    }

    int post(String path, Map<String, String> query) {
        return send("POST", path, query);
    }

    private int send(String method, String path, Map<String, String> query) {
        HttpRequest request = HttpRequest.newBuilder(target(path, query)).timeout(REQUEST_TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build()) {
            return print(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (HttpConnectTimeoutException e) {
            return unreachable("is not reachable (no connection within " + CONNECT_TIMEOUT.toSeconds() + " s)");
        } catch (HttpTimeoutException e) {
            return unreachable("did not answer within " + REQUEST_TIMEOUT.toSeconds() + " s");
        } catch (ConnectException e) {
            return unreachable("is not reachable (connection refused)");
        } catch (IOException e) {
            return unreachable("is not reachable (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unreachable("was not heard: interrupted");
        }
    }

    private URI target(String path, Map<String, String> query) {
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((k, v) -> q.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        String base = api.toString().replaceAll("/+$", "");
        return URI.create(base + path + q);
    }

    private int print(HttpResponse<String> reply) {
        int status = reply.statusCode();
        if (status / 100 == 2) {
            mixee.commandLine().getOut().println(pretty(reply.body()));
            return ExitCodes.OK;
        }
        mixee.commandLine().getErr().println("pcrfd bpcf: " + status + " " + reason(status) + ": "
                + detail(reply.body()));
        return status >= 500 ? ExitCodes.API_FAILED : ExitCodes.API_REJECTED;
    }

    private int unreachable(String what) {
        mixee.commandLine().getErr().println("pcrfd bpcf: the BPCF API at " + api + " " + what);
        return ExitCodes.API_UNREACHABLE;
    }

    private static String pretty(String body) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(body));
        } catch (JsonProcessingException e) {
            return body; // not JSON: show it as it came
        }
    }

    /** The server's {@code "detail"}, else its {@code "error"}, else the body's first line. */
    private static String detail(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            JsonNode said = json.hasNonNull("detail") && !json.get("detail").asText().isEmpty()
                    ? json.get("detail") : json.get("error");
            if (said != null) {
                return said.asText();
            }
        } catch (JsonProcessingException e) {
            // not JSON: fall through to the raw text
        }
        String line = body.strip().lines().findFirst().orElse("");
        return line.isEmpty() ? "(no detail)" : line;
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "HTTP error";
        };
    }

    /** {@code --api} must be an absolute http(s) URL with a host; anything else is a usage error (exit 2). */
    static final class ApiUrl implements CommandLine.ITypeConverter<URI> {
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
