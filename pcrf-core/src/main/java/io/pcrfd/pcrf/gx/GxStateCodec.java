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
 * {@link GxSessionState} as JSON text for {@code IpCanSession.policyState}. The policy
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
     * The text is {@code <lastRequestNumber>:<json of the rest>}. The rest changes only when the
     * policy does, and sessions of one plan share it, so both directions are memoised by value
     * (bounded; cleared when full): most CCR-U then neither parse nor write JSON. The read side
     * is a direct-mapped table looked up by the JSON part's hash and compared in place, so a hit
     * copies nothing out of the stored text (the JSON is most of it).
     */
    private static final int MEMO_LIMIT = 4096;
    private static final Map<Stored, String> TEXTS = new ConcurrentHashMap<>();
    private static final AtomicReferenceArray<Read> VALUES = new AtomicReferenceArray<>(MEMO_LIMIT);

    /** One remembered read: the JSON text and its value. */
    private record Read(String json, Stored value) {
    }

    /** Everything but the request number, the part sessions share. */
    record Stored(PolicyState installed, Set<String> failedRules, Map<String, Integer> ruleFailures,
                  List<FeatureList> features) {
    }

    static String encode(GxSessionState state) {
        Stored part = new Stored(state.installed(), state.failedRules(), state.ruleFailures(), state.features());
        String json = TEXTS.get(part);
        if (json == null) {
            json = write(part);
            remember(TEXTS, part, json);
            VALUES.set(json.hashCode() & (MEMO_LIMIT - 1), new Read(json, part));
        }
        return state.lastRequestNumber() + ":" + json;
    }

    /** The state in {@code text}; a session without one (null) starts from nothing installed. */
    static GxSessionState decode(String text) {
        if (text == null) {
            return new GxSessionState(null, null, null, 0, null);
        }
        int colon = text.indexOf(':');
        if (colon < 1) {
            throw new GxStateException("stored Gx session state has no request number", null);
        }
        Stored part = remembered(text, colon + 1);
        if (part == null) {
            String json = text.substring(colon + 1);
            part = read(json);
            VALUES.set(json.hashCode() & (MEMO_LIMIT - 1), new Read(json, part));
        }
        return new GxSessionState(part.installed(), part.failedRules(), part.ruleFailures(),
                Long.parseLong(text, 0, colon, 10), part.features());
    }

    /** The remembered value of {@code text} from {@code from} on, or null; allocates nothing. */
    private static Stored remembered(String text, int from) {
        int h = 0;
        for (int i = from; i < text.length(); i++) {
            h = 31 * h + text.charAt(i);
        }
        Read r = VALUES.get(h & (MEMO_LIMIT - 1));
        int n = text.length() - from;
        return r != null && r.json.length() == n && text.regionMatches(from, r.json, 0, n) ? r.value : null;
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
