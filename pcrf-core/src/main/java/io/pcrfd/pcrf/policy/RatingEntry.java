package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.Required;

/**
 * One line of a metering policy's rating: when {@code when} holds for a report (its network's
 * access kind, the time of the report, the subscriber...), the usage counts {@code factor}
 * times. The first line that holds applies; none: factor 1.
 *
 * @param when   the condition (any policy condition; {@code access: [fixed]} for the fixed line)
 * @param factor the rating factor
 */
public record RatingEntry(Conditions when, @Required RatingFactor factor) {
    public RatingEntry {
        when = when == null ? Conditions.ALWAYS : when;
    }
}
