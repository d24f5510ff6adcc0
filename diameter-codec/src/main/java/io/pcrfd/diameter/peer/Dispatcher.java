package io.pcrfd.diameter.peer;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.CommandDefinition;
import io.pcrfd.diameter.dictionary.GrammarRule;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes received requests to handlers by (application id, command code), like an HTTP
 * router. Checks, in order (RFC 6733 §7, first error only):
 * <ol>
 *   <li>the application is not one we serve: 3007 APPLICATION_UNSUPPORTED (E bit);</li>
 *   <li>no handler for the command: 3001 COMMAND_UNSUPPORTED (E bit);</li>
 *   <li>the codec found errors: the first one, with its Failed-AVP (logged at INFO);</li>
 *   <li>otherwise the handler's answer.</li>
 * </ol>
 * Base commands (CER, DWR, DPR) never reach the dispatcher: the peer layer answers them.
 * Handlers may be registered at any time; lookups do not lock. A {@link DispatchObserver}
 * (metrics) and a {@link MessageTap} (a message log) may watch; without them a dispatch reads
 * two fields and nothing more.
 */
public final class Dispatcher {
    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    /** Session-Id, Result-Code, Origin-Host, Origin-Realm: every answer has them already. */
    private static final java.util.Set<Integer> ALREADY_SET = java.util.Set.of(263, 268, 264, 296);
    private static final int SESSION_ID = 263;

    /**
     * The handlers, registered at start-up and read on every request: a few (application,
     * command) keys scanned in a plain array, replaced whole on a registration (no boxed key and
     * no map lookup per request).
     */
    private volatile Handlers handlers = new Handlers(new long[0], new RequestHandler[0]);
    private volatile DispatchObserver observer;
    private volatile MessageTap tap;

    /** Registers {@code handler} for requests with this application id and command code. */
    public synchronized Dispatcher register(long applicationId, int commandCode, RequestHandler handler) {
        Objects.requireNonNull(handler, "handler");
        long key = key(applicationId, commandCode);
        if (handlers.get(key) != null) {
            throw new IllegalStateException("a handler for application " + applicationId + " command "
                    + commandCode + " is already registered");
        }
        handlers = handlers.with(key, handler);
        return this;
    }

    /** The handler for (application, command), if any. */
    public Optional<RequestHandler> handler(long applicationId, int commandCode) {
        return Optional.ofNullable(handlers.get(key(applicationId, commandCode)));
    }

    /**
     * Tells {@code o} about every request dispatched from now on and its answer (metrics); it
     * replaces the observer set before.
     */
    public Dispatcher observe(DispatchObserver o) {
        this.observer = o;
        return this;
    }

    /**
     * Shows {@code t} every request dispatched from now on and its answer (a message log); null
     * removes it. It replaces the tap set before.
     */
    public Dispatcher tap(MessageTap t) {
        this.tap = t;
        return this;
    }

    /** The answer to a decoded request; a stage that fails or yields null is answered 5012 by the node. */
    public CompletionStage<DiameterMessage> dispatch(RequestContext ctx, DecodeResult decoded) {
        MessageTap t = tap;
        return t == null ? observedOrNot(ctx, decoded) : tapped(t, ctx, decoded);
    }

    private CompletionStage<DiameterMessage> observedOrNot(RequestContext ctx, DecodeResult decoded) {
        DispatchObserver o = observer;
        return o == null ? answer(ctx, decoded) : observed(o, ctx, decoded);
    }

    private CompletionStage<DiameterMessage> tapped(MessageTap t, RequestContext ctx, DecodeResult decoded) {
        t.request(ctx.peerHost(), decoded.message());
        CompletionStage<DiameterMessage> stage = observedOrNot(ctx, decoded);
        stage.thenAccept(a -> {
            if (a != null) {
                t.answer(ctx.peerHost(), a);
            }
        });
        return stage;
    }

    private CompletionStage<DiameterMessage> observed(DispatchObserver o, RequestContext ctx, DecodeResult decoded) {
        DiameterMessage request = decoded.message();
        DispatchObserver.CommandObserver c = o.command(request.applicationId(), request.commandCode());
        c.received();
        long start = System.nanoTime();
        CompletionStage<DiameterMessage> stage = answer(ctx, decoded);
        if (completedNormally(stage)) {
            // no callback for an answer already there
            c.answered(stage.toCompletableFuture().getNow(null), System.nanoTime() - start);
        } else {
            stage.whenComplete((a, failure) -> c.answered(a, System.nanoTime() - start));
        }
        return stage;
    }

