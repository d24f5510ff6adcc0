package io.pcrfd.pcrf.establishment.vpcrf;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.store.Store;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * What the V-PCRF side shares: identity, dictionary, store, the sender of its S9 requests, and
 * the executor that runs a request which must follow an answer on the wire (the CCR-I after the
 * TEA, the CCR-T after the RAA of a release).
 *
 * @param afterAnswer runs tasks after the handler returned (see {@code EstablishmentModule})
 */
public record VPcrfContext(Dictionary dictionary, String originHost, String originRealm, Store store,
                           Function<DiameterMessage, CompletionStage<DiameterMessage>> sender,
                           Executor afterAnswer, Clock clock) {
    /** S9, TS 29.215 §5.1. */
    static final long S9 = ApplicationIds.S9;

    public VPcrfContext {
        Objects.requireNonNull(dictionary);
        Objects.requireNonNull(originHost);
        Objects.requireNonNull(originRealm);
        Objects.requireNonNull(store);
        Objects.requireNonNull(sender);
        Objects.requireNonNull(afterAnswer);
        Objects.requireNonNull(clock);
    }

    CompletionStage<DiameterMessage> send(DiameterMessage request) {
        return sender.apply(request);
    }

    /** An answer to {@code request} with our identity. */
    MessageBuilder answer(DiameterMessage request) {
        return MessageBuilder.answer(dictionary, request).originHost(originHost).originRealm(originRealm);
    }

    /** An S9 CCR of {@code type} on {@code s}, with its next CC-Request-Number. */
    MessageBuilder ccr(VisitedS9Session s, int type) {
        return MessageBuilder.request(dictionary, S9, "CCR")
                .add(Rfc6733.SESSION_ID, s.sessionId())
                .add(Rfc6733.AUTH_APPLICATION_ID, S9)
                .originHost(originHost).originRealm(originRealm)
                .add(Rfc6733.DESTINATION_REALM, s.hPcrfRealm()).add(Rfc6733.DESTINATION_HOST, s.hPcrf())
                .add(Rfc4006.CC_REQUEST_TYPE, type).add(Rfc4006.CC_REQUEST_NUMBER, s.nextRequestNumber());
    }
}
