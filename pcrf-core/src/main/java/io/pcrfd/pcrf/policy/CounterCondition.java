package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.InvalidValueException;
import io.pcrfd.pcrf.config.Required;
import java.util.List;

/**
 * A test on one Sy policy counter: its Policy-Counter-Status (TS 29.219 §5.3.2, a string the
 * OCS and the operator agree on, such as {@code normal} or {@code exhausted}) is one of
 * {@code status}. A counter the policy tests is one the PCRF subscribes to; its status is the
 * OCS's, or the configured fallback status when the OCS gave none.
 *
 * @param id     Policy-Counter-Identifier (§5.3.1)
 * @param status the statuses for which the condition holds
 */
public record CounterCondition(@Required String id, List<String> status) {
    public CounterCondition {
        status = status == null ? List.of() : List.copyOf(status);
        InvalidValueException.check(id == null || !id.isBlank(), "id", "a Policy-Counter-Identifier must not be empty");
        InvalidValueException.check(id == null || !status.isEmpty(), "status",
                "needs at least one Policy-Counter-Status, e.g. [exhausted]");
    }

    /** True when {@code current} (null: the counter has no status) is one of the listed statuses. */
    public boolean matches(String current) {
        return current != null && status.contains(current);
    }
}
