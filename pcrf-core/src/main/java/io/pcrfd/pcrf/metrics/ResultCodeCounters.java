package io.pcrfd.pcrf.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.netty.util.collection.IntObjectHashMap;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.spec.Rfc6733;
import java.util.Optional;

/**
 * Answers of one command counted by result: the Result-Code, or the Experimental-Result-Code
 * of an answer that has no Result-Code (RFC 6733 §7.6; TS 29.212 §5.5 uses it for 3GPP codes
 * such as 5065). The label stays bounded whatever peers send: at most {@link #MAX_CODES}
 * distinct codes per command get their own series, later ones and values outside 1000–5999
 * count as {@code other}, and an answer with neither AVP as {@code none}.
 */
final class ResultCodeCounters {
    /** More distinct codes than any real exchange produces for one command. */
    static final int MAX_CODES = 32;
    static final int NO_CODE = -1;

    private final MeterRegistry registry;
    private final String name;
    private final String help;
    private final Tags tags;
    private final StripedCounter other;
    private final StripedCounter none;
    private volatile IntObjectHashMap<StripedCounter> byCode = new IntObjectHashMap<>();

    ResultCodeCounters(MeterRegistry registry, String name, String help, Tags tags) {
        this.registry = registry;
        this.name = name;
        this.help = help;
        this.tags = tags;
        this.other = counter("other");
        this.none = counter("none");
    }

    /** Counts {@code answer} under its result. */
    void count(DiameterMessage answer) {
        count(resultCode(answer));
    }

    void count(long code) {
        if (code == NO_CODE) {
            none.increment();
        } else if (code < 1000 || code > 5999) {
            other.increment();
        } else {
            StripedCounter c = byCode.get((int) code);
            (c != null ? c : create((int) code)).increment();
        }
    }

    private synchronized StripedCounter create(int code) {
        StripedCounter c = byCode.get(code);
        if (c != null) {
            return c;
        }
        if (byCode.size() >= MAX_CODES) {
            return other;
        }
        IntObjectHashMap<StripedCounter> copy = new IntObjectHashMap<>(byCode.size() + 1);
        copy.putAll(byCode);
        c = counter(Integer.toString(code));
        copy.put(code, c);
        byCode = copy;
        return c;
    }

    /** A count exported as {@code name{..., result_code}}, read when scraped. */
    private StripedCounter counter(String resultCode) {
        StripedCounter c = new StripedCounter();
        FunctionCounter.builder(name, c, StripedCounter::sum).description(help).tags(tags)
                .tag("result_code", resultCode).register(registry);
        return c;
    }

    /** Result-Code, else Experimental-Result-Code, else {@link #NO_CODE}; a malformed one is 0 (other). */
    static long resultCode(DiameterMessage answer) {
        Optional<Avp> rc = answer.avp(Rfc6733.RESULT_CODE);
        if (rc.isPresent()) {
            return unsigned32(rc.get());
        }
        return answer.avp(Rfc6733.EXPERIMENTAL_RESULT).flatMap(e -> e.child(Rfc6733.EXPERIMENTAL_RESULT_CODE))
                .map(ResultCodeCounters::unsigned32).orElse((long) NO_CODE);
    }

    private static long unsigned32(Avp a) {
        return a.dataLength() == 4 ? a.asUnsigned32() : 0;
    }
}
