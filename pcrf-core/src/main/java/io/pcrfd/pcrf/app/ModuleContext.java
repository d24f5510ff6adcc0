package io.pcrfd.pcrf.app;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.peer.RequestHandler;
import io.pcrfd.pcrf.config.NodeConfig;
import java.time.Clock;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/**
 * What the node gives a module at {@link DiameterApplicationModule#configure}.
 *
 * @param config      the whole node configuration (a module reads its own section)
 * @param dictionary  the node's dictionary
 * @param clock       the node's clock
 * @param send        the peer layer's request sender (completes with the answer or fails)
 * @param afterAnswer runs work that must follow an answer on the wire: its tasks start after the
 *                    handler returned, and the peer layer writes a completed answer first
 * @param timer       the node's one housekeeping thread (periodic tasks, off-loop event work)
 * @param handlers    where the module registers its request handlers
 * @param ports       what the node and the modules before this one published
 */
public record ModuleContext(NodeConfig config, Dictionary dictionary, Clock clock,
                            Function<DiameterMessage, CompletionStage<DiameterMessage>> send, Executor afterAnswer,
                            ScheduledExecutorService timer, Handlers handlers, ModulePorts ports) {

    /** The node's dispatcher as a module sees it. */
    public interface Handlers extends HandlerRegistry {
        /**
         * Registers {@code handler} for (application, command); dropped when the application is
         * switched off, so such a request gets 3007 (not advertised) rather than a handler.
         */
        @Override
        void register(long applicationId, int commandCode, RequestHandler handler);

        /** Whether the application with this {@code applications} key is served on this node. */
        boolean serves(String key);
    }
}
