package io.pcrfd.pcrf.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A socket-free peer: every request is encoded to bytes and decoded back with the node's
 * dictionary (asserting no validation error), recorded, and answered by a script whose answer
 * takes the same trip.
 */
public final class Wire implements Function<DiameterMessage, CompletionStage<DiameterMessage>> {
    private final Dictionary dictionary;
    private final DiameterCodec codec;
    private final List<DiameterMessage> requests = new CopyOnWriteArrayList<>();
    private volatile Function<DiameterMessage, CompletionStage<DiameterMessage>> script;

    public Wire(Dictionary dictionary) {
        this.dictionary = dictionary;
        this.codec = new DiameterCodec(dictionary);
        this.script = r -> CompletableFuture.completedFuture(answer(r, 2001));
    }

    /**
     * Decodes the bytes of {@code m} as a strict receiver would ({@link DiameterCodec#validate}:
     * the grammar, and no M-bit AVP its grammar does not name) and asserts nothing was wrong.
     */
    public DiameterMessage roundTrip(DiameterMessage m) {
        DecodeResult r = codec.decodeStrict(DiameterCodec.encode(m));
        assertThat(r.errors()).as("validation errors of %s", m.name()).isEmpty();
        return r.message();
    }

    public void answerWith(Function<DiameterMessage, CompletionStage<DiameterMessage>> s) {
        this.script = s;
    }

    /** Answers every request with {@code resultCode}. */
    public void answerAll(long resultCode) {
        answerWith(r -> CompletableFuture.completedFuture(answer(r, resultCode)));
    }

    /** A minimal answer of the right shape for TEA, CCA, AAA and RAA. */
    public DiameterMessage answer(DiameterMessage request, long resultCode) {
        MessageBuilder b = MessageBuilder.answer(dictionary, request).originHost("bpcf.example")
                .originRealm("example");
        if (!"TER".equals(request.name()) && !"RAR".equals(request.name())) {
            b.add("Auth-Application-Id", request.applicationId());
        }
        if (resultCode >= 5400 && resultCode < 5500) {
            b.experimentalResult(10415, resultCode);
        } else {
            b.resultCode(resultCode);
        }
        if ("CCR".equals(request.name())) {
            b.add(request.avp("CC-Request-Type").orElseThrow()).add(request.avp("CC-Request-Number").orElseThrow());
        }
        return b.build();
    }

    @Override
    public CompletionStage<DiameterMessage> apply(DiameterMessage request) {
        DiameterMessage seen = roundTrip(request);
        requests.add(seen);
        return script.apply(seen).thenApply(this::roundTrip);
    }

    public List<DiameterMessage> requests() {
        return requests;
    }

    public DiameterMessage last() {
        return requests.get(requests.size() - 1);
    }
}
