package io.pcrfd.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A headless Chromium driven through chromedriver's W3C WebDriver HTTP API (W3C WebDriver §6,
 * "Endpoints") with the JDK's HTTP client: no Selenium. One browser session per instance, with a
 * fresh profile directory; {@link #close} ends the session and the chromedriver it started.
 *
 * <pre>{@code
 * Assumptions.assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
 * try (HeadlessChromium browser = HeadlessChromium.start(dir, 1280, 1400)) {
 *     browser.open("http://127.0.0.1:8080/console");
 *     JsonNode v = browser.await("the peers", "return document.title", t -> !t.asText().isEmpty());
 * }
 * }</pre>
 */
public final class HeadlessChromium implements AutoCloseable {
    /** Why a test that needs the browser is skipped. */
    public static final String MISSING = "chromium and chromedriver are not installed "
            + "(Debian: apt-get install chromium chromium-driver)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");

    private final Process driver;
    private final URI session;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HeadlessChromium(Process driver, URI session) {
        this.driver = driver;
        this.session = session;
    }

    /** True when both a Chromium and chromedriver are on the PATH. */
    public static boolean installed() {
        return browser().isPresent() && executable("chromedriver").isPresent();
    }

    /**
     * Starts chromedriver on a free loopback port and a headless browser whose window is
     * {@code width} × {@code height}; its profile and the driver's log go under {@code dir}.
     */
    public static HeadlessChromium start(Path dir, int width, int height) throws IOException {
        int port = freePort();
        Path log = dir.resolve("chromedriver.log");
        Process driver = new ProcessBuilder(executable("chromedriver").orElseThrow().toString(), "--port=" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI base = URI.create("http://127.0.0.1:" + port);
        try {
            Await.await("chromedriver ready (" + log + ")", WAIT, () -> ready(http, base));
            JsonNode created = post(http, base.resolve("/session"), capabilities(dir, width, height));
            return new HeadlessChromium(driver, base.resolve("/session/" + created.path("sessionId").asText()));
        } catch (RuntimeException | Error e) {
            driver.destroyForcibly();
            throw e;
        }
    }

    /** Loads {@code url} and returns once the page has loaded. */
    public void open(String url) {
        post(http, endpoint("url"), JSON.createObjectNode().put("url", url));
    }

    /** Runs {@code script} (a function body; {@code return} gives the value) in the page. */
    public JsonNode script(String script) {
        ObjectNode body = JSON.createObjectNode().put("script", script);
        body.putArray("args");
        return post(http, endpoint("execute/sync"), body);
    }

    /**
     * Runs {@code script} every 100 ms until its value satisfies {@code done}, for at most 20 s;
     * returns that value, or fails with {@code what} and the last value seen.
     */
    public JsonNode await(String what, String script, Predicate<JsonNode> done) {
        JsonNode[] last = {null};
        if (!Await.within(WAIT, () -> done.test(last[0] = script(script)))) {
            throw new AssertionError(what + ": not within " + WAIT.toSeconds() + " s; the page showed " + last[0]);
        }
        return last[0];
    }

    /** The window as a PNG (W3C WebDriver §17.1, Take Screenshot). */
    public byte[] screenshot() {
        return Base64.getDecoder().decode(send(http, HttpRequest.newBuilder(endpoint("screenshot")).GET())
                .asText());
    }

    /** Ends the browser session, then the browser and chromedriver even when that failed. */
    @Override
    public void close() {
        try {
            send(http, HttpRequest.newBuilder(session).DELETE());
        } finally {
            driver.descendants().forEach(ProcessHandle::destroy);
            driver.destroy();
            try {
                if (!driver.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                    driver.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                driver.destroyForcibly();
            }
        }
    }

    private URI endpoint(String command) {
        return URI.create(session + "/" + command);
    }

    /** The flags a headless browser in CI needs: no sandbox (root in a container), no network of its own. */
    private static ObjectNode capabilities(Path dir, int width, int height) throws IOException {
        ObjectNode chrome = JSON.createObjectNode().put("binary", browser().orElseThrow().toString());
        chrome.putArray("args").add("--headless").add("--no-sandbox").add("--disable-gpu").add("--disable-quic")
                .add("--no-first-run").add("--disable-background-networking").add("--disable-component-update")
                .add("--disable-sync").add("--disable-crash-reporter").add("--disable-breakpad").add("--disable-dev-shm-usage").add("--hide-scrollbars")
                .add("--window-size=" + width + "," + height)
                .add("--user-data-dir=" + Files.createTempDirectory(dir, "profile"));
        ObjectNode caps = JSON.createObjectNode();
        caps.putObject("capabilities").putObject("alwaysMatch").put("browserName", "chrome")
                .set("goog:chromeOptions", chrome);
        return caps;
    }

    private static boolean ready(HttpClient http, URI base) {
        try {
            return send(http, HttpRequest.newBuilder(base.resolve("/status")).GET()).path("ready").asBoolean();
        } catch (UncheckedIOException e) {
            return false; // not listening yet
        }
    }

    private static JsonNode post(HttpClient http, URI uri, JsonNode body) {
        return send(http, HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** The {@code value} of the answer; a WebDriver error fails with its message. */
    private static JsonNode send(HttpClient http, HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode value = JSON.readTree(r.body()).path("value");
            if (r.statusCode() != 200) {
                throw new AssertionError("WebDriver " + r.statusCode() + ": " + value.path("error").asText() + ": "
                        + value.path("message").asText());
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Optional<Path> browser() {
        return BROWSERS.stream().map(HeadlessChromium::executable).flatMap(Optional::stream).findFirst();
    }

    private static Optional<Path> executable(String name) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        return Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, name)).filter(Files::isExecutable)
                .findFirst();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
