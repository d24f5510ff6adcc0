package io.pcrfd.ocs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.pcrfd.pcrf.cli.ExitCodes;
import io.pcrfd.pcrf.cli.RestApiCall;
import io.pcrfd.pcrf.config.RestConfig;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The {@code --api} option every {@code pcrfd ocs} subcommand mixes in, and how its one HTTP call
 * ({@link RestApiCall}) words an error: one line on standard error, mapped to an {@link ExitCodes}
 * value (4 for 4xx, 5 for 5xx, 6 unreachable).
 */
final class OcsApiCall extends RestApiCall {
    /** config/ocs.yaml serves the OCS's REST API on port 8084. */
    static final String DEFAULT_API = "http://" + RestConfig.DEFAULT_ADDRESS + ":8084";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    @Option(names = "--api", paramLabel = "URL", defaultValue = DEFAULT_API, converter = RestApiCall.ApiUrl.class,
            description = "The OCS's REST API (rest.address:rest.port of the OCS). Default: ${DEFAULT-VALUE}.")
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
        return fail(exitFor(status), "pcrfd ocs: HTTP " + status + ": " + detail(body));
    }

    @Override
    protected int unreachable(Exception e) {
        String what = switch (e) {
            case InterruptedException i -> "interrupted";
            case HttpTimeoutException t -> "the OCS API at " + api + " did not answer in time";
            default -> "the OCS API at " + api + " is not reachable (" + e + ")";
        };
        return fail(ExitCodes.API_UNREACHABLE, "pcrfd ocs: " + what);
    }

    @Override
    protected int unusableUrl(IllegalArgumentException e) {
        return fail(ExitCodes.CONFIG, "pcrfd ocs: --api " + api + " is not a usable URL");
    }

    /** The server's {@code "detail"}, else the body's first line. */
    private static String detail(String body) {
        JsonNode json = json(body);
        JsonNode said = json == null ? null : json.get("detail");
        return said != null && !said.asText().isEmpty() ? said.asText() : firstLine(body);
    }
}
