package io.pcrfd.pcrf.console;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.diameter.peer.MessageTap;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.pcrf.console.LadderEntry.Direction;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Where the ladders hear of messages, at the two places every application message passes: the
 * dispatcher (requests from peers and our answers, {@link MessageTap}) and the send function
 * the applications are given (our requests and the peers' answers). {@link #install} puts it in
 * both only when the ladder is on, so a node that does not record keeps its dispatcher's tap
 * empty (one null check per request) and its send function as it was.
 */
public final class LadderTap implements MessageTap {
    private final SessionLadders ladders;

    private LadderTap(SessionLadders ladders) {
        this.ladders = ladders;
    }

    /**
     * Taps {@code dispatcher} and returns {@code send} wrapped when {@code ladders} is on;
     * otherwise changes nothing and returns {@code send} itself.
     */
    public static Function<DiameterMessage, CompletionStage<DiameterMessage>> install(SessionLadders ladders,
            Dispatcher dispatcher, Function<DiameterMessage, CompletionStage<DiameterMessage>> send) {
        if (!ladders.enabled()) {
            return send;
        }
        LadderTap tap = new LadderTap(ladders);
        dispatcher.tap(tap);
        return tap.outbound(send);
    }

    @Override
    public void request(String peerHost, DiameterMessage request) {
        ladders.record(Direction.IN, peerHost, request);
    }

    @Override
    public void answer(String peerHost, DiameterMessage answer) {
        ladders.record(Direction.OUT, peerHost, answer);
    }

    private Function<DiameterMessage, CompletionStage<DiameterMessage>> outbound(
            Function<DiameterMessage, CompletionStage<DiameterMessage>> send) {
        return request -> {
            SessionLadders.Sent sent = ladders.sent(destination(request), request);
            CompletionStage<DiameterMessage> answer = send.apply(request);
            if (sent != null) {
                answer.thenAccept(a -> ladders.answered(sent, origin(a), a));
            }
            return answer;
        };
    }

    /** Destination-Host, else Destination-Realm: whom the request was addressed to. */
    private static String destination(DiameterMessage request) {
        return request.avp(Rfc6733.DESTINATION_HOST).or(() -> request.avp(Rfc6733.DESTINATION_REALM))
                .map(Avp::asUtf8String).orElse("?");
    }

    private static String origin(DiameterMessage answer) {
        return answer.avp(Rfc6733.ORIGIN_HOST).map(Avp::asUtf8String).orElse("?");
    }
}
