package io.pcrfd.diameter.fuzz;

import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.CommandDefinition;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.ExampleMessages;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The decoder's seed corpus: a request and its answer for every command of the base protocol
 * (CER/CEA, DWR/DWA, DPR/DPA, ...), Gx (CCR/CCA, RAR/RAA), S9 and S9a (CCR, RAR, TER/TEA), each
 * with every AVP its grammar names (grouped AVPs filled to a bounded depth), so the fuzzer
 * starts from messages that reach every grammar and value check. Deterministic: the same
 * octets on every run, compared with the committed files by {@link DecoderSeedsTest}.
 */
final class DecoderSeeds {
    /** Base protocol, Gx (TS 29.212), S9 and S9a (TS 29.215). */
    static final Set<Long> APPLICATIONS = Set.of(ApplicationIds.COMMON, ApplicationIds.GX, 16777267L, 16777319L);

    private DecoderSeeds() {
    }

    /** File name to octets, in name order. */
    static Map<String, byte[]> all(Dictionary dict) {
        ExampleMessages examples = new ExampleMessages(dict);
        Map<String, byte[]> out = new TreeMap<>();
        for (CommandDefinition c : dict.commands()) {
            if (!c.request() || !APPLICATIONS.contains(c.applicationId())) {
                continue;
            }
            DiameterMessage request = examples.request(c);
            DiameterMessage answer = examples.answer(request);
            out.put(name(c.applicationId(), request), DiameterCodec.encode(request));
            out.put(name(c.applicationId(), answer), DiameterCodec.encode(answer));
        }
        return out;
    }

    private static String name(long app, DiameterMessage m) {
        String a = app == ApplicationIds.COMMON ? "base" : app == ApplicationIds.GX ? "gx"
                : app == 16777319L ? "s9a" : "s9";
        return a + "-" + m.name().toLowerCase(Locale.ROOT) + ".bin";
    }
}