    private CompletionStage<DiameterMessage> answer(RequestContext ctx, DecodeResult decoded) {
        DiameterMessage request = decoded.message();
        if (!ctx.local().serves(request.applicationId())) {
            return error(ctx, request, ResultCodes.DIAMETER_APPLICATION_UNSUPPORTED,
                    "application " + request.applicationId() + " is not served here");
        }
        RequestHandler h = handlers.get(key(request.applicationId(), request.commandCode()));
        if (h == null) {
            return error(ctx, request, ResultCodes.DIAMETER_COMMAND_UNSUPPORTED,
                    "command " + request.commandCode() + " is not supported in application " + request.applicationId());
        }
        Optional<DiameterError> first = decoded.firstError();
        if (first.isPresent()) {
            // one line per refused request; the layout adds peer, Session-Id and hbh (RequestLogContext)
            log.info("{} refused: {}", request.name(), first.get());
            return CompletableFuture.completedFuture(errorAnswer(ctx, request, first.get()));
        }
        return invoke(ctx, request, h);
    }

    private static CompletionStage<DiameterMessage> invoke(RequestContext ctx, DiameterMessage request,
                                                           RequestHandler h) {
        CompletionStage<DiameterMessage> stage;
        try {
            stage = h.handle(ctx, request);
        } catch (RuntimeException e) {
            // A handler bug must not leave the peer without an answer; the node logs it once.
            return CompletableFuture.failedFuture(e);
        }
        return stage == null ? CompletableFuture.completedFuture(null) : stage;
    }

    /**
     * An answer reporting {@code error} (RFC 6733 §7). 3xxx codes carry the E bit and the
     * E-bit grammar (§7.2). For other codes the answer should follow the command's own
     * grammar, so each AVP that grammar requires is copied from the request when the request
     * has it well formed (Auth-Application-Id, CC-Request-Type, ...); when one is missing or
     * malformed in the request too (typically the very AVP reported), or the request has no
     * Session-Id to echo, the E-bit grammar is used instead, as §7.2 allows, so the answer
     * itself always decodes cleanly.
     */
    public static DiameterMessage errorAnswer(RequestContext ctx, DiameterMessage request, DiameterError error) {
        MessageBuilder b = ctx.answer(request).errorAnswer(error);
        boolean complete = ResultCodes.isProtocolError(error.resultCode())
                || copyRequired(ctx.dictionary().lookupCommand(request.applicationId(), request.commandCode(), false),
                        request, b);
        DiameterMessage m = b.build();
        return complete ? m : m.withFlags(m.flags().withError(true));
    }

    private static boolean copyRequired(CommandDefinition answer, DiameterMessage request, MessageBuilder b) {
        if (answer == null) {
            return false;
        }
        boolean complete = true;
        for (GrammarRule r : answer.grammar().rules()) {
            if (r.kind() == GrammarRule.Kind.OPTIONAL || r.min() < 1) {
                continue;
            }
            if (r.vendorId() == 0 && ALREADY_SET.contains(r.code())) {
                // ours, except Session-Id: the answer has it only when the request had one
                complete &= r.code() != SESSION_ID || request.avp(SESSION_ID, 0).isPresent();
                continue;
            }
            Optional<Avp> a = request.avp(r.code(), r.vendorId()).filter(DiameterCodec::isWellFormed);
            if (a.isPresent()) {
                b.add(a.get());
            } else {
                complete = false;
            }
        }
        return complete;
    }

    private static CompletionStage<DiameterMessage> error(RequestContext ctx, DiameterMessage request, long code,
                                                          String text) {
        return CompletableFuture.completedFuture(errorAnswer(ctx, request, new DiameterError(code, null, text)));
    }

    /**
     * True when {@code stage} is a plain {@link CompletableFuture} that already holds its value,
     * which its {@code getNow} then returns without a callback (other stages, such as {@code
     * completedStage}'s, answer {@code false}: they take the callback path).
     */
    static boolean completedNormally(CompletionStage<?> stage) {
        return stage instanceof CompletableFuture<?> f && f.getClass() == CompletableFuture.class && f.isDone()
                && !f.isCompletedExceptionally();
    }

    private record Handlers(long[] keys, RequestHandler[] values) {
        RequestHandler get(long key) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            return null;
        }

        Handlers with(long key, RequestHandler handler) {
            long[] k = Arrays.copyOf(keys, keys.length + 1);
            RequestHandler[] v = Arrays.copyOf(values, values.length + 1);
            k[keys.length] = key;
            v[values.length] = handler;
            return new Handlers(k, v);
        }
    }

    private static long key(long applicationId, int commandCode) {
        return (applicationId << 24) | commandCode;
    }
}
