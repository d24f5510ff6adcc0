package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.Required;

/**
 * One entry of a plan: when {@code when} holds, {@code then} applies; with {@code stop: true}
 * no later rule of the plan is looked at.
 *
 * @param name a name for logs and reject reasons
 * @param when the conditions (absent: always)
 * @param then the actions
 * @param stop end the evaluation after this rule when it matched
 */
public record PolicyRule(@Required String name, Conditions when, Actions then, boolean stop) {
    public PolicyRule {
        when = when == null ? Conditions.ALWAYS : when;
        then = then == null ? Actions.NONE : then;
    }

    public static PolicyRule defaults() {
        return new PolicyRule(null, Conditions.ALWAYS, Actions.NONE, false);
    }
}
