package io.pcrfd.ocs.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.pcrfd.pcrf.cli.ExitCodes;
import io.pcrfd.pcrf.config.RestConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
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
 * The {@code --api} option every {@code pcrfd ocs} subcommand mixes in, and its one HTTP call:
 * success prints the reply's JSON pretty-printed on standard output; an error prints one line on
 * standard error and maps to an {@link ExitCodes} value (4 for 4xx, 5 for 5xx, 6 unreachable).
 */
final class OcsApiCall {
    /** config/ocs.yaml serves the OCS's REST API on port 8084. */
    static final String DEFAULT_API = "http://" + RestConfig.DEFAULT_ADDRESS + ":8084";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--api", paramLabel = "URL", defaultValue = DEFAULT_API,
            description = "The OCS's REST API (rest.address:rest.port of the OCS). Default: ${DEFAULT-VALUE}.")
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

    /** One path segment, percent-encoded. */
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
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((k, v) -> q.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        URI target;
        try {
            target = URI.create(api.toString().replaceAll("/+$", "") + path + q);
        } catch (IllegalArgumentException e) {
            return fail(ExitCodes.CONFIG, "--api " + api + " is not a usable URL");
        }
        HttpRequest request = HttpRequest.newBuilder(target).timeout(REQUEST_TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build()) {
            return print(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (HttpTimeoutException e) {
            return fail(ExitCodes.API_UNREACHABLE, "the OCS API at " + api + " did not answer in time");
        } catch (IOException | IllegalArgumentException e) {
            return fail(ExitCodes.API_UNREACHABLE, "the OCS API at " + api + " is not reachable (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(ExitCodes.API_UNREACHABLE, "interrupted");
        }
    }

    private int print(HttpResponse<String> reply) {
        int status = reply.statusCode();
        if (status / 100 == 2) {
            mixee.commandLine().getOut().println(pretty(reply.body()));
            return ExitCodes.OK;
        }
        return fail(status >= 500 ? ExitCodes.API_FAILED : ExitCodes.API_REJECTED, "HTTP " + status + ": "
                + detail(reply.body()));
    }

    private int fail(int code, String line) {
        mixee.commandLine().getErr().println("pcrfd ocs: " + line);
        return code;
    }

    private static String pretty(String body) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(body));
        } catch (JsonProcessingException e) {
            return body;
        }
    }

    /** The server's {@code "detail"}, else the body's first line. */
    private static String detail(String body) {
        try {
            JsonNode said = JSON.readTree(body).get("detail");
            if (said != null && !said.asText().isEmpty()) {
                return said.asText();
            }
        } catch (JsonProcessingException e) {
            // not JSON: the raw text below
        }
        return body.strip().lines().findFirst().orElse("(no detail)");
    }
}
