package io.pcrfd.bpcf;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.DiameterMessage;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the BPCF's parts share.
 *
 * @param sender      sends a request, completes with its answer (exceptionally when none)
 * @param afterAnswer runs work that must follow the answer being written (the CCR-I after a
 *                    TEA, the CCR-T after an RAA); the runtime passes the connection's event loop
 * @param sessionIds  new Session-Id values (RFC 6733 §8.8)
 */
public record BpcfContext(Dictionary dictionary, String originHost, String originRealm, AccessLines lines,
                          Function<DiameterMessage, CompletionStage<DiameterMessage>> sender, Executor afterAnswer,
                          Supplier<String> sessionIds) {

    CompletionStage<DiameterMessage> send(DiameterMessage request) {
        return sender.apply(request);
    }
}
