package io.pcrfd.pcrf.policy;

import java.util.Map;

/**
 * A known subscriber: the id it was found by, its plan and free-form attributes that
 * conditions can test ({@code tier: gold}).
 *
 * @param id         the IMSI or MSISDN it was found by
 * @param plan       the name of its plan
 * @param attributes attribute name to value
 */
public record Subscriber(String id, String plan, Map<String, String> attributes) {
    public Subscriber {
        attributes = Map.copyOf(attributes);
    }
}
