package io.pcrfd.pcrf.rest;

import io.pcrfd.pcrf.rest.JsonHttpServer.Response;
import io.pcrfd.pcrf.rest.JsonHttpServer.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The web console: one static HTML page with its script inline ({@code console.html} next to
 * this class), read once. It only reads the admin API's JSON from the same origin, so the page
 * is served with a Content-Security-Policy that allows nothing else: no other origin, no frames.
 */
final class ConsolePage {
    static final String PATH = "/console";
    private static final String HTML = read("console.html");
    private static final Map<String, String> HEADERS = Map.of(
            "Cache-Control", "no-store",
            "X-Content-Type-Options", "nosniff",
            "Content-Security-Policy", "default-src 'none'; connect-src 'self'; img-src 'self' data:; "
                    + "script-src 'unsafe-inline'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'");

    private ConsolePage() {
    }

    static Response page() {
        return new Response(200, new Text("text/html; charset=utf-8", HTML), HEADERS);
    }

    /** {@code /} sends a browser to the console. */
    static Response redirect() {
        return new Response(302, new Text("text/plain; charset=utf-8", "the console is at " + PATH + "\n"),
                Map.of("Location", PATH));
    }

    private static String read(String name) {
        try (InputStream in = ConsolePage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not in the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
