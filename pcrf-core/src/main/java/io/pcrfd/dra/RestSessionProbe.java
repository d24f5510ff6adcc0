package io.pcrfd.dra;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Asks a pcrfd PCRF over its admin REST API: {@code GET /sessions/{Session-Id}} answers 200 for a
 * live session and 404 for an unknown one (README "admin REST"). Anything else (no entry for the
 * PCRF, no answer, another status) is {@link Answer#UNSURE}, and the audit then keeps the binding.
 */
final class RestSessionProbe implements SessionProbe {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Map<String, String> baseUrls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    RestSessionProbe(Map<String, String> baseUrls) {
        this.baseUrls = baseUrls;
    }

    @Override
    public Answer knows(String pcrfHost, String sessionId) {
        String base = baseUrls.get(pcrfHost);
        if (base == null) {
            return Answer.UNSURE;
        }
        String segment = URLEncoder.encode(sessionId, StandardCharsets.UTF_8).replace("+", "%20");
        HttpRequest get = HttpRequest.newBuilder(URI.create(stripSlash(base) + "/sessions/" + segment))
                .timeout(TIMEOUT).GET().build();
        try {
            int status = http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? Answer.KNOWN : status == 404 ? Answer.UNKNOWN : Answer.UNSURE;
        } catch (IOException e) {
            return Answer.UNSURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.UNSURE;
        }
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
