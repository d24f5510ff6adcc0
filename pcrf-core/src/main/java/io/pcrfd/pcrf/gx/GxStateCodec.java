package io.pcrfd.pcrf.gx;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.pcrfd.pcrf.policy.PccRule;
import io.pcrfd.pcrf.policy.PolicyState;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * {@link GxSessionState} as JSON text for {@code IpCanSession.policyState}, its request number
 * apart in {@code IpCanSession.lastRequestNumber}. The policy
 * records serialise as they are; only the sealed {@link PccRule} needs a type name, given by a
 * mix-in so the policy package stays free of Jackson. Thread-safe.
 */
final class GxStateCodec {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .addMixIn(PccRule.class, PccRuleMixIn.class)
            .build();

    private GxStateCodec() {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = PccRule.Predefined.class, name = "predefined"),
            @JsonSubTypes.Type(value = PccRule.RuleBase.class, name = "base"),
            @JsonSubTypes.Type(value = PccRule.Dynamic.class, name = "dynamic")})
    private interface PccRuleMixIn {
    }

    /**
     * The text is the JSON of everything but the request number, which the session record keeps
     * in its own field ({@code IpCanSession.lastRequestNumber}): the text then changes only when
     * the policy does, and sessions of one plan share it, so both directions are memoised by
     * value (bounded; cleared when full). A CCR-U that changes no policy writes back the very
     * text it read, and reading it is a lookup by the string's cached hash compared by identity
     * (or in place, for a copy read from Redis or a snapshot): it neither parses, writes nor
     * copies JSON. Records written before the number had its own field hold
     * {@code <lastRequestNumber>:<json>}; they are read as such, and rewritten in the new form
     * at their next update.
     */
    private static final int MEMO_LIMIT = 4096;
    private static final Map<Stored, String> TEXTS = new ConcurrentHashMap<>();
    private static final AtomicReferenceArray<Read> VALUES = new AtomicReferenceArray<>(MEMO_LIMIT);
    /**
     * The write side's first look, by the identity of the installed policy state: the engine
     * shares one target per plan and rule set, so a CCR-I of a plan's usual case finds its text
     * here without hashing the whole state (what {@link #TEXTS} does).
     */
    private static final AtomicReferenceArray<Read> BY_POLICY = new AtomicReferenceArray<>(MEMO_LIMIT);

    /** One remembered read: the JSON text and its value. */
    private record Read(String json, Stored value) {
    }

    /** Everything but the request number, the part sessions share. */
    record Stored(PolicyState installed, Set<String> failedRules, Map<String, Integer> ruleFailures,
                  List<FeatureList> features) {
        Stored {
            // immutable as GxSessionState keeps them, so that building one from this copies nothing
            failedRules = failedRules == null ? Set.of() : Set.copyOf(failedRules);
            ruleFailures = ruleFailures == null ? Map.of() : Map.copyOf(ruleFailures);
            features = features == null ? List.of() : List.copyOf(features);
        }

        /** True when {@code state} holds exactly this (the policy state by identity, as the engine's memo shares it). */
        boolean holds(GxSessionState state) {
            return installed == state.installed() && failedRules.equals(state.failedRules())
                    && ruleFailures.equals(state.ruleFailures()) && features.equals(state.features());
        }
    }

    /** The text of {@code state}, without its request number. */
    static String encode(GxSessionState state) {
        int slot = System.identityHashCode(state.installed()) & (MEMO_LIMIT - 1);
        Read known = BY_POLICY.get(slot);
        if (known != null && known.value.holds(state)) {
            return known.json;
        }
        Stored part = new Stored(state.installed(), state.failedRules(), state.ruleFailures(), state.features());
        String json = TEXTS.get(part);
        if (json == null) {
            json = write(part);
            remember(TEXTS, part, json);
            VALUES.set(json.hashCode() & (MEMO_LIMIT - 1), new Read(json, part));
        }
        BY_POLICY.set(slot, new Read(json, part));
        return json;
    }

    /**
     * The text of {@code state} where {@code previous} was stored: {@code previous} itself when
     * it holds the same policy (the common CCR-U), so nothing is looked up by a deep hash.
     */
    static String encode(GxSessionState state, String previous) {
        Stored was = previous == null ? null : remembered(previous);
        return was != null && was.holds(state) ? previous : encode(state);
    }

    /**
     * The state in {@code text} whose request number the record keeps as {@code number}; a
     * session without one (null) starts from nothing installed. A text of the earlier form
     * carries its own number.
     */
    static GxSessionState decode(String text, long number) {
        if (text == null) {
            return new GxSessionState(null, null, null, number, null);
        }
        int colon = legacyColon(text);
        if (colon >= 0) {
            Stored part = read(text.substring(colon + 1));
            return new GxSessionState(part.installed(), part.failedRules(), part.ruleFailures(),
                    parseNumber(text, colon), part.features());
        }
        Stored part = stored(text);
        return new GxSessionState(part.installed(), part.failedRules(), part.ruleFailures(), number, part.features());
    }

    /** The installed policy state in {@code text} (either form). */
    static PolicyState installed(String text) {
        if (text == null) {
            return PolicyState.EMPTY;
        }
        int colon = legacyColon(text);
        return colon >= 0 ? read(text.substring(colon + 1)).installed() : stored(text).installed();
    }

    /** The remembered or freshly read value of a JSON text. */
    private static Stored stored(String json) {
        Stored part = remembered(json);
        if (part == null) {
            part = read(json);
            VALUES.set(json.hashCode() & (MEMO_LIMIT - 1), new Read(json, part));
        }
        return part;
    }

    /**
     * Where the colon of a text of the earlier form {@code <number>:<json>} is, or -1 for a JSON
     * text (which starts with a brace); a text of neither form is refused.
     */
    private static int legacyColon(String text) {
        if (!text.isEmpty() && text.charAt(0) == '{') {
            return -1;
        }
        int colon = text.indexOf(':');
        if (colon < 1) {
            throw new GxStateException("stored Gx session state has no request number", null);
        }
        return colon;
    }

    private static long parseNumber(String text, int colon) {
        try {
            return Long.parseLong(text, 0, colon, 10);
        } catch (NumberFormatException e) {
            throw new GxStateException("cannot decode a stored Gx session state", e);
        }
    }

    /** The remembered value of {@code json}, or null; allocates nothing (a string caches its hash). */
    private static Stored remembered(String json) {
        Read r = VALUES.get(json.hashCode() & (MEMO_LIMIT - 1));
        return r != null && (r.json == json || r.json.equals(json)) ? r.value : null;
    }

    private static <K, V> void remember(Map<K, V> memo, K key, V value) {
        if (memo.size() >= MEMO_LIMIT) {
            memo.clear();
        }
        memo.put(key, value);
    }

    private static String write(Stored part) {
        try {
            return MAPPER.writeValueAsString(part);
        } catch (JsonProcessingException e) {
            throw new GxStateException("cannot encode the Gx session state", e);
        }
    }

    private static Stored read(String json) {
        try {
            return MAPPER.readValue(json, Stored.class);
        } catch (JsonProcessingException | NumberFormatException e) {
            throw new GxStateException("cannot decode a stored Gx session state", e);
        }
    }
}
