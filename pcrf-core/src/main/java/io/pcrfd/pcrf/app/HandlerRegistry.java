package io.pcrfd.pcrf.app;

import io.pcrfd.diameter.peer.RequestHandler;

/** Where request handlers go: the node's dispatcher, or the filtered view modules get. */
@FunctionalInterface
public interface HandlerRegistry {
    /** Registers {@code handler} for requests of (application, command). */
    void register(long applicationId, int commandCode, RequestHandler handler);
}
