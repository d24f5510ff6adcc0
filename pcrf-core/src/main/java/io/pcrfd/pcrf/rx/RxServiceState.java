package io.pcrfd.pcrf.rx;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.pcrfd.pcrf.policy.ChargingRuleDefinition;
import io.pcrfd.pcrf.policy.MediaKind;
import io.pcrfd.store.StoreDataException;
import java.util.List;

/**
 * What the PCRF keeps of an AF session's service information in {@code AfSession.serviceState}:
 * the media types it asked for and the PCC rules derived from them (the rules every decision
 * of the bound IP-CAN session installs). JSON; thread-safe.
 *
 * @param media       the Media-Type of each media component (null entries: absent)
 * @param preliminary the last AAR carried preliminary service information
 * @param rules       the derived rules
 */
record RxServiceState(List<MediaKind> media, boolean preliminary, List<ChargingRuleDefinition> rules) {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    RxServiceState {
        media = media.stream().toList();
        rules = List.copyOf(rules);
    }

    String encode() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode an AF session's service state", e);
        }
    }

    /** The state in {@code text}; an AF session stored without one has asked for nothing. */
    static RxServiceState decode(String text) {
        if (text == null) {
            return new RxServiceState(List.of(), false, List.of());
        }
        try {
            return MAPPER.readValue(text, RxServiceState.class);
        } catch (JsonProcessingException e) {
            throw new StoreDataException("cannot decode a stored AF session's service state", e);
        }
    }
}
