package io.pcrfd.pcrf.cli.demo;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The waits of every demo flow: a message on the wire or a condition, each within the step
 * timeout; a step that does not happen, or fails its check, is a {@link DemoStepException}
 * naming it (the demo prints it as one line and exits non-zero).
 */
final class DemoSteps {
    private static final long POLL_MILLIS = 10;

    private final Ladder ladder;
    private final Duration timeout;

    DemoSteps(Ladder ladder, Duration timeout) {
        this.ladder = ladder;
        this.timeout = timeout;
    }

    /** The first message on the wire that {@code p} accepts. */
    WireEvent await(String step, Predicate<WireEvent> p) throws InterruptedException {
        WireEvent e = ladder.await(p, System.nanoTime() + timeout.toNanos());
        if (e == null) {
            throw new DemoStepException(step + ": not seen on the wire within " + timeout.toMillis() + " ms");
        }
        return e;
    }

    /** Polls {@code done} (a REST read, a store) until it holds. */
    void poll(String step, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new DemoStepException(step + ": not within " + timeout.toMillis() + " ms");
            }
            Thread.sleep(POLL_MILLIS); // polling a condition with a deadline
        }
    }

    /** The answer to a request the demo's PCEF sent, within the step timeout. */
    DiameterMessage answerOf(String step, CompletableFuture<DiameterMessage> sent) throws InterruptedException {
        try {
            return sent.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new DemoStepException(step + ": no answer (" + e + ")");
        }
    }

    /** The Result-Code of {@code answer}, as the ladder reads it. */
    static long resultOf(DiameterMessage answer) {
        return new WireEvent(0, "", "", answer).resultCode();
    }

    static void check(String step, boolean ok) {
        if (!ok) {
            throw new DemoStepException(step + ": failed");
        }
    }

    /** A message from node {@code from} to node {@code to} (the ladder's names). */
    static boolean from(WireEvent e, String from, String to) {
        return e.from().equals(from) && e.to().equals(to);
    }

    /** An S9a Credit-Control message of CC-Request-Type {@code type} (1 initial, 2 update, 3 termination). */
    static boolean isS9aCc(WireEvent e, int type) {
        return e.command() == CommandCodes.CREDIT_CONTROL && e.application() == ApplicationIds.S9A
                && e.requestType() == type;
    }

    /**
     * Calls a demo node's REST API on loopback ({@code node} names it in a failure; {@code port},
     * {@code path} with its query) with {@code method} (GET, or POST without a body); an API that
     * does not answer is a failed step.
     */
    static HttpResponse<String> api(String node, int port, String method, String path, Duration timeout,
                                    String step) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(timeout).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DemoStepException(step + ": the " + node + "'s API did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoStepException(step + ": interrupted");
        }
    }
}
