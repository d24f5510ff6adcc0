package io.pcrfd.bpcf.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.pcrfd.pcrf.cli.ExitCodes;
import io.pcrfd.pcrf.cli.RestApiCall;
import io.pcrfd.pcrf.config.RestConfig;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The {@code --api} option every {@code pcrfd bpcf} subcommand mixes in, and how the one HTTP call
 * the subcommand makes ({@link RestApiCall}) words an error: one line on standard error, mapped to
 * an {@link ExitCodes} value.
 */
final class ApiCall extends RestApiCall {
    /** config/bpcf.yaml serves the simulator on port 8081 (the PCRF's admin REST keeps 8080). */
    static final String DEFAULT_API = "http://" + RestConfig.DEFAULT_ADDRESS + ":8081";
    /** The REST server waits up to 15 s for the PCRF's answer; this leaves it room to say so. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    @Option(names = "--api", paramLabel = "URL", defaultValue = DEFAULT_API, converter = RestApiCall.ApiUrl.class,
            description = "The BPCF simulator's REST API (rest.address:rest.port of the BPCF). Default: ${DEFAULT-VALUE}.")
    URI api;

    @Override
    protected URI api() {
        return api;
    }

    @Override
    protected Duration requestTimeout() {
        return REQUEST_TIMEOUT;
    }

    @Override
    protected int rejected(int status, String body) {
        return fail(exitFor(status), "pcrfd bpcf: " + status + " " + reason(status) + ": " + detail(body));
    }

    @Override
    protected int unreachable(Exception e) {
        String what = switch (e) {
            case IllegalArgumentException notUrl -> throw notUrl; // ApiUrl already refused such a URL
            case HttpConnectTimeoutException t ->
                    "is not reachable (no connection within " + CONNECT_TIMEOUT.toSeconds() + " s)";
            case HttpTimeoutException t -> "did not answer within " + REQUEST_TIMEOUT.toSeconds() + " s";
            case ConnectException c -> "is not reachable (connection refused)";
            case InterruptedException i -> "was not heard: interrupted";
            default -> "is not reachable (" + e + ")";
        };
        return fail(ExitCodes.API_UNREACHABLE, "pcrfd bpcf: the BPCF API at " + api + " " + what);
    }

    /** The server's {@code "detail"}, else its {@code "error"}, else the body's first line. */
    private static String detail(String body) {
        JsonNode json = json(body);
        if (json != null) {
            JsonNode said = json.hasNonNull("detail") && !json.get("detail").asText().isEmpty()
                    ? json.get("detail") : json.get("error");
            if (said != null) {
                return said.asText();
            }
        }
        return firstLine(body);
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
}
