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

    static String encode(GxSessionState state) {
        try {
            return MAPPER.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new GxStateException("cannot encode the Gx session state", e);
        }
    }

    /** The state in {@code text}; a session without one (null) starts from nothing installed. */
    static GxSessionState decode(String text) {
        if (text == null) {
            return new GxSessionState(null, null, null, 0, null);
        }
        try {
            return MAPPER.readValue(text, GxSessionState.class);
        } catch (JsonProcessingException e) {
            throw new GxStateException("cannot decode a stored Gx session state", e);
        }
    }
}
