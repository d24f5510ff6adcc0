package io.pcrfd.diameter.peer;

import io.pcrfd.diameter.message.DiameterMessage;
import java.util.concurrent.CompletionStage;

/**
 * Handles one kind of request (application id, command code), like an HTTP handler. Runs on
 * the connection's event loop: it must not block; slow work completes the stage later from
 * elsewhere. A stage completed exceptionally or with null is answered 5012
 * (UNABLE_TO_COMPLY).
 */
@FunctionalInterface
public interface RequestHandler {
    CompletionStage<DiameterMessage> handle(RequestContext context, DiameterMessage request);
}
