package io.pcrfd.dra.proxy;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.diameter.peer.LocalRequestException;
import io.pcrfd.diameter.peer.RequestContext;
import io.pcrfd.diameter.spec.Rfc6733;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * The proxy's message rules (RFC 6733 §6.1.9, §6.2.2, §6.7):
 * <ul>
 *   <li>a request that already passed this node (our identity in a Route-Record) is answered
 *       3005 DIAMETER_LOOP_DETECTED (§6.1.3);</li>
 *   <li>a forwarded request gets a Route-Record naming the peer it came from (§6.7.1) and a
 *       Destination-Host naming the server the DRA chose; every other AVP, Proxy-Info included,
 *       is kept as it came, and so is the End-to-End id; the peer layer gives it a Hop-by-Hop id
 *       of this node's;</li>
 *   <li>the answer goes back with the Hop-by-Hop id of the request it answers (§6.2.2) and is
 *       otherwise unchanged (the server copied Proxy-Info, §6.2);</li>
 *   <li>a request this node cannot deliver is answered here: 3002 DIAMETER_UNABLE_TO_DELIVER, or
 *       the code the local failure stands for, with Error-Message saying why (§7.1.3).</li>
 * </ul>
 */
final class Forwarding {
    private final Dictionary dictionary;
    private final String self;

    Forwarding(Dictionary dictionary, String self) {
        this.dictionary = dictionary;
        this.self = self;
    }

    /** True when our own identity is in a Route-Record: the request went round (RFC 6733 §6.1.3). */
    boolean loops(DiameterMessage request) {
        for (Avp rr : request.avps(Rfc6733.ROUTE_RECORD)) {
            if (rr.asUtf8String().equalsIgnoreCase(self)) {
                return true;
            }
        }
        return false;
    }

    /** {@code request} as it goes on to {@code server}, having come from {@code previousHop}. */
    DiameterMessage towards(DiameterMessage request, String previousHop, String server) {
        List<Avp> avps = new ArrayList<>(request.avps().size() + 2);
        boolean hostSet = false;
        for (Avp a : request.avps()) {
            if (a.is(Rfc6733.DESTINATION_HOST)) {
                if (!hostSet) {
                    avps.add(identity(Rfc6733.DESTINATION_HOST, server));
                    hostSet = true;
                }
            } else {
                avps.add(a);
            }
        }
        if (!hostSet) {
            avps.add(identity(Rfc6733.DESTINATION_HOST, server));
        }
        avps.add(identity(Rfc6733.ROUTE_RECORD, previousHop));
        return new DiameterMessage(request.version(), request.flags(), request.commandCode(), request.applicationId(),
                request.hopByHop(), request.endToEnd(), avps, request.definition());
    }

    private Avp identity(io.pcrfd.diameter.dictionary.AvpKey.Text key, String value) {
        return Avp.of(dictionary.definition(key), value.getBytes(StandardCharsets.UTF_8));
    }

    /** The server's answer as it goes back to the client: the client's Hop-by-Hop id. */
    static DiameterMessage back(DiameterMessage answer, DiameterMessage request) {
        return answer.withHopByHop(request.hopByHop());
    }

    /** An answer from this node: {@code code} (E bit for 3xxx) with {@code why} as Error-Message. */
    static CompletionStage<DiameterMessage> refuse(RequestContext ctx, DiameterMessage request, long code, String why) {
        return CompletableFuture.completedFuture(Dispatcher.errorAnswer(ctx, request, new DiameterError(code, null, why)));
    }

    /** The answer for a request whose forwarding failed locally (no answer from the server). */
    static DiameterMessage undelivered(RequestContext ctx, DiameterMessage request, Throwable failure) {
        Throwable cause = unwrap(failure);
        long code = cause instanceof LocalRequestException l ? l.resultCode() : ResultCodes.DIAMETER_UNABLE_TO_DELIVER;
        String why = cause instanceof LocalRequestException ? cause.getMessage() : "the request could not be forwarded";
        return Dispatcher.errorAnswer(ctx, request, new DiameterError(code, null, why));
    }

    static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }
}
