package io.pcrfd.diameter.peer;

import io.pcrfd.diameter.message.DiameterMessage;

/**
 * Watches the requests a {@link Dispatcher} answers, for metrics: which command arrived, the
 * answer it got and how long that took. The node knows nothing of the metrics library; the
 * daemon plugs one in with {@link Dispatcher#observe}.
 *
 * <p>Cost per request: {@link #command} is called once on the peer's event loop and should
 * return a pre-built {@link CommandObserver} (no allocation, no lock); the answer is reported
 * once, on whatever thread completed it. Requests the peer layer answers before the dispatcher
 * (3004 TOO_BUSY beyond the in-flight bound, duplicates answered from the cache, base
 * commands) are not seen here; {@link NodeCounters} counts them.
 */
public interface DispatchObserver {

    /** The observer for requests with this application id and command code; never null. */
    CommandObserver command(long applicationId, int commandCode);

    /** What is told about the requests of one (application, command). */
    interface CommandObserver {

        /** A request is handed to the dispatcher. */
        void received();

        /**
         * Its answer is ready to be written.
         *
         * @param answer  the answer, or null when the handler failed or gave none (the node then
         *                answers 5012 DIAMETER_UNABLE_TO_COMPLY)
         * @param nanos   time from dispatch to the answer
         */
        void answered(DiameterMessage answer, long nanos);
    }
}
