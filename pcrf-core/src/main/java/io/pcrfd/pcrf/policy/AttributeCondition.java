package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.InvalidValueException;
import java.util.List;

/**
 * A test on one subscriber attribute: {@code equals} one value or is {@code in} a list. An
 * absent attribute (or an unknown subscriber) never matches.
 *
 * @param equals the value it must have
 * @param in     the values it may have
 */
public record AttributeCondition(String equals, List<String> in) {
    public AttributeCondition {
        in = List.copyOf(in);
    }

    /** Called by the binder after construction via {@link Conditions}: one form must be used. */
    void checkForm(String key) {
        InvalidValueException.check(equals != null || !in.isEmpty(), key, "needs equals or in");
    }

    public boolean matches(String value) {
        return value != null && (equals == null || equals.equals(value)) && (in.isEmpty() || in.contains(value));
    }
}
