package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.Required;
import java.util.Map;

/**
 * A subscriber line of the policy file.
 *
 * @param plan       the plan name
 * @param attributes free-form attributes tested by {@code when.attributes}
 */
public record SubscriberEntry(@Required String plan, Map<String, String> attributes) {
    public SubscriberEntry {
        attributes = Map.copyOf(attributes);
    }
}
