package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.InvalidValueException;
import io.pcrfd.pcrf.config.Required;

/**
 * One Flow-Information (TS 29.212 §5.3.53): a Flow-Description and its Flow-Direction. The
 * description is an IPFilterRule (RFC 6733 §4.3.1) written, as TS 29.212 §5.4.2 requires, with
 * action {@code permit} and direction {@code out}, the source being the remote end
 * ({@code permit out 17 from 203.0.113.0/24 5000-5100 to any}). Flow-Direction tells the PCEF
 * which way it applies; without one, bidirectional.
 *
 * @param description the IPFilterRule
 * @param direction   Flow-Direction
 */
public record Flow(@Required String description, FlowDirection direction) {
    public Flow {
        InvalidValueException.check(description == null
                || description.matches("permit out (\\d{1,3}|ip) from \\S+( \\S+)? to \\S+( \\S+)?"),
                "description", "expected an IPFilterRule like 'permit out 17 from any to 10.0.0.0/8 5000', got '"
                        + description + "'");
        direction = direction == null ? FlowDirection.BIDIRECTIONAL : direction;
    }
}
